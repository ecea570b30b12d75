import {
  type CallState,
  createCallReader,
  initialCallStateMachine,
  observeCallState,
  settlesAt,
} from './call-state';

/** How often the page is read. */
export const POLL_MS = 1_000;

/**
 * Follows the call state of a Meet page until `signal` aborts. A reading is
 * a handful of selector look-ups, once a second, and once more exactly when a
 * pending change would settle. No MutationObserver: on a live call, Meet
 * changes its tree dozens of times a second, and being told of each change
 * costs more than this poll, for a state that must hold 1.5 s anyway.
 */
export function watchCallState(
  doc: Document,
  signal: AbortSignal,
  onChange: (state: CallState) => void,
  now: () => number = Date.now,
): void {
  const readState = createCallReader(doc);
  let machine = initialCallStateMachine;
  let last: CallState | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  const read = () => {
    if (signal.aborted) return;
    machine = observeCallState(machine, readState(), now());
    if (machine.state !== last) {
      last = machine.state;
      onChange(last);
    }
    clearTimeout(settleTimer);
    const at = settlesAt(machine);
    settleTimer = at === null ? undefined : setTimeout(read, Math.max(0, at - now()));
  };

  const poll = setInterval(read, POLL_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(poll);
      clearTimeout(settleTimer);
    },
    { once: true },
  );
  read();
}
