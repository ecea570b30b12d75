import type { Timers } from '@/components/call-panel/wake-timer';

/**
 * A timer on a test's own clock: what is set runs when the test says its time has come
 * (`runDue`), in order, with what those runs set meanwhile.
 */
export function manualTimers(now: () => number) {
  const pending = new Map<number, { at: number; run: () => void }>();
  let lastId = 0;
  const timers = {
    setTimeout(run: () => void, ms = 0) {
      pending.set(++lastId, { at: now() + Math.max(0, ms), run });
      return lastId;
    },
    clearTimeout: (handle?: number) => void pending.delete(handle!),
  } as unknown as Timers;
  return {
    timers,
    /** Runs every timer due by the test's clock, and those they set that are due too. */
    runDue() {
      for (;;) {
        let first: [number, { at: number; run: () => void }] | undefined;
        for (const entry of pending) if (entry[1].at <= now() && (!first || entry[1].at < first[1].at)) first = entry;
        if (!first) return;
        pending.delete(first[0]);
        first[1].run();
      }
    },
    /** When the earliest timer is due; Infinity: none is set. */
    nextAt: () => Math.min(Infinity, ...[...pending.values()].map((entry) => entry.at)),
  };
}
