/**
 * How far a session's start is from now, for the toolbar popup: "in 2 h
 * 15 min", "in 3 days", "now", "started 5 min ago". The component words it.
 */
export type Countdown =
  | { kind: 'now' }
  /** Less than a day ahead; `hours` or `minutes` may be 0. */
  | { kind: 'in'; hours: number; minutes: number }
  /** A day or more ahead, in whole days (rounded: 36 h is 2 days). */
  | { kind: 'in-days'; days: number }
  | { kind: 'started'; hours: number; minutes: number };

const MINUTE_MS = 60_000;
const MINUTES_A_DAY = 24 * 60;

/** The countdown from `now` to `start` (epoch ms), to the nearest minute; within a minute either side is "now". */
export function countdown(start: number, now: number): Countdown {
  const diff = start - now;
  if (Math.abs(diff) < MINUTE_MS) return { kind: 'now' };
  const total = Math.round(Math.abs(diff) / MINUTE_MS);
  const parts = { hours: Math.floor(total / 60), minutes: total % 60 };
  if (diff < 0) return { kind: 'started', ...parts };
  return total < MINUTES_A_DAY ? { kind: 'in', ...parts } : { kind: 'in-days', days: Math.round(total / MINUTES_A_DAY) };
}
