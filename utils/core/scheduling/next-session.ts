import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { inDateBounds, inYearBounds } from './date-values';
import type { Session } from '@/utils/core/platform/platform-schemas';

// dayjs only ever runs in UTC mode here: its local mode, `utcOffset` and the
// timezone plugin's `.tz()` go through the machine's own zone and shift by an
// hour near that zone's DST changes, and `dayjs.tz(text, zone)` settles an
// ambiguous wall clock by today's offset. Zone offsets come from Intl instead.
dayjs.extend(utc);

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Statuses that free the slot: nobody meets then. */
const FREED: ReadonlySet<Session['status']> = new Set(['canceled', 'late_canceled', 'student_absent']);

/**
 * The epoch milliseconds of an ISO instant. Throws a RangeError when it has no
 * `Z` or offset: without one, Date would read it in the machine's zone.
 */
export function parseInstant(instant: string): number {
  const ms = /(?:Z|[+-]\d{2}:\d{2})$/i.test(instant) ? Date.parse(instant) : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant with an offset: ${instant}`);
  return ms;
}

/**
 * The wall clock an instant shows in an IANA zone, for a date/time picker in
 * that zone. `weekday` counts from 0 for Sunday, as Date does.
 */
export function wallClockInZone(instant: string, timezone: string): { date: string; time: string; weekday: number } {
  const wall = wallClockAt(parseInstant(instant), timezone);
  return { date: wall.format('YYYY-MM-DD'), time: wall.format('HH:mm'), weekday: wall.day() };
}

/**
 * The instant at which an IANA zone shows `date` (YYYY-MM-DD) at `time`
 * (HH:mm), written with that zone's offset, e.g. `2026-10-29T18:00:00+01:00`
 * (`Z` while the zone is at UTC). A time the clocks skip (spring forward) gives
 * the first instant after the gap, the moment the clocks jump: 02:30 on
 * 2027-03-14 in New York is 03:00 EDT. A time the clocks show twice (fall back)
 * gives the first of the two. Throws a RangeError for a malformed or
 * nonexistent date or time.
 */
export function instantFromWallClock(date: string, time: string, timezone: string): string {
  const wall = /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time) ? dayjs.utc(`${date}T${time}`) : null;
  // dayjs rolls 2026-02-30 over to March: a different date back means a bad input.
  if (!wall?.isValid() || wall.format('YYYY-MM-DD') !== date || wall.format('HH:mm') !== time) {
    throw new RangeError(`Not a date and time: ${date} ${time}`);
  }
  return writeInZone(instantShowing(wall, timezone), timezone);
}

/** A date and a time typed in two fields, read in a zone: the instant, or null when they do not make one. */
export function typedInstant(date: string, time: string, timezone: string): string | null {
  try {
    return instantFromWallClock(date, time, timezone);
  } catch {
    return null;
  }
}

/** What a date-and-time field (`YYYY-MM-DDTHH:mm`, as `datetime-local` gives it) reads as in a zone. */
export type TypedStart =
  | { instant: string; /** The clocks skip the time typed: the instant is when they jump. */ skipped: boolean }
  | { problem: 'invalid' | 'out-of-range' };

/**
 * A typed date and time in a zone, by `instantFromWallClock`'s rules, within
 * the years Cadence keeps (1970 to 9999).
 */
export function readTypedStart(value: string, timezone: string): TypedStart {
  const typed = /^(\d{4,6})-(\d{2}-\d{2})T(\d{2}:\d{2})(?::00(?:\.0+)?)?$/.exec(value);
  if (!typed) return { problem: 'invalid' };
  const [, year, monthDay, time] = typed as unknown as [string, string, string, string];
  if (!inYearBounds(Number(year))) return { problem: 'out-of-range' };
  const date = `${year}-${monthDay}`;
  let instant: string;
  try {
    instant = instantFromWallClock(date, time, timezone);
  } catch {
    return { problem: 'invalid' };
  }
  if (!inDateBounds(parseInstant(instant))) return { problem: 'out-of-range' };
  const shown = wallClockInZone(instant, timezone);
  return { instant, skipped: shown.date !== date || shown.time !== time };
}

/**
 * The default start of next week's session: the same weekday and wall-clock
 * time one week later in the mentor's zone, so a DST change in between keeps
 * 18:00 at 18:00 rather than an instant 7 × 24 hours on. Written as
 * `instantFromWallClock` writes, with the same rule for skipped times.
 */
export function defaultNextStart(currentStart: string, timezone: string): string {
  const wall = wallClockAt(parseInstant(currentStart), timezone);
  // A wall clock held as UTC has no DST: adding 7 days adds 7 calendar days.
  return writeInZone(instantShowing(wall.add(7, 'day'), timezone), timezone);
}

/**
 * The sessions that overlap the candidate's time, from start up to its end:
 * one ending as the candidate starts does not clash. Freed slots (canceled,
 * late canceled, student absent) and the candidate itself are left out.
 */
export function findClashes(candidate: { start: string; plannedMinutes: number; id?: string }, sessions: readonly Session[]): Session[] {
  const start = parseInstant(candidate.start);
  const end = start + candidate.plannedMinutes * MINUTE_MS;
  return sessions.filter((session) => {
    if (session.id === candidate.id || FREED.has(session.status)) return false;
    const otherStart = parseInstant(session.start);
    return otherStart < end && start < otherStart + session.plannedMinutes * MINUTE_MS;
  });
}

/** Whether two IANA zones show a different local time at an instant. */
export function zonesDiffer(instant: string, zoneA: string, zoneB: string): boolean {
  const ms = parseInstant(instant);
  return offsetMinutes(ms, zoneA) !== offsetMinutes(ms, zoneB);
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** How far a zone's clocks are ahead of UTC at an instant, in minutes (Paris in summer: 120). */
function offsetMinutes(ms: number, timezone: string): number {
  // Building a format costs far more than using one.
  let format = zoneFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(timezone, format);
  }
  const field = new Map(format.formatToParts(ms).map((part) => [part.type, Number(part.value)]));
  const get = (type: Intl.DateTimeFormatPartTypes) => field.get(type) ?? NaN;
  const shownAsUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((shownAsUtc - Math.floor(ms / 1000) * 1000) / MINUTE_MS);
}

/** The wall clock a zone shows at an instant, as a UTC-mode Dayjs whose fields read as that wall clock. */
export function wallClockAt(ms: number, timezone: string): Dayjs {
  return dayjs.utc(ms + offsetMinutes(ms, timezone) * MINUTE_MS);
}

/** The first instant at which a zone shows a wall clock, or the end of the gap when the clocks skip it. */
function instantShowing(wall: Dayjs, timezone: string): number {
  const local = wall.valueOf();
  // Zones change offset at most once a day: the offsets a day either side are the only candidates.
  const before = offsetMinutes(local - DAY_MS, timezone);
  const after = offsetMinutes(local + DAY_MS, timezone);
  const shows = (offset: number) => offsetMinutes(local - offset * MINUTE_MS, timezone) === offset;
  const fits = [before, after].filter(shows).map((offset) => local - offset * MINUTE_MS);
  if (fits.length > 0) return Math.min(...fits);
  // In the gap: `early` is still on the old offset, `late` already on the new one;
  // the clocks jump between them, on a whole minute.
  let early = local - after * MINUTE_MS;
  let late = local - before * MINUTE_MS;
  while (late - early > MINUTE_MS) {
    const middle = early + Math.floor((late - early) / MINUTE_MS / 2) * MINUTE_MS;
    if (offsetMinutes(middle, timezone) === before) early = middle;
    else late = middle;
  }
  return late;
}

/** An instant written again with the offset `timezone` has then: 2026-12-31T22:30:00Z in Paris is 2026-12-31T23:30:00+01:00. */
export function instantInZone(instant: string, timezone: string): string {
  return writeInZone(parseInstant(instant), timezone);
}

/** An instant as ISO 8601 with the zone's offset at that instant, e.g. `2026-10-29T18:00:00+01:00`. */
function writeInZone(ms: number, timezone: string): string {
  const offset = offsetMinutes(ms, timezone);
  const size = Math.abs(offset);
  const suffix =
    offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
  // Date's own ISO writer, not dayjs's: the month view writes hundreds of these, and it is many times faster.
  return `${new Date(ms + offset * MINUTE_MS).toISOString().slice(0, 19)}${suffix}`;
}
