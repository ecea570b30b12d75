import {
  CALL_ENDED_SELECTOR,
  LEAVE_CALL_LABEL_SELECTOR,
  LEAVE_CALL_LIGATURE,
  MEETING_CODE_SELECTOR,
  SYMBOL_ICON_SELECTOR,
} from './meet-selectors';

/** What one reading of the page says. */
export type CallReading = 'lobby' | 'in-call' | 'ended' | 'unknown';
/** `looking`: the page was not read as anything yet (it is still loading or settling). */
export type CallState = CallReading | 'looking';

function findLeaveButton(root: ParentNode): Element | null {
  for (const icon of root.querySelectorAll(SYMBOL_ICON_SELECTOR)) {
    if (icon.textContent?.trim() === LEAVE_CALL_LIGATURE) return icon;
  }
  return root.querySelector(LEAVE_CALL_LABEL_SELECTOR);
}

/**
 * Reads what the page shows, from language-independent signals first. It
 * keeps the leave button it found: while that node is still in the page, the
 * call goes on, and a reading costs no search for it. Lost (Meet drew its
 * control bar anew), it is looked for first where the caller says the bar was.
 */
export function createCallReader(root: ParentNode) {
  let leave: Element | null = null;
  const readCallState = function (near?: ParentNode | null): CallReading {
    // Meet's end screen takes the call's view away, its leave button with it: while that button is
    // in the page, the call goes on, and a reading searches nothing (a page-wide search a second
    // is what the panel would cost Meet's large page otherwise).
    if (leave?.isConnected || (near && (leave = findLeaveButton(near)))) return 'in-call';
    if (root.querySelector(CALL_ENDED_SELECTOR)) {
      leave = null;
      return 'ended';
    }
    if ((leave = findLeaveButton(root))) return 'in-call';
    return root.querySelector(MEETING_CODE_SELECTOR) ? 'lobby' : 'unknown';
  };
  // The leave button it holds, for the rest of the control bar to be read near it.
  return Object.assign(readCallState, { leaveButton: () => (leave?.isConnected ? leave : null) });
}

/** How long a new reading must hold before the state changes. */
export const SETTLE_MS = 1_500;
/** Meet re-renders its control bar mid-call: losing it briefly is not leaving. */
export const IN_CALL_LOSS_MS = 5_000;
/** How long a loading page may read as nothing known before Cadence says it cannot tell. */
export const LOOKING_MS = 4_000;

export interface CallStateMachine {
  state: CallState;
  /** A reading that differs from the state, waiting to hold. */
  candidate: CallReading | null;
  candidateSince: number;
}

export const initialCallStateMachine: CallStateMachine = { state: 'looking', candidate: null, candidateSince: 0 };

/**
 * How long a reading must hold to become the state. While looking, nothing
 * was shown yet, so a known reading has nothing to flicker from and is taken
 * at once; a page still loading reads as nothing known for a while, so
 * `unknown` (which tells the mentor to run the session by hand) waits.
 */
function holdFor(from: CallState, to: CallReading): number {
  if (from === 'looking') return to === 'unknown' ? LOOKING_MS : 0;
  return from === 'in-call' && to !== 'ended' ? IN_CALL_LOSS_MS : SETTLE_MS;
}

/**
 * Feeds one reading into the machine. A call never goes back to the lobby:
 * from `in-call`, a lobby-looking page is a page Cadence cannot read.
 */
export function observeCallState(machine: CallStateMachine, reading: CallReading, now: number): CallStateMachine {
  const seen = machine.state === 'in-call' && reading === 'lobby' ? 'unknown' : reading;
  if (seen === machine.state) return machine.candidate === null ? machine : { ...machine, candidate: null };
  const since = seen === machine.candidate ? machine.candidateSince : now;
  if (now - since >= holdFor(machine.state, seen)) return { state: seen, candidate: null, candidateSince: now };
  return seen === machine.candidate ? machine : { ...machine, candidate: seen, candidateSince: since };
}

/** When the pending candidate, if any, would take over. */
export function settlesAt(machine: CallStateMachine): number | null {
  return machine.candidate === null ? null : machine.candidateSince + holdFor(machine.state, machine.candidate);
}
