import type { CallState } from './call-state';
import { createMeetWatcher } from './meet-watcher';

/** How often the page is read. */
export const POLL_MS = 1_000;

/**
 * Follows the call state of a Meet page until `signal` aborts, on a timer of
 * its own (a panel that runs one timer for everything calls
 * `createMeetWatcher`'s `read` instead). A reading is a handful of selector
 * look-ups, once a second, and once more exactly when a pending change would
 * settle. No MutationObserver: on a live call, Meet changes its tree dozens
 * of times a second, and being told of each change costs more than this
 * poll, for a state that must hold 1.5 s anyway.
 */
export function watchCallState(
  doc: Document,
  signal: AbortSignal,
  onChange: (state: CallState) => void,
  now: () => number = Date.now,
): void {
  if (signal.aborted) return;
  const watcher = createMeetWatcher(doc, { onCallState: onChange, onSidePanel: () => {} }, now);
  const poll = setInterval(watcher.read, POLL_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(poll);
      watcher.stop();
    },
    { once: true },
  );
  watcher.read();
}
