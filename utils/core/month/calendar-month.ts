import { instantFromWallClock, parseInstant, wallClockInZone } from '@/utils/core/scheduling/next-session';
import { inYearBounds } from '@/utils/core/scheduling/date-values';

/** A calendar month's shape, YYYY-MM; `isMonth` also keeps it to the years Cadence keeps. */
const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A calendar month, YYYY-MM, in the years Cadence keeps. */
export function isMonth(text: string): boolean {
  const year = MONTH_PATTERN.exec(text)?.[1];
  return year !== undefined && inYearBounds(Number(year));
}

/**
 * The month an instant falls in on the clock of `timezone`. Read from the wall
 * clock, never from a count of hours since the month began: a month holding a
 * clock change has an hour more or less, and 23:30 on its last day is still in it.
 */
export function monthOf(instant: string | number, timezone: string): string {
  const iso = typeof instant === 'number' ? new Date(instant).toISOString() : instant;
  return wallClockInZone(iso, timezone).date.slice(0, 7);
}

/** The day (YYYY-MM-DD) an instant falls on in `timezone`. */
export function dayOf(instant: string | number, timezone: string): string {
  const iso = typeof instant === 'number' ? new Date(instant).toISOString() : instant;
  return wallClockInZone(iso, timezone).date;
}

/** The month `by` months after `month` (before, when negative): 2026-12 + 1 is 2027-01. */
export function shiftMonth(month: string, by: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (number - 1) + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A month as two instants: its first on the zone's clock, and the next month's first. */
export interface MonthSpan {
  from: number;
  until: number;
}

/**
 * The instants a month spans on the clock of `timezone`: a session is in the
 * month when it starts from `from` and before `until`. Both ends are midnights
 * of that clock (or the moment the clocks jump, where a zone skips midnight),
 * so a month with a clock change holds an hour more or less, and 23:30 on its
 * last day is in it. Two readings of the zone for a whole month, rather than
 * one per session.
 */
export function monthSpan(month: string, timezone: string): MonthSpan {
  return {
    from: parseInstant(instantFromWallClock(`${month}-01`, '00:00', timezone)),
    until: parseInstant(instantFromWallClock(`${shiftMonth(month, 1)}-01`, '00:00', timezone)),
  };
}
