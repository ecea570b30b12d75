// What Meet's page can send into the panel: clicks, key presses and WXT's own events, made by a script.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SessionPanel } from '@/components/call-panel/session-panel';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import {
  countScriptStart,
  refuseForgedScriptStarts,
  refuseUntrustedEvents,
  SCRIPT_STARTED_EVENT,
} from '@/components/call-panel/forged-page-events';
import { followMeetingPages } from '@/components/call-panel/follow-meeting-pages';
import { createSessionPanelModel, type SessionPanelModel } from '@/components/call-panel/model';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { FROM_MEET, testBackground } from './support/test-router';

const T0 = Date.UTC(2026, 10, 30, 14, 0);

/** A click as the browser makes it for the mentor's hand (happy-dom has no trusted events). */
function mentorClick(target: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

describe('events a page script sends into the panel', () => {
  let controller: AbortController;
  let model: SessionPanelModel;
  let shadow: ShadowRoot;
  let container: HTMLElement;
  let pending = 0;
  const settle = async () => {
    for (let quiet = 0; quiet < 2;) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      quiet = pending === 0 ? quiet + 1 : 0;
    }
  };

  beforeEach(async () => {
    controller = new AbortController();
    const { route } = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS });
    const send = ((message: unknown) => {
      pending++;
      return route(message, FROM_MEET).finally(() => pending--);
    }) as typeof sendToBackground;
    model = createSessionPanelModel({ meetingCode: 'abc-defg-hij', send, now: () => T0, signal: controller.signal });
    const host = document.createElement('cadence-panel');
    document.body.replaceChildren(host);
    shadow = host.attachShadow({ mode: 'open' });
    container = document.createElement('div');
    shadow.append(container);
    refuseUntrustedEvents(shadow, controller.signal);
    render(<SessionPanel model={model} />, container);
    model.callState.value = 'in-call';
    await settle();
  });
  afterEach(() => {
    render(null, container);
    controller.abort();
  });

  const button = (name: string) => [...shadow.querySelectorAll('button')].find((b) => b.textContent?.includes(name))!;
  const currentPhase = () => shadow.querySelector('[aria-current="step"] .phase-name')?.textContent;

  it('ignores a click a script makes on "Next phase" or "End the session", and a checklist ticked by script', async () => {
    expect(currentPhase()).toBe('Check-in');
    button('Next phase').click();
    button('Next phase').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button('End the session').click();
    // The checklist opened by the mentor, then ticked by a script.
    button('To do in Check-in').click();
    await settle();
    expect(shadow.querySelector('.checklist')).toBeNull();
    mentorClick(button('To do in Check-in'));
    await settle();
    const item = shadow.querySelector<HTMLInputElement>('.checklist input')!;
    item.click();
    await settle();
    expect(currentPhase()).toBe('Check-in');
    expect(model.session.value?.endedAt).toBeNull();
    expect(model.session.value?.checked).toEqual([]);
  });

  it("still answers the mentor's own click", async () => {
    mentorClick(button('Next phase'));
    await settle();
    expect(currentPhase()).toBe('Progress');
  });
});

describe("WXT's content-script events, sent by the page", () => {
  let ctx: ContentScriptContext;
  afterEach(() => ctx?.abort());

  const scriptStarted = () =>
    document.dispatchEvent(new CustomEvent(SCRIPT_STARTED_EVENT, { detail: { contentScriptName: 'meet', messageId: 'page' } }));

  it('keeps the content script alive when the page says a newer copy started', () => {
    ctx = new ContentScriptContext('meet');
    refuseForgedScriptStarts(ctx, countScriptStart());
    scriptStarted();
    expect(ctx.isValid).toBe(true);
  });

  it('retires it when a newer copy of Cadence really started in this page', () => {
    const start = countScriptStart();
    ctx = new ContentScriptContext('meet');
    refuseForgedScriptStarts(ctx, start);
    countScriptStart();
    const newer = new ContentScriptContext('meet');
    expect(ctx.isValid).toBe(false);
    newer.abort();
  });

  it('ignores a location change the page sends without an address', () => {
    ctx = new ContentScriptContext('meet');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    followMeetingPages(ctx);
    // WXT names its events after the extension and the script, both in the one it sends on start.
    window.dispatchEvent(new Event(SCRIPT_STARTED_EVENT.replace('content-script-started', 'locationchange')));
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });
});
