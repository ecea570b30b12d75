import {
  type CallSnapshot,
  type CallState,
  initialCallStateMachine,
  observeCallState,
  readCallSnapshot,
  settlesAt,
} from './call-state';

export interface CallWatch {
  state: CallState;
  participants: number;
}

/** The safety net: a cheap re-read even if no mutation was seen. */
export const POLL_MS = 1_000;
/** Mutations come in bursts during a call; read at most this often. */
const MUTATION_READ_MS = 250;

/**
 * Follows the call state of a Meet page until `signal` aborts. It only watches
 * the tree's shape (no attributes, no text), coalesces bursts, and re-reads on
 * a light poll; each reading is a handful of selector look-ups.
 */
export function watchCallState(
  doc: Document,
  signal: AbortSignal,
  onChange: (watch: CallWatch) => void,
  now: () => number = Date.now,
): void {
  let machine = initialCallStateMachine;
  let last: CallWatch | null = null;
  let readTimer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  const read = () => {
    readTimer = undefined;
    if (signal.aborted) return;
    const snapshot: CallSnapshot = readCallSnapshot(doc);
    machine = observeCallState(machine, snapshot.state, now());
    const watch = { state: machine.state, participants: snapshot.participants };
    if (!last || last.state !== watch.state || last.participants !== watch.participants) {
      last = watch;
      onChange(watch);
    }
    // Re-read exactly when a pending change would settle, not a poll later.
    clearTimeout(settleTimer);
    const at = settlesAt(machine);
    if (at !== null) settleTimer = setTimeout(read, Math.max(0, at - now()));
  };

  const scheduleRead = () => {
    readTimer ??= setTimeout(read, MUTATION_READ_MS);
  };

  const observer = new MutationObserver(scheduleRead);
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  const poll = setInterval(read, POLL_MS);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(readTimer);
      clearTimeout(settleTimer);
    },
    { once: true },
  );
  read();
}
