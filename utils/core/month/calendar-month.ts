import { wallClockInZone } from '@/utils/core/scheduling/next-session';

/** A calendar month, YYYY-MM, in the years Cadence keeps (1970 to 9999). */
export const MONTH_PATTERN = /^(19[7-9]\d|[2-9]\d{3})-(0[1-9]|1[0-2])$/;

export const isMonth = (text: string) => MONTH_PATTERN.test(text);

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
