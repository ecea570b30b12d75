import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/utils/background/start-background';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { T0 } from './support/platform-records';
import { FROM_MEET, FROM_OPTIONS, FROM_SIDE_PANEL, FROM_WORKSPACE, testBackground } from './support/test-router';

const OPEN = { type: 'side-panel/open' };

/**
 * Chrome's side panel, as strict as Chrome: `open` counts only in the turn of
 * the mentor's click; once a microtask has run, the gesture is gone.
 */
function strictSidePanel() {
  let gesture = false;
  const opened: number[] = [];
  return {
    opened,
    /** The message of a click arrives: the gesture lasts until the current turn ends. */
    click(deliver: () => unknown) {
      gesture = true;
      queueMicrotask(() => void (gesture = false));
      return deliver();
    },
    open: vi.fn(async ({ tabId }: { tabId: number }) => {
      if (!gesture) throw new Error('sidePanel.open() may only be called in response to a user gesture.');
      opened.push(tabId);
    }),
  };
}

describe('opening the browser’s side panel from the panel on Meet', () => {
  const background = (sidePanel?: ReturnType<typeof strictSidePanel>) =>
    testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS, sidePanel });

  it('opens it on the Meet tab the click came from, within the click', async () => {
    const sidePanel = strictSidePanel();
    const { route } = await background(sidePanel);
    const reply = sidePanel.click(() => route(OPEN, FROM_MEET));
    expect(await reply).toEqual({ ok: true, value: null });
    expect(sidePanel.opened).toEqual([FROM_MEET.tab.id]);
  });

  it.each([
    ['the options page', FROM_OPTIONS],
    ['the side panel itself', FROM_SIDE_PANEL],
    ['the session’s work framed in the panel', FROM_WORKSPACE],
    ['a frame inside Meet', { ...FROM_MEET, frameId: 4 }],
  ])('opens nothing for %s', async (_, sender) => {
    const sidePanel = strictSidePanel();
    const { route } = await background(sidePanel);
    expect(await sidePanel.click(() => route(OPEN, sender))).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(sidePanel.open).not.toHaveBeenCalled();
  });

  it('says it cannot where the browser has no side panel (Firefox)', async () => {
    const { route } = await background();
    expect(await route(OPEN, FROM_MEET)).toEqual({ ok: false, error: { code: 'internal', detail: 'no-side-panel' } });
  });

  it('answers an error, and warns, when Chrome refuses to open it', async () => {
    const sidePanel = strictSidePanel();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { route } = await background(sidePanel);
    // No click: Chrome refuses, as it would for a message sent after an await.
    expect(await route(OPEN, FROM_MEET)).toEqual({ ok: false, error: { code: 'internal', detail: 'side-panel-not-opened' } });
    expect(warn).toHaveBeenCalledTimes(1);
    sidePanel.open.mockImplementationOnce(() => {
      throw new TypeError('No tab with id: 7');
    });
    expect(await route(OPEN, FROM_MEET)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('is opened by the background’s own message listener in the turn the message arrives, before any microtask', async () => {
    const sidePanel = strictSidePanel();
    Object.assign(fakeBrowser, { sidePanel });
    // What the fake browser leaves to the test: the manifest, the commands, the badge.
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Cadence', version: '0.1.0' });
    Object.assign(fakeBrowser.commands, { onCommand: { addListener: () => {} } });
    const sender = { ...FROM_MEET, id: fakeBrowser.runtime.id };
    startBackground();
    const replies = sidePanel.click(() => fakeBrowser.runtime.onMessage.trigger(OPEN, sender));
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: FROM_MEET.tab.id });
    expect(await replies).toEqual([{ ok: true, value: null }]);
    expect(sidePanel.opened).toEqual([FROM_MEET.tab.id]);
  });
});
