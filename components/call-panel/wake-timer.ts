/** The browser's timer (`globalThis`), or a test's. */
export type Timers = Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;

export interface WakeTimer {
  /** Wakes at `at` at the latest: sooner when a wake is already due sooner; at once for a time past. */
  wakeBy(at: number): void;
}

/**
 * One timer that sleeps until the earliest moment something asks for: `run` does what is due at
 * its wake and answers when it is next wanted (Infinity: not until `wakeBy` asks). On Meet's page
 * each wake is a callback the page pays for: a panel whose texts change once a minute wakes about
 * as often as its reading of the page asks, not once a second (`npm run bench`, traced callbacks).
 */
export function createWakeTimer(
  run: (at: number) => number,
  now: () => number,
  signal: AbortSignal,
  timers: Timers = globalThis,
): WakeTimer {
  let handle: ReturnType<typeof setTimeout> | undefined;
  let wakesAt = Infinity;
  const wakeBy = (at: number) => {
    // Infinity as a delay is no delay at all to the browser: nothing is asked then.
    if (signal.aborted || !(at < wakesAt)) return;
    timers.clearTimeout(handle);
    wakesAt = at;
    // Once the lifetime ends, a wake already set does nothing, and sets no other.
    handle = timers.setTimeout(() => {
      wakesAt = Infinity;
      if (!signal.aborted) wakeBy(run(now()));
    }, at - now());
  };
  return { wakeBy };
}
