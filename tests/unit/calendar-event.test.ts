import { describe, expect, it } from 'vitest';
import { googleCalendarLink, icsFile, icsFileName, type CalendarEvent } from '@/utils/core/calendar/calendar-event';

const NOW = '2026-10-22T17:05:00Z';

function anEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'sess-42',
    start: '2026-10-29T18:00:00+01:00',
    minutes: 50,
    title: 'Mentoring session: Awa Diallo',
    description: 'Goals: finish the flexbox exercise.',
    location: 'https://meet.google.com/abc-defg-hij',
    ...overrides,
  };
}

/** The content lines, unfolded, as [name, raw value]; no property here has parameters. */
function contentLines(ics: string): [string, string][] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), line.slice(colon + 1)];
    });
}

function value(ics: string, name: string): string | undefined {
  return contentLines(ics).find(([key]) => key === name)?.[1];
}

/** A TEXT value as a calendar reads it. */
function unescapeText(raw: string): string {
  return raw.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('icsFile', () => {
  it('is one event in a calendar, in the order calendars expect', () => {
    const names = contentLines(icsFile(anEvent(), NOW)).map(([name]) => name);
    expect(names).toEqual([
      'BEGIN',
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'BEGIN',
      'UID',
      'DTSTAMP',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'DESCRIPTION',
      'LOCATION',
      'URL',
      'END',
      'END',
    ]);
    const ics = icsFile(anEvent(), NOW);
    expect(value(ics, 'VERSION')).toBe('2.0');
    expect(value(ics, 'PRODID')).toBe('-//Cadence//Mentoring sessions//EN');
    expect(value(ics, 'CALSCALE')).toBe('GREGORIAN');
    expect(value(ics, 'METHOD')).toBe('PUBLISH');
    expect(
      contentLines(ics)
        .filter(([name]) => name === 'BEGIN')
        .map(([, v]) => v),
    ).toEqual(['VCALENDAR', 'VEVENT']);
  });

  it('ends every line with CRLF', () => {
    const ics = icsFile(anEvent({ description: 'One\nTwo\r\nThree\rFour' }), NOW);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n|\r[^\n]/);
  });

  it('puts the session at the right time in any calendar: UTC start and end, 50 minutes apart', () => {
    const ics = icsFile(anEvent(), NOW);
    expect(value(ics, 'DTSTART')).toBe('20261029T170000Z');
    expect(value(ics, 'DTEND')).toBe('20261029T175000Z');
    expect(value(ics, 'DTSTAMP')).toBe('20261022T170500Z');
    expect(ics).not.toContain('TZID');
  });

  it('ends a session that runs past midnight UTC on the next day', () => {
    const ics = icsFile(anEvent({ start: '2026-10-29T19:30:00-04:00', minutes: 90 }), NOW);
    expect(value(ics, 'DTSTART')).toBe('20261029T233000Z');
    expect(value(ics, 'DTEND')).toBe('20261030T010000Z');
  });

  it('keeps the UID for the same session, so importing again updates it', () => {
    const first = value(icsFile(anEvent(), NOW), 'UID');
    expect(first).toBe('sess-42@cadence.invalid');
    expect(value(icsFile(anEvent({ title: 'Renamed' }), '2026-10-23T08:00:00Z'), 'UID')).toBe(first);
    expect(value(icsFile(anEvent({ uid: 'sess-43' }), NOW), 'UID')).not.toBe(first);
  });

  it('shows the text as typed: commas, semicolons, backslashes and line breaks escaped', () => {
    const description = 'Bring: HTML, CSS; the repo at C:\\work\nThen: review\r\nlast line';
    const ics = icsFile(anEvent({ title: 'Awa, week 3; review', description }), NOW);
    expect(value(ics, 'SUMMARY')).toBe('Awa\\, week 3\\; review');
    expect(value(ics, 'DESCRIPTION')).toBe('Bring: HTML\\, CSS\\; the repo at C:\\\\work\\nThen: review\\nlast line');
    expect(unescapeText(value(ics, 'DESCRIPTION') ?? '')).toBe(description.replace(/\r\n/g, '\n'));
  });

  it('folds long lines at 75 octets without cutting an accented letter or an emoji', () => {
    const title = 'Séance hebdomadaire avec Zoé 🎉 révision du portfolio, étape 3 : Flexbox ✅ '.repeat(4);
    const description = `${'é'.repeat(37)}x${'🇫🇷'.repeat(30)}`;
    const ics = icsFile(anEvent({ title, description }), NOW);
    const physical = ics.split('\r\n').slice(0, -1);
    expect(physical.filter((line) => octets(line) > 75)).toEqual([]);
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(4);
    // A character cut in two would leave a lone surrogate, which UTF-8 cannot carry.
    expect(physical.filter((line) => new TextDecoder().decode(new TextEncoder().encode(line)) !== line)).toEqual([]);
    expect(unescapeText(value(ics, 'SUMMARY') ?? '')).toBe(title);
    expect(value(ics, 'DESCRIPTION')).toBe(description);
  });

  it('fills each folded line up to 75 octets', () => {
    const ics = icsFile(anEvent({ description: 'a'.repeat(212) }), NOW);
    const lines = ics.split('\r\n');
    const at = lines.findIndex((line) => line.startsWith('DESCRIPTION:'));
    // 12 octets of name and colon, then 63 + 74 + 74 + 1 of text.
    expect(lines.slice(at, at + 4).map(octets)).toEqual([75, 75, 75, 2]);
  });

  it('has no LOCATION or URL without a meeting URL', () => {
    const ics = icsFile(anEvent({ location: null }), NOW);
    expect(ics).not.toMatch(/^(LOCATION|URL)[:;]/m);
  });

  it('links the meeting as both LOCATION and URL', () => {
    const location = 'https://meet.example/room?a=1,b=2';
    const ics = icsFile(anEvent({ location }), NOW);
    expect(unescapeText(value(ics, 'LOCATION') ?? '')).toBe(location);
    expect(value(ics, 'URL')).toBe(location);
  });

  it('drops control characters a calendar would reject', () => {
    const ics = icsFile(anEvent({ title: 'Awa\u0000\u0007 Diallo\tweek 3' }), NOW);
    expect(value(ics, 'SUMMARY')).toBe('Awa Diallo\tweek 3');
  });
});

describe('googleCalendarLink', () => {
  it('opens a new event with the title, UTC dates, details and meeting URL', () => {
    const event = anEvent({ title: 'Awa & Zoé: week 3', description: 'Goals:\n- flexbox\n- grid 100%' });
    const link = new URL(googleCalendarLink(event));
    expect(`${link.origin}${link.pathname}`).toBe('https://calendar.google.com/calendar/render');
    expect(link.searchParams.get('action')).toBe('TEMPLATE');
    expect(link.searchParams.get('text')).toBe('Awa & Zoé: week 3');
    expect(link.searchParams.get('dates')).toBe('20261029T170000Z/20261029T175000Z');
    expect(link.searchParams.get('details')).toBe('Goals:\n- flexbox\n- grid 100%');
    expect(link.searchParams.get('location')).toBe('https://meet.google.com/abc-defg-hij');
  });

  it('leaves the location out without a meeting URL', () => {
    expect(new URL(googleCalendarLink(anEvent({ location: null }))).searchParams.has('location')).toBe(false);
  });
});

describe('icsFileName', () => {
  it.each([
    ['Mentoring session', '2026-10-29T18:00:00+01:00', 'Europe/Paris', 'cadence-2026-10-29-mentoring-session.ics'],
    [
      'Séance avec Zoé: portfolio/CSS?',
      '2026-10-29T18:00:00+01:00',
      'Europe/Paris',
      'cadence-2026-10-29-séance-avec-zoé-portfolio-css.ics',
    ],
    ['a\\b*c"d<e>f|g\u0000h', '2026-10-29T18:00:00+01:00', 'Europe/Paris', 'cadence-2026-10-29-a-b-c-d-e-f-g-h.ics'],
    ['', '2026-10-29T18:00:00+01:00', 'Europe/Paris', 'cadence-2026-10-29.ics'],
    ['../../..', '2026-10-29T18:00:00+01:00', 'Europe/Paris', 'cadence-2026-10-29.ics'],
    ['Late call', '2026-10-29T23:30:00Z', 'Europe/Paris', 'cadence-2026-10-30-late-call.ics'],
    ['Late call', '2026-10-30T00:30:00Z', 'America/Montreal', 'cadence-2026-10-29-late-call.ics'],
  ])('names %j on %s in %s %s', (title, start, zone, name) => {
    expect(icsFileName(title, start, zone)).toBe(name);
  });

  it('keeps a long title short', () => {
    const name = icsFileName('Révision '.repeat(20), '2026-10-29T18:00:00+01:00', 'Europe/Paris');
    expect(name).toMatch(/^cadence-2026-10-29-[\p{L}-]+[\p{L}]\.ics$/u);
    expect([...name].length).toBeLessThanOrEqual(64);
  });
});
