import { signal } from '@preact/signals';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SessionPanel } from '@/components/call-panel/session-panel';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import type { CallState } from '@/utils/meet/call-state';
import { createSessionPanelModel, type SessionPanelModel } from '@/components/call-panel/model';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { FROM_MEET, FROM_WORKSPACE, type TestBackground, testBackground } from './support/test-router';
import { WORK_CHANGED } from '@/components/common/flush-work';
import { aSession, aStudent } from './support/platform-records';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 30, 14, 0);
const CODE = 'abc-defg-hij';
const PROMPT = 'The call is over: write the report while it is fresh';
const PROMPT_IN_CALL = 'The report is next: write it while it is fresh';

describe('the end-of-call prompt', () => {
  let now: number;
  let background: TestBackground;
  let pending: number;
  let controller: AbortController;
  let model: SessionPanelModel;
  let host: HTMLElement;

  async function settle() {
    for (let quiet = 0; quiet < 2;) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      quiet = pending === 0 ? quiet + 1 : 0;
    }
  }

  /** Meet's page with the in-call panel, as the content script mounts it. */
  async function openMeet() {
    const send = ((message: unknown) => {
      pending++;
      return background.route(message, FROM_MEET).finally(() => pending--);
    }) as typeof sendToBackground;
    model = createSessionPanelModel({ meetingCode: CODE, send, now: () => now, signal: controller.signal });
    render(<SessionPanel model={model} collapsed={signal(false)} onCollapsedChange={() => {}} />, host);
    await settle();
  }

  async function callIs(state: CallState) {
    model.callState.value = state;
    await settle();
  }

  beforeEach(async () => {
    now = T0;
    pending = 0;
    controller = new AbortController();
    background = await testBackground({ now: () => now, settings: () => DEFAULT_AGENDA_SETTINGS });
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });

  afterEach(() => {
    render(null, host);
    controller.abort();
    vi.restoreAllMocks();
  });

  const heading = (text = PROMPT) => [...host.querySelectorAll('h3')].find((h) => h.textContent === text);
  const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);
  const workspace = (id: string) => `${fakeBrowser.runtime.getURL('/session-workspace.html')}#${id}`;

  it('asks for the report, above the report itself open beside it, when Meet shows its end screen', async () => {
    await openMeet();
    await callIs('in-call');
    expect(heading()).toBeUndefined();
    const id = model.session.value!.id;
    now += 47 * MIN;
    await callIs('ended');
    expect(host.querySelector('[data-testid="strip-status"]')?.textContent).toBe('Session ended');
    expect(host.querySelector('.strip-times')?.textContent).toBe('47:00in all');
    expect(heading()).toBeTruthy();
    // The heading comes first, then its button, then the session's work open on its report.
    const all = [...host.querySelectorAll('*')];
    const at = (node: Element | null | undefined) => all.indexOf(node!);
    expect(at(heading())).toBeLessThan(at(button('Open the report in a tab')));
    expect(at(button('Open the report in a tab'))).toBeLessThan(at(host.querySelector('iframe')));
    expect(host.querySelector('iframe')?.getAttribute('src')).toBe(workspace(id));
  });

  it('opens the report on its own page, the one every "open the report" leads to', async () => {
    await background.db.put('students', aStudent());
    await background.db.put('sessions', aSession({ id: 'sess-1', start: new Date(T0).toISOString() }));
    await openMeet();
    await callIs('in-call');
    expect(model.session.value!.sessionId).toBe('sess-1');
    await callIs('ended');
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    button('Open the report in a tab')!.click();
    expect(open).toHaveBeenCalledWith(`${fakeBrowser.runtime.getURL('/report.html')}#sess-1`, '_blank', 'noopener');
  });

  it('opens the list of reports to write for a call never linked to a session, not the work page', async () => {
    await openMeet();
    await callIs('in-call');
    await callIs('ended');
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    button('Open the report in a tab')!.click();
    expect(open).toHaveBeenCalledWith(fakeBrowser.runtime.getURL('/report.html'), '_blank', 'noopener');
  });

  it('asks the same, without saying the call is over, when the mentor ends the session by hand during it', async () => {
    await openMeet();
    await callIs('in-call');
    now += 12 * MIN;
    button('End the session')!.click();
    await settle();
    expect(heading()).toBeUndefined();
    expect(heading(PROMPT_IN_CALL)).toBeTruthy();
    // The work stays closed while the undo is offered: the report is one click away.
    expect(host.querySelector('iframe')).toBeNull();
    expect(button('Write the report')).toBeTruthy();
    expect(button('Open the report in a tab')).toBeTruthy();
    button('Write the report')!.click();
    await settle();
    expect(host.querySelector('iframe')?.getAttribute('src')).toBe(workspace(model.session.value!.id));
  });

  it('still asks when the page comes back after the call', async () => {
    await background.route({ type: 'live-session/join-call', meetingCode: CODE }, FROM_MEET);
    now += 30 * MIN;
    await background.route({ type: 'live-session/call-ended', meetingCode: CODE }, FROM_MEET);
    now += 5 * MIN;
    await openMeet();
    expect(heading(PROMPT_IN_CALL)).toBeTruthy();
    await callIs('ended');
    expect(heading()).toBeTruthy();
    expect(host.querySelector('iframe')).not.toBeNull();
  });

  it('says nothing of a report before any session: the lobby shows what prepares the call', async () => {
    await openMeet();
    await callIs('lobby');
    expect(heading()).toBeUndefined();
    expect(heading(PROMPT_IN_CALL)).toBeUndefined();
    expect(button('Open the report in a tab')).toBeUndefined();
    expect(host.querySelector('iframe')?.getAttribute('src')).toBe(`${fakeBrowser.runtime.getURL('/session-workspace.html')}#call/${CODE}`);
  });

  describe('after a no-show or a cancellation recorded in the session’s work during the call', () => {
    beforeEach(async () => {
      await background.db.put('students', aStudent());
      await background.db.put('sessions', aSession({ id: 'sess-1', start: new Date(T0).toISOString() }));
      await openMeet();
      await callIs('in-call');
      now += 16 * MIN;
      button("Open the session's work")!.click();
      await settle();
    });
    /** What the work's page does once its flow is done: its word to the window framing it. */
    const workSays = async (source: MessageEventSource | null) => {
      window.dispatchEvent(new MessageEvent('message', { data: WORK_CHANGED, source }));
      await settle();
    };
    const frame = () => host.querySelector('iframe')!.contentWindow;

    it('says the student was absent and there is no report to write, with no end to undo', async () => {
      await background.route({ type: 'sessions/no-show', sessionId: 'sess-1', comment: '' }, FROM_WORKSPACE);
      // Only the panel's own frame is heard: a word from Meet's page is not.
      await workSays(window);
      expect(button('End the session')).toBeTruthy();
      await workSays(frame());
      expect(heading('Student absent: no report to write')).toBeTruthy();
      expect(heading(PROMPT_IN_CALL)).toBeUndefined();
      expect(button('Undo the end (15 s)')).toBeUndefined();
      expect([...host.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Undo'))).toBe(false);
      expect(button('Write the report')).toBeUndefined();
      expect(button('Open the report in a tab')).toBeUndefined();
      // The agenda's clock stopped; the work stays open where the mentor recorded it.
      expect(button('End the session')).toBeUndefined();
      expect(host.querySelector('iframe')).not.toBeNull();
      // Meet's end screen after it asks for no report either.
      await callIs('ended');
      expect(heading('Student absent: no report to write')).toBeTruthy();
      expect(heading()).toBeUndefined();
    });

    it('says the session was canceled and there is no report to write, with no end to undo', async () => {
      await background.route(
        { type: 'sessions/cancel', sessionId: 'sess-1', by: 'mentor', reason: 'technical', cancelledAt: now, comment: '' },
        FROM_WORKSPACE,
      );
      await workSays(frame());
      expect(heading('Session canceled: no report to write')).toBeTruthy();
      expect([...host.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Undo'))).toBe(false);
      expect(button('Write the report')).toBeUndefined();
      // A new session stays one click away: another call's, never this one's end taken back.
      expect(button('Start a new session')).toBeTruthy();
    });

    it('still says so when the page comes back after it', async () => {
      await background.route({ type: 'sessions/no-show', sessionId: 'sess-1', comment: '' }, FROM_WORKSPACE);
      render(null, host);
      controller.abort();
      controller = new AbortController();
      await openMeet();
      expect(heading('Student absent: no report to write')).toBeTruthy();
      expect(button('Write the report')).toBeUndefined();
    });
  });
});
