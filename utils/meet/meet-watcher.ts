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

/**
 * At rest, the page is read this often. What changes then comes from elsewhere (someone joins or
 * leaves, the call is ended for all, a presentation stopped from the browser's own bar) and shows
 * within these seconds: each reading is a callback Meet's page pays for.
 */
export const READ_AT_REST_MS = 3_000;
/**
 * After the mentor's own input on Meet's page (a click, a key), the page is read each second for this
 * long, and so it is while the call is still looked for: what the mentor does there (join, open
 * Meet's chat, present) shows at once.
 */
export const QUICK_FOR_MS = 30_000;
export const READ_QUICKLY_MS = 1_000;
/** Who is in the call is read at most this often: a change of people holds seconds anyway (see `ARRIVAL_HOLDS_MS`). */
export const PARTICIPANTS_EVERY_MS = 3_000;
/** A reading this close to the last one that read who is there counts as the next one due (timers drift). */
const PARTICIPANTS_SLACK_MS = 100;

export interface MeetWatcher {
  /** Takes one reading of the page now. */
  read(): void;
  /** When the next reading is due: the caller's one timer wakes then. */
  nextReadAt(): number;
  /** The mentor did something on Meet's page: the next readings come each second for a while. Answers when the next is due. */
  hurry(): number;
  /** Reads no more. */
  stop(): void;
}

/**
 * Reads a Meet page on the caller's clock, at the pace it asks (`nextReadAt`):
 * the call's state, Meet's own side panel, whether the mentor presents and, in
 * the call, who else is in it (see `createParticipantReader`): a handful of
 * selector look-ups (no observer, no layout read).
 * A change that must hold (see `observeCallState`) is read again exactly when
 * it settles: no timer of its own.
 */
export function createMeetWatcher(doc: Document, handlers: MeetWatcherHandlers, now: () => number = Date.now): MeetWatcher {
  const readState = createCallReader(doc);
  const readParticipants = createParticipantReader(doc);
  let lastPresence = '';
  let readAt = -Infinity;
  let participantsReadAt = -Infinity;
  let quickUntil = -Infinity;
  let machine = initialCallStateMachine;
  let lastState: CallState | null = null;
  let lastPanel: boolean | null = null;
  let lastPresenting: boolean | null = null;
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
    readAt = now();
    machine = observeCallState(machine, readState(barPlace?.isConnected ? barPlace : null), readAt);
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
    else if (!lastPresence || readAt - participantsReadAt >= PARTICIPANTS_EVERY_MS - PARTICIPANTS_SLACK_MS) {
      participantsReadAt = readAt;
      const presence = readParticipants();
      const key = presence.others + presence.count;
      if (key !== lastPresence) {
        lastPresence = key;
        handlers.onPresence(presence);
      }
    }
  };

  const quick = () => readAt < quickUntil || machine.state === 'looking';
  // A change pending is read again exactly when it would settle.
  const nextReadAt = () => Math.min(readAt + (quick() ? READ_QUICKLY_MS : READ_AT_REST_MS), settlesAt(machine) ?? Infinity);
  return {
    read,
    nextReadAt,
    hurry() {
      quickUntil = now() + QUICK_FOR_MS;
      return nextReadAt();
    },
    stop: () => void (stopped = true),
  };
}
