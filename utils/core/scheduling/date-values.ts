import { z } from 'zod';

/**
 * The dates Cadence keeps: from 1970 (the computer clock's epoch) to the end
 * of 9999 (the last year ISO 8601 writes in four digits). Every one of them
 * is a date a browser can show and compute with; a file or a request with
 * another (year 0, year 275760) is refused with where it was found.
 */
const EARLIEST_YEAR = 1970;
const LATEST_YEAR = 9999;
export const EARLIEST_MS = Date.UTC(EARLIEST_YEAR, 0, 1);
export const LATEST_MS = Date.UTC(LATEST_YEAR, 11, 31, 23, 59, 59, 999);

export const inDateBounds = (ms: number) => ms >= EARLIEST_MS && ms <= LATEST_MS;
/** A year Cadence keeps dates in (a typed date, a month asked for). */
export const inYearBounds = (year: number) => year >= EARLIEST_YEAR && year <= LATEST_YEAR;

/** The message on every date a schema refuses, so a refusal can say "a date" rather than "a value". */
export const DATE_ISSUE = 'date';
/** The same for a time zone. */
export const ZONE_ISSUE = 'time-zone';

/**
 * The bounds as JSON Schema's format ranges write them, for the OpenAPI
 * document. The earliest instant is said as "after the millisecond before it":
 * the same bound, and one that validators which read 1970-01-01T00:00:00Z as
 * the number 0, then as "no bound" (Ajv's formats), still keep.
 */
const BEFORE_EARLIEST_ISO = new Date(EARLIEST_MS - 1).toISOString();
const LATEST_ISO = new Date(LATEST_MS).toISOString();

/** An instant, ISO 8601 with its offset, on a day the calendar has, within the bounds. */
export const instantSchema = z.iso
  .datetime({ offset: true, error: DATE_ISSUE })
  .refine((iso) => inDateBounds(Date.parse(iso)), { error: DATE_ISSUE })
  .meta({ formatExclusiveMinimum: BEFORE_EARLIEST_ISO, formatMaximum: LATEST_ISO });

/** A calendar day, YYYY-MM-DD, within the bounds. */
export const daySchema = z.iso
  .date({ error: DATE_ISSUE })
  .refine((day) => inDateBounds(Date.parse(day)), { error: DATE_ISSUE })
  .meta({ formatMinimum: new Date(EARLIEST_MS).toISOString().slice(0, 10), formatMaximum: LATEST_ISO.slice(0, 10) });

/** Milliseconds since 1970, within the bounds. */
export const epochMsSchema = z
  .number({ error: DATE_ISSUE })
  .int({ error: DATE_ISSUE })
  .min(EARLIEST_MS, { error: DATE_ISSUE })
  .max(LATEST_MS, { error: DATE_ISSUE });

/**
 * The shape of an IANA time zone's name (Europe/Paris, America/Argentina/Buenos_Aires,
 * Etc/GMT+5, UTC): what the OpenAPI document can say of the rule below.
 */
export const TIME_ZONE_PATTERN = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
export const TIME_ZONE_MAX = 64;

/** An IANA time zone this browser knows: an unknown one would make every date shown in it fail. */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(TIME_ZONE_MAX)
  .regex(TIME_ZONE_PATTERN, { error: ZONE_ISSUE })
  .refine(isTimeZone, { error: ZONE_ISSUE });

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
