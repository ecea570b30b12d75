import { parseInstant, wallClockInZone } from '@/utils/core/scheduling/next-session';

/** A session as the mentor's own calendar gets it. */
export interface CalendarEvent {
  /** Stable for the same session, so a second import updates the event instead of adding one. */
  uid: string;
  /** ISO instant with offset. */
  start: string;
  minutes: number;
  title: string;
  description: string;
  /** The meeting URL. */
  location: string | null;
}

const MAX_LINE_OCTETS = 75;

/**
 * An RFC 5545 calendar file holding the event, its times in UTC so that any
 * calendar shows them in its own zone. `now` is the DTSTAMP instant.
 */
export function icsFile(event: CalendarEvent, now: string): string {
  const start = parseInstant(event.start);
  const url = webUrl(event.location);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cadence//Mentoring sessions//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}@cadence.invalid`,
    `DTSTAMP:${basicUtc(parseInstant(now))}`,
    `DTSTART:${basicUtc(start)}`,
    `DTEND:${basicUtc(start + event.minutes * 60_000)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location === null ? [] : [`LOCATION:${escapeText(event.location)}`]),
    ...(url === null ? [] : [`URL:${url}`]),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${fold(line)}\r\n`).join('');
}

/** A link that opens Google Calendar's new-event page filled with the event. */
export function googleCalendarLink(event: CalendarEvent): string {
  const start = parseInstant(event.start);
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${basicUtc(start)}/${basicUtc(start + event.minutes * 60_000)}`,
    details: event.description,
  });
  if (event.location !== null) params.set('location', event.location);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/**
 * A file name for the event's .ics, e.g. `cadence-2026-10-29-alice-martin.ics`:
 * the day in the mentor's zone, then the title's letters and digits only, as
 * every file system takes those.
 */
export function icsFileName(title: string, start: string, timezone: string): string {
  const words = title
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .join('-');
  // Cut by characters, not UTF-16 units, so no letter is halved.
  const slug = [...words].slice(0, 40).join('').replace(/-+$/, '');
  return `cadence-${wallClockInZone(start, timezone).date}${slug ? `-${slug}` : ''}.ics`;
}

/** `20261029T170000Z`: the UTC form RFC 5545 calls DATE-TIME, never floating. */
function basicUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`, other control characters dropped. */
function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** The location as a URI value when it is a web address; anything else stays text only. */
function webUrl(location: string | null): string | null {
  if (location === null) return null;
  try {
    const url = new URL(location);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Folds a content line at 75 octets of UTF-8, between characters, each continuation starting with a space. */
function fold(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
