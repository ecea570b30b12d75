import { wallClockInZone } from '@/utils/core/scheduling/next-session';

/** The student is warned at least a week ahead; two weeks is what the mentor is offered first. */
export const MIN_NOTICE_DAYS = 7;
export const SUGGESTED_NOTICE_DAYS = 14;

export interface TransferDates {
  /** Today on the mentor's calendar. */
  today: string;
  /** The first effective date the mentor may choose. */
  earliest: string;
  /** The date the form starts with. */
  suggested: string;
}

export type TransferDateProblem = 'missing' | 'invalid' | 'too-soon';

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD day as midnight UTC, or null when it is malformed or does not exist (2026-02-30). */
function dayToUtc(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === day ? ms : null;
}

/** A calendar day `days` later: counted on the calendar, so a DST change in between moves nothing. */
export function addDays(day: string, days: number): string {
  const ms = dayToUtc(day);
  if (ms === null) throw new RangeError(`Not a day: ${day}`);
  return new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}

/** Today, the earliest and the suggested effective dates, on the mentor's calendar (YYYY-MM-DD). */
export function transferDates(now: number, timezone: string): TransferDates {
  const today = wallClockInZone(new Date(now).toISOString(), timezone).date;
  return { today, earliest: addDays(today, MIN_NOTICE_DAYS), suggested: addDays(today, SUGGESTED_NOTICE_DAYS) };
}

/** What is wrong with the date the mentor chose, or null when the request can go with it. */
export function checkTransferDate(day: string, now: number, timezone: string): TransferDateProblem | null {
  if (!day.trim()) return 'missing';
  if (dayToUtc(day) === null) return 'invalid';
  // YYYY-MM-DD days compare as their text does.
  return day < transferDates(now, timezone).earliest ? 'too-soon' : null;
}
