import { effect, type Signal, signal } from '@preact/signals';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import builtInMessages from 'virtual:built-in-panel-messages';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SessionPanel } from '@/components/call-panel/session-panel';
import { RESCUE_DELAY_MS } from '@/components/common/focus-rescue';
import { fetchCatalogue, mentorLanguage, provideMessages } from '@/utils/shared/i18n';
import { FROZEN_NOTICE_MESSAGES } from '@/components/call-panel/built-in-messages';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import { createSessionPanelModel, type SessionPanelModel } from '@/components/call-panel/model';
import { workspaceUrl } from '@/utils/shared/workspace-url';
import { screenShadeItem } from '@/utils/shared/storage-items';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { requestFlush } from '@/components/common/flush-work';
import { FROM_MEET, FROM_SIDE_PANEL, type TestBackground, testBackground } from './support/test-router';
import { manualTimers } from './support/manual-timers';

// The work's page answers the panel's request to save (its own tests cover how): here, as the test says.
vi.mock('@/components/common/flush-work', () => ({ requestFlush: vi.fn(async () => 'saved') }));

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 30, 14, 0);
/** Requests to the background not answered yet. */
let pending = 0;
/** Waits until the panel's requests are answered and it has redrawn, however busy the machine. */
async function settle() {
  for (let quiet = 0; quiet < 2;) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    quiet = pending === 0 ? quiet + 1 : 0;
  }
}

describe('the session panel', () => {
  let now: number;
  let controller: AbortController;
  let model: SessionPanelModel;
  let collapsed: Signal<boolean>;
  let host: HTMLElement;
  let route: TestBackground['route'];
  let clockTimers: ReturnType<typeof manualTimers>;

  beforeEach(async () => {
    now = T0;
    clockTimers = manualTimers(() => now);
    controller = new AbortController();
    ({ route } = await testBackground({ now: () => now, settings: () => DEFAULT_AGENDA_SETTINGS }));
    const send = ((message: unknown) => {
      pending++;
      return route(message, FROM_MEET).finally(() => pending--);
    }) as typeof sendToBackground;
    model = createSessionPanelModel({
      meetingCode: 'abc-defg-hij',
      send,
      now: () => now,
      signal: controller.signal,
      timers: clockTimers.timers,
    });
    collapsed = signal(false);
    host = document.createElement('div');
    document.body.replaceChildren(host);
    render(<SessionPanel model={model} collapsed={collapsed} onCollapsedChange={(v) => (collapsed.value = v)} />, host);
    await settle();
  });

  afterEach(() => {
    render(null, host);
    controller.abort();
    vi.useRealTimers();
  });

  const panel = () => host.querySelector<HTMLElement>('[role="complementary"]')!;
  const button = (name: string) =>
    [...host.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent)?.includes(name))!;
  const phases = () =>
    [...host.querySelectorAll('ol li')].map((li) => ({
      name: li.querySelector('.phase-name')?.textContent,
      planned: li.querySelector('.phase-planned')?.textContent,
      current: li.getAttribute('aria-current'),
    }));
  /** The mentor closes the session's work; its page answers that it saved, or that it could not. */
  const closeWork = async ({ ok } = { ok: true }) => {
    vi.mocked(requestFlush).mockResolvedValueOnce(ok ? 'saved' : 'failed');
    button("Close the session's work").click();
    await settle();
  };
  /** `ms` go by: the panel's timer wakes when it asked to, by then. */
  const tick = async (ms: number) => {
    now += ms;
    clockTimers.runDue();
    await settle();
  };

  const strip = () => host.querySelector<HTMLElement>('.strip')!;
  const testId = (id: string) => host.querySelector(`[data-testid="${id}"]`)?.textContent;

  it('is a landmark named for Cadence that looks for the call before it says anything of it', async () => {
    expect(panel().getAttribute('aria-label')).toContain('Cadence');
    expect(panel().dataset.callState).toBe('looking');
    expect(panel().textContent).toContain('Looking for the call');
    expect(panel().textContent).not.toContain('not detected');
    model.callState.value = 'lobby';
    await settle();
    expect(panel().dataset.callState).toBe('lobby');
    expect(testId('strip-status')).toBe('In the lobby');
    expect(panel().textContent).toContain('The session starts by itself when you join the call.');
    // Nothing to start by hand in the lobby: joining starts it.
    expect(button('Start the session')).toBeUndefined();
  });

  it('draws the screen shade by hand from its strip, and tells the background when Meet’s page says it presents', async () => {
    const button = host.querySelector<HTMLButtonElement>('button[aria-label="Hide private details"]')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    await settle();
    const drawn = await screenShadeItem.getValue();
    expect(drawn.manual).toBe(true);
    // As the panel's host follows the stored shade: the button says it is drawn.
    model.shade.value = drawn;
    await settle();
    expect(button.getAttribute('aria-pressed')).toBe('true');
    button.click();
    await settle();
    model.shade.value = await screenShadeItem.getValue();
    await settle();
    expect(button.getAttribute('aria-pressed')).toBe('false');

    model.setPresenting(true);
    await settle();
    expect(Object.keys((await screenShadeItem.getValue()).presenting)).toEqual([String(FROM_MEET.tab.id)]);
    model.shade.value = await screenShadeItem.getValue();
    await settle();
    expect(button.getAttribute('aria-pressed')).toBe('true');
    model.setPresenting(false);
    await settle();
    expect((await screenShadeItem.getValue()).presenting).toEqual({});
  });

  it('starts the check-in when the mentor joins, with the agenda and its minutes', async () => {
    model.callState.value = 'in-call';
    await settle();
    expect(phases()).toEqual([
      { name: 'Check-in', planned: '10 min', current: 'step' },
      { name: 'Progress', planned: '30 min', current: null },
      { name: 'Goals', planned: '10 min', current: null },
    ]);
    await tick(3 * MIN + 5_000);
    // The strip: the phase, the time left in it in large type, the whole session's time.
    expect(testId('strip-status')).toBe('Check-in');
    // In whole minutes, rounded up as a countdown does, until the phase's last two.
    expect(testId('phase-remaining')).toBe('7 min');
    expect(strip().querySelector('.strip-clock-label')?.textContent).toBe('left');
    expect(testId('session-elapsed')).toBe('3 min of 50 min');
    expect(strip().dataset.moment).toBe('calm');
  });

  it('writes its clocks once a minute, its phase clock each second in the phase’s last two minutes: nothing else of the panel changes', async () => {
    model.callState.value = 'in-call';
    await settle();
    await tick(3 * MIN + 58_000);
    // The panel's timer sleeps until the next minute of its texts: one wake a minute, not sixty.
    expect(clockTimers.nextAt()).toBe(now + 2_000);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(panel(), { subtree: true, childList: true, attributes: true, characterData: true });
    const agendaReads = vi.fn();
    const stop = effect(() => agendaReads(model.agenda.value));
    agendaReads.mockClear();
    const written = async () => {
      await tick(1_000);
      return changes.splice(0).map((change) => (change.target as Text).data);
    };
    // Between two minutes, nothing is written.
    expect(await written()).toEqual([]);
    expect(testId('phase-remaining')).toBe('7 min');
    // The minute goes by: one text node's data each, in place (no element made, dropped or
    // restyled), and the agenda not read again.
    expect(await written()).toEqual(['6 min', '4 min of 50 min']);
    expect(clockTimers.nextAt()).toBe(now + MIN);
    expect(await written()).toEqual([]);
    observer.disconnect();
    stop();
    expect(agendaReads).not.toHaveBeenCalled();
    // The phase's last two minutes: its clock in seconds, written each second.
    await tick(4 * MIN - 1_000);
    expect(testId('phase-remaining')).toBe('2:00');
    expect(clockTimers.nextAt()).toBe(now + 1_000);
    await tick(1_000);
    expect(testId('phase-remaining')).toBe('1:59');
  });

  it('works out who is awaited when a minute of waiting goes by, not each second', async () => {
    model.callState.value = 'in-call';
    await settle();
    const words = { line: 'Waiting for Awa', around: ['Waiting for Awa · ', ''] as [string, string], lateSince: now - 50_000 };
    model.glance.value = { ...model.glance.value!, presence: words };
    await settle();
    expect(testId('strip-presence')).toBe('Waiting for Awa');
    for (let second = 0; second < 10; second++) await tick(1_000);
    expect(testId('strip-presence')).toBe('Waiting for Awa · 1 min');
    // Between two minutes (of the wait, of the session), no minute is written out: no number formatted.
    const NumberFormat = Intl.NumberFormat;
    const formats = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof NumberFormat>) {
      return new NumberFormat(...args);
    } as typeof NumberFormat);
    for (let second = 0; second < 45; second++) await tick(1_000);
    expect(formats).not.toHaveBeenCalled();
    formats.mockRestore();
    for (let second = 0; second < 15; second++) await tick(1_000);
    expect(testId('strip-presence')).toBe('Waiting for Awa · 2 min');
  });

  it('warns in the last two minutes, then suggests moving on without moving', async () => {
    model.callState.value = 'in-call';
    await settle();
    await tick(8 * MIN + 30_000);
    // Said in words as well as in colour and shape.
    expect(strip().dataset.moment).toBe('warning');
    expect(strip().querySelector('.strip-clock-label')?.textContent).toBe('left · wrap up');
    await tick(2 * MIN);
    expect(strip().dataset.moment).toBe('over');
    expect(host.textContent).toContain('Time is up for Check-in. Move on to Progress?');
    // Over time, in minutes begun.
    expect(testId('phase-remaining')).toBe('+1 min');
    expect(clockTimers.nextAt()).toBe(now + 30_000);
    expect(strip().querySelector('.strip-clock-label')?.textContent).toBe('over time');
    expect(phases()[0]!.current).toBe('step');
    expect(button('Next phase').className).toContain('primary-button');
    button('Next phase').click();
    await settle();
    expect(phases()[1]!.current).toBe('step');
  });

  it('moves between phases and keeps ticks per phase', async () => {
    model.callState.value = 'in-call';
    await settle();
    // The checklist folds behind one line that counts what is ticked.
    expect(host.querySelector('.checklist')).toBeNull();
    button('To do in Check-in (0/3)').click();
    await settle();
    const firstItem = host.querySelector<HTMLInputElement>('.checklist input')!;
    firstItem.click();
    await settle();
    expect(model.session.value?.checked).toEqual(['check-in.how-are-you']);
    button('Next phase').click();
    await settle();
    expect(host.querySelector('.checklist legend')?.textContent).toBe('To do in Progress');
    expect(host.querySelector<HTMLInputElement>('.checklist input')!.checked).toBe(false);
    button('Previous phase').click();
    await settle();
    expect(host.querySelector<HTMLInputElement>('.checklist input')!.checked).toBe(true);
  });

  it('out of sight while the side panel shows the call, comes back on the phase and the second the side panel left it at', async () => {
    model.callState.value = 'in-call';
    await settle();
    const left = () => testId('phase-remaining');
    model.setInSight(false);
    // The mentor moves on in the side panel, which talks to the same background.
    await route({ type: 'live-session/go-to-phase', sessionId: model.session.value!.id, index: 1 }, FROM_SIDE_PANEL);
    await tick(95_000);
    // Meanwhile nothing is redrawn: its clock rests, and its timer sleeps.
    expect(left()).toBe('10 min');
    expect(testId('session-elapsed')).toBe('0 min of 50 min');
    expect(clockTimers.nextAt()).toBe(Infinity);
    model.setInSight(true);
    await tick(0);
    expect(phases().find((phase) => phase.current)?.name).toBe('Progress');
    expect(model.timesAt(now)?.phaseRemainingMs).toBe(28 * MIN + 25_000);
    expect(left()).toBe('29 min');
    expect(testId('session-elapsed')).toBe('1 min of 50 min');
    await tick(25_000);
    expect(left()).toBe('28 min');
  });

  it('folds to its strip, the time still in view, and opens again, keeping focus on the control used', async () => {
    model.callState.value = 'in-call';
    await settle();
    button('Fold').focus();
    button('Fold').click();
    await settle();
    expect(collapsed.value).toBe(true);
    expect(panel().getAttribute('aria-label')).toContain('Cadence');
    expect(host.querySelector('.panel-body')).toBeNull();
    expect(testId('phase-remaining')).toBe('10 min');
    expect(testId('strip-status')).toBe('Check-in');
    const open = button('Open the Cadence panel');
    expect(document.activeElement).toBe(open);
    open.click();
    await settle();
    expect(document.activeElement).toBe(button('Fold'));
  });

  it('lets the mentor start and end a session by hand when the call is not detected', async () => {
    model.callState.value = 'unknown';
    await settle();
    expect(panel().textContent).toContain('Cadence cannot tell whether the call has started.');
    button('Start the session').click();
    await settle();
    expect(phases()).toHaveLength(3);
    await tick(12 * MIN);
    button('End the session').click();
    await settle();
    expect(host.querySelector('[data-testid="strip-status"]')?.textContent).toBe('Session ended');
    expect(host.querySelector('.strip-times')?.textContent).toBe('12:00in all');
    // Still in the call: nothing says it is over, and a new session is not offered beside the undo.
    expect(panel().textContent).not.toContain('The call is over');
    expect(button('Undo the end (15 s)')).toBeTruthy();
    expect(button('Start a new session')).toBeUndefined();
    await tick(15_000);
    expect(button('Undo the end')).toBeUndefined();
    expect(button('Start a new session')).toBeTruthy();
  });

  it('takes an end back within its seconds: the same clock and the same phase go on', async () => {
    model.callState.value = 'in-call';
    await settle();
    button('Next phase').click();
    await settle();
    await tick(4 * MIN);
    button('End the session').click();
    await settle();
    expect(model.session.value?.endedAt).not.toBeNull();
    await tick(6_000);
    expect(button('Undo the end (9 s)')).toBeTruthy();
    button('Undo the end').click();
    await settle();
    expect(model.session.value?.endedAt).toBeNull();
    expect(testId('strip-status')).toBe('Progress');
    // The call went on meanwhile: its seconds count in the phase.
    expect(model.timesAt(now)?.phaseRemainingMs).toBe(25 * MIN + 54_000);
    expect(testId('phase-remaining')).toBe('26 min');
    expect(testId('session-elapsed')).toBe('4 min of 50 min');
  });

  it('follows a new session at once: the work shows the session that runs, not the one that ended', async () => {
    model.callState.value = 'unknown';
    await settle();
    button('Start the session').click();
    await settle();
    const first = model.session.value!.id;
    button('End the session').click();
    await settle();
    button('Write the report').click();
    await settle();
    expect(host.querySelector('iframe')?.getAttribute('src')).toBe(workspaceUrl(first));
    await tick(16_000);
    button('Start a new session').click();
    await settle();
    const second = model.session.value!.id;
    expect(second).not.toBe(first);
    expect(host.querySelector('iframe')?.getAttribute('src')).toBe(workspaceUrl(second));
  });

  it("mounts the session's work only while it is open", async () => {
    model.callState.value = 'in-call';
    await settle();
    expect(host.querySelector('iframe')).toBeNull();
    expect(panel().dataset.workOpen).toBe('false');
    button("Open the session's work").click();
    await settle();
    expect(panel().dataset.workOpen).toBe('true');
    expect(host.querySelector('iframe')?.getAttribute('src')).toBe(workspaceUrl(model.session.value!.id));
    await closeWork();
    expect(host.querySelector('iframe')).toBeNull();
  });

  it('keeps the work open, and says why, when its page could not save', async () => {
    model.callState.value = 'in-call';
    await settle();
    button("Open the session's work").click();
    await settle();
    await closeWork({ ok: false });
    expect(host.querySelector('iframe')).not.toBeNull();
    expect(panel().textContent).toContain('could not be saved');
    await closeWork();
    expect(host.querySelector('iframe')).toBeNull();
    expect(panel().textContent).not.toContain('could not be saved');
  });

  it("steps beside Meet's own chat or people panel as its strip, and comes back when it closes", async () => {
    model.callState.value = 'in-call';
    await settle();
    model.meetPanelOpen.value = true;
    await settle();
    expect(panel().dataset.besideMeetPanel).toBe('true');
    expect(testId('phase-remaining')).toBe('10 min');
    // The strip is all there is room for: nothing to fold or open meanwhile.
    expect(button('Fold')).toBeUndefined();
    model.meetPanelOpen.value = false;
    await settle();
    expect(panel().dataset.besideMeetPanel).toBe('false');
    expect(button('Fold')).toBeTruthy();
  });

  /**
   * Presses a button as a keyboard user would. Chrome says the focus went out (to nowhere) as the
   * redraw removes the focused button, or once it is disabled; happy-dom says nothing, so it is said here.
   */
  const pressFocused = async (name: string) => {
    const pressed = button(name);
    const focusOut = () => pressed.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    const removeChild = Node.prototype.removeChild;
    Node.prototype.removeChild = function <T extends Node>(this: Node, child: T): T {
      if (child.contains(pressed)) focusOut();
      return removeChild.call(this, child) as T;
    };
    try {
      pressed.focus();
      pressed.click();
      await settle();
    } finally {
      Node.prototype.removeChild = removeChild;
    }
    if (pressed.disabled) {
      // happy-dom will not blur a disabled button; Chrome does, at its next frame.
      pressed.disabled = false;
      pressed.blur();
      pressed.disabled = true;
      focusOut();
    }
    await new Promise((resolve) => setTimeout(resolve, RESCUE_DELAY_MS + 50));
  };

  it('keeps the keyboard focus in the panel when the button pressed goes away or is disabled', async () => {
    model.callState.value = 'unknown';
    await settle();
    await pressFocused('Start the session');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Agenda');
    await pressFocused('Next phase');
    await pressFocused('Next phase');
    // "Next phase" is disabled on the last phase: "Previous phase" takes the focus.
    expect(document.activeElement).toBe(button('Previous phase'));
    await pressFocused('End the session');
    // The one move that undoes the last.
    expect(document.activeElement?.textContent).toBe('Undo the end (15 s)');
  });

  describe('when the extension is reloaded or updated under it', () => {
    /** As the content script finds it: its model stopped, and every question to the browser throws. */
    const extensionGone = async () => {
      controller.abort();
      model.frozen.value = true;
      const gone = () => {
        throw new Error('Extension context invalidated.');
      };
      vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(gone);
      vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(gone);
      vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(gone);
      await settle();
    };
    const alert = () => host.querySelector<HTMLElement>('[role="alert"]');
    // happy-dom does not carry a fieldset's disabled to its controls (the real browser test checks that).
    const disabled = (control: Element) => control.closest<HTMLFieldSetElement>('fieldset.panel-controls')?.disabled === true;

    beforeEach(() => {
      // What the content script does at mount, and once its first frame is on screen, while the browser still answers.
      provideMessages(builtInMessages[mentorLanguage()]);
      fetchCatalogue(FROZEN_NOTICE_MESSAGES);
      workspaceUrl('');
    });
    afterEach(() => vi.restoreAllMocks());

    it('stays, says what is safe and how to go on, its clock stopped and its controls disabled', async () => {
      model.callState.value = 'in-call';
      await settle();
      await tick(4 * MIN);
      button("Open the session's work").click();
      await settle();
      expect(host.querySelector('iframe')).not.toBeNull();
      await extensionGone();
      expect(alert()?.textContent).toContain('Cadence was updated or restarted');
      expect(alert()?.textContent).toContain('Everything that showed “Saved” is safe on this computer.');
      expect(alert()?.textContent).toContain('reload this Meet tab');
      expect(alert()?.textContent).toContain('The clock in this panel stopped at 4:00.');
      expect(alert()?.querySelector('a')?.getAttribute('href')).toBe(
        `chrome-extension://${fakeBrowser.runtime.id}/session-workspace.html#${model.session.value!.id}`,
      );
      // The frame's page died with the extension: the notice stands for it.
      expect(host.querySelector('iframe')).toBeNull();
      expect(disabled(button('Next phase'))).toBe(true);
      expect(disabled(button('End the session'))).toBe(true);
      expect(disabled(button('To do in Check-in (0/3)'))).toBe(true);
      await tick(MIN);
      expect(host.querySelector('[data-testid="session-elapsed"]')?.textContent).toContain('4 min');
    });

    it('folds and opens again, locally', async () => {
      model.callState.value = 'in-call';
      await settle();
      await extensionGone();
      button('Fold').click();
      await settle();
      expect(collapsed.value).toBe(true);
      button('Open the Cadence panel').click();
      await settle();
      expect(alert()?.textContent).toContain('Cadence was updated or restarted');
      expect(disabled(button('Next phase'))).toBe(true);
    });

    it('folded when it froze, opens on the notice alone: the browser has no texts left for the rest', async () => {
      model.callState.value = 'in-call';
      await settle();
      collapsed.value = true;
      await settle();
      await extensionGone();
      button('Open the Cadence panel').click();
      await settle();
      expect(alert()?.textContent).toContain('Cadence was updated or restarted');
      expect(host.querySelector('fieldset.panel-controls')).toBeNull();
      expect(panel().textContent).not.toContain('callState');
    });
  });
});
