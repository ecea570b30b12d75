import { z } from 'zod';

/**
 * The dates Cadence keeps: from 1970 (the computer clock's epoch) to the end
 * of 9999 (the last year ISO 8601 writes in four digits). Every one of them
 * is a date a browser can show and compute with; a file or a request with
 * another (year 0, year 275760) is refused with where it was found.
 */
export const EARLIEST_MS = 0;
export const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export const inDateBounds = (ms: number) => ms >= EARLIEST_MS && ms <= LATEST_MS;

/** The message on every date a schema refuses, so a refusal can say "a date" rather than "a value". */
export const DATE_ISSUE = 'date';
/** The same for a time zone. */
export const ZONE_ISSUE = 'time-zone';

/** An instant, ISO 8601 with its offset, on a day the calendar has, within the bounds. */
export const instantSchema = z.iso
  .datetime({ offset: true, error: DATE_ISSUE })
  .refine((iso) => inDateBounds(Date.parse(iso)), { error: DATE_ISSUE });

/** A calendar day, YYYY-MM-DD, within the bounds. */
export const daySchema = z.iso
  .date({ error: DATE_ISSUE })
  .refine((day) => inDateBounds(Date.parse(day)), { error: DATE_ISSUE });

/** Milliseconds since 1970, within the bounds. */
export const epochMsSchema = z
  .number({ error: DATE_ISSUE })
  .int({ error: DATE_ISSUE })
  .min(EARLIEST_MS, { error: DATE_ISSUE })
  .max(LATEST_MS, { error: DATE_ISSUE });

/** An IANA time zone this browser knows: an unknown one would make every date shown in it fail. */
export const timeZoneSchema = z.string().min(1).max(64).refine(isTimeZone, { error: ZONE_ISSUE });

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
