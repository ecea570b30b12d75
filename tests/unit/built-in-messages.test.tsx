import { signal } from '@preact/signals';
import { render } from 'preact';
import builtInMessages from 'virtual:built-in-panel-messages';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGUAGES, type Language } from '@/utils/shared/i18n';
import { BUILT_IN_PANEL_MESSAGES } from '@/components/call-panel/built-in-messages';
import { messagesIn } from './support/english-messages';

const SUBSTITUTIONS_LEFT_IN = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];

describe('the messages built into the panel', () => {
  it.each(LANGUAGES)("%s: are the message file's, as the browser would answer them", (language) => {
    const browserAnswer = messagesIn(language);
    expect(Object.keys(builtInMessages[language])).toEqual([...BUILT_IN_PANEL_MESSAGES]);
    for (const key of BUILT_IN_PANEL_MESSAGES) {
      expect(builtInMessages[language][key], key).toBe(browserAnswer(key, SUBSTITUTIONS_LEFT_IN));
    }
  });
});

describe("the panel's first frame, before the background has answered", () => {
  const asked: string[] = [];
  let host: HTMLElement;

  beforeEach(() => {
    // A fresh `t`, with nothing asked of the browser yet, as in a Meet tab that just opened.
    vi.resetModules();
    asked.length = 0;
    fakeBrowser.i18n.getMessage = (key: string) => {
      asked.push(key);
      return key;
    };
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });
  afterEach(() => render(null, host));

  async function firstFrame(language: Language, folded: boolean) {
    fakeBrowser.i18n.getUILanguage = () => (language === 'fr' ? 'fr-CA' : 'en-GB');
    const { mentorLanguage, provideMessages } = await import('@/utils/shared/i18n');
    const { SessionPanel } = await import('@/components/call-panel/session-panel');
    const { createSessionPanelModel } = await import('@/components/call-panel/model');
    provideMessages(builtInMessages[mentorLanguage()]);
    const controller = new AbortController();
    const model = createSessionPanelModel({
      meetingCode: 'abc-defg-hij',
      send: () => new Promise(() => {}), // the background has not answered yet
      now: Date.now,
      signal: controller.signal,
    });
    render(
      // As the panel's mount gives them: the width handle and the side panel's button are in the first frame.
      <SessionPanel
        model={model}
        collapsed={signal(folded)}
        onCollapsedChange={() => {}}
        width={signal(null)}
        onWidthChange={() => {}}
        onOpenBeside={() => {}}
      />,
      host,
    );
    controller.abort();
    return host.querySelector<HTMLElement>('[role="complementary"]')!;
  }

  it.each([
    ['en', false, 'Looking for the call on this page…'],
    ['en', true, 'Looking for the call…'],
    ['fr', false, "Recherche de l'appel sur cette page…"],
    ['fr', true, "Recherche de l'appel…"],
  ] as const)('%s, folded %s: says everything in the language without asking the browser', async (language, folded, says) => {
    const panel = await firstFrame(language, folded);
    expect(asked).toEqual([]);
    expect(panel.textContent).toContain(says);
    expect(panel.getAttribute('aria-label')).toBe(builtInMessages[language].panelLabel);
  });
});
