import { type CallState, createCallReader, initialCallStateMachine, observeCallState, settlesAt } from './call-state';
import { readMeetSidePanel, readMeetSidePanelInBar } from './meet-side-panel';
import { createParticipantReader } from './meet-participants';
import type { PresenceSnapshot } from '@/utils/core/session/call-presence';
import { readPresenting } from './meet-presenting';

export interface MeetWatcherHandlers {
  /** The call's state, at the first reading and at each change. */
  onCallState(state: CallState): void;
  /** Whether Meet's own right-hand panel is open, at the first reading and at each change. */
  onSidePanel(open: boolean): void;
  /** Who else is in the call, in the call only: at its first reading and at each change. */
  onPresence(snapshot: PresenceSnapshot): void;
  /** Whether the mentor presents their screen in this call, at the first reading and at each change. */
  onPresenting(presenting: boolean): void;
}

/** Who is in the call is read every this many readings: a change of people holds seconds anyway (see `ARRIVAL_HOLDS_MS`). */
export const PARTICIPANTS_EVERY = 3;

export interface MeetWatcher {
  /** Takes one reading of the page; the caller's one timer calls it every second. */
  read(): void;
  /** Reads no more, and cancels a pending settle. */
  stop(): void;
}

/**
 * Reads a Meet page on the caller's clock: the call's state, Meet's own
 * side panel, whether the mentor presents and, in the call, who else is in it
 * (see `createParticipantReader`): a handful of selector look-ups (no observer,
 * no layout read).
 * A change that must hold (see `observeCallState`) is taken exactly when it
 * settles, by a timeout of its own: rare, and only while a change is pending.
 */
export function createMeetWatcher(doc: Document, handlers: MeetWatcherHandlers, now: () => number = Date.now): MeetWatcher {
  const readState = createCallReader(doc);
  const readParticipants = createParticipantReader(doc);
  let lastPresence = '';
  let reads = 0;
  let machine = initialCallStateMachine;
  let lastState: CallState | null = null;
  let lastPanel: boolean | null = null;
  let lastPresenting: boolean | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  /**
   * The control bar around the leave button, once found: its side-panel buttons are read there,
   * not in the whole page. Found again when Meet draws the bar anew.
   */
  let bar: Element | null = null;
  /** Where that bar was: Meet draws its new bar in the same place, and the leave button is looked for there first. */
  let barPlace: Element | null = null;
  const controlBar = () => {
    if (bar?.isConnected) return bar;
    bar = null;
    for (let around = readState.leaveButton()?.parentElement; around && !bar; around = around.parentElement) {
      if (readMeetSidePanel(around) !== null) barPlace = (bar = around).parentElement;
    }
    return bar;
  };

  const read = () => {
    if (stopped) return;
    machine = observeCallState(machine, readState(barPlace?.isConnected ? barPlace : null), now());
    if (machine.state !== lastState) {
      lastState = machine.state;
      handlers.onCallState(lastState);
    }
    // No control bar to read: mid-call it is being re-rendered (the panel is as it was, the presentation
    // too); elsewhere there is no panel, and nothing presented.
    const shown = controlBar();
    const rerendered = machine.state === 'in-call';
    const panel = (shown ? readMeetSidePanelInBar(shown) : readMeetSidePanel(doc)) ?? (rerendered && lastPanel === true);
    if (panel !== lastPanel) {
      lastPanel = panel;
      handlers.onSidePanel(panel);
    }
    // Read in the control bar alone: a page-wide search a second is what it would cost otherwise.
    const presenting = shown ? readPresenting(shown) : rerendered && lastPresenting === true;
    if (presenting !== lastPresenting) {
      lastPresenting = presenting;
      handlers.onPresenting(presenting);
    }
    if (machine.state !== 'in-call')
      lastPresence = ''; // Back in a call, the first reading is news again.
    else if (!lastPresence || reads % PARTICIPANTS_EVERY === 0) {
      const presence = readParticipants();
      const key = presence.others + presence.count;
      if (key !== lastPresence) {
        lastPresence = key;
        handlers.onPresence(presence);
      }
    }
    reads++;
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    const at = settlesAt(machine);
    settleTimer = at === null ? undefined : setTimeout(read, Math.max(0, at - now()));
  };

  return {
    read,
    stop() {
      stopped = true;
      clearTimeout(settleTimer);
    },
  };
}
