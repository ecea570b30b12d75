import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type DateTimeStyle, formatDateTime, formatDay, mentorPlace } from '@/utils/shared/format-date-time';
import { cadenceLanguage, mentorLanguage, mentorLocale } from '@/utils/shared/i18n';

/** Monday 30 November 2026, 14:05 UTC. */
const MONDAY = '2026-11-30T14:05:00Z';

describe('dates and times in the mentor’s language', () => {
  it.each<[string, DateTimeStyle, string, string]>([
    ['en', 'date', 'UTC', 'Nov 30, 2026'],
    ['fr', 'date', 'UTC', '30 nov. 2026'],
    ['en', 'long-date', 'UTC', 'November 30, 2026'],
    ['fr', 'long-date', 'UTC', '30 novembre 2026'],
    ['en', 'date-time', 'UTC', 'Nov 30, 2026 2:05 PM'],
    ['fr', 'date-time', 'UTC', '30 nov. 2026 14:05'],
    ['en', 'full', 'UTC', 'Monday, November 30, 2026 2:05 PM'],
    ['fr', 'full', 'UTC', 'lundi 30 novembre 2026 14:05'],
    ['en', 'full-with-zone', 'UTC', 'Monday, November 30, 2026 2:05 PM UTC'],
    ['fr', 'full-with-zone', 'UTC', 'lundi 30 novembre 2026 14:05 UTC'],
    ['en', 'near', 'UTC', 'Mon, Nov 30, 2:05 PM'],
    ['fr', 'near', 'UTC', 'lun. 30 nov. 14:05'],
    ['en', 'weekday-time', 'UTC', 'Monday 2:05 PM'],
    ['fr', 'weekday-time', 'UTC', 'lundi 14:05'],
    ['en', 'time', 'UTC', '2:05 PM'],
    ['fr', 'time', 'UTC', '14:05'],
    // The same instant on other clocks: an hour ahead, a morning, half hours, the next day.
    ['en', 'date-time', 'Europe/Paris', 'Nov 30, 2026 3:05 PM'],
    ['fr', 'date-time', 'Europe/Paris', '30 nov. 2026 15:05'],
    ['en', 'full-with-zone', 'Europe/Paris', 'Monday, November 30, 2026 3:05 PM GMT+1'],
    ['fr', 'full-with-zone', 'Europe/Paris', 'lundi 30 novembre 2026 15:05 UTC+1'],
    ['en', 'date-time', 'America/New_York', 'Nov 30, 2026 9:05 AM'],
    ['fr', 'date-time', 'America/New_York', '30 nov. 2026 09:05'],
    ['en', 'full-with-zone', 'America/New_York', 'Monday, November 30, 2026 9:05 AM EST'],
    ['fr', 'full-with-zone', 'America/New_York', 'lundi 30 novembre 2026 09:05 UTC−5'],
    ['en', 'time', 'Asia/Kolkata', '7:35 PM'],
    ['fr', 'time', 'Asia/Kolkata', '19:35'],
    ['en', 'near', 'Pacific/Auckland', 'Tue, Dec 1, 3:05 AM'],
    ['fr', 'near', 'Pacific/Auckland', 'mar. 1 déc. 03:05'],
    ['en', 'weekday-time', 'Pacific/Auckland', 'Tuesday 3:05 AM'],
    ['fr', 'weekday-time', 'Pacific/Auckland', 'mardi 03:05'],
    // English as Britain writes it: the day first, a 24-hour clock.
    ['en-GB', 'date', 'UTC', '30 Nov 2026'],
    ['en-GB', 'long-date', 'UTC', '30 November 2026'],
    ['en-GB', 'date-time', 'UTC', '30 Nov 2026 14:05'],
    ['en-GB', 'full', 'UTC', 'Monday, 30 November 2026 14:05'],
    ['en-GB', 'full-with-zone', 'Europe/Paris', 'Monday, 30 November 2026 15:05 CET'],
    ['en-GB', 'near', 'Pacific/Auckland', 'Tue 1 Dec, 03:05'],
    ['en-GB', 'weekday-time', 'UTC', 'Monday 14:05'],
    ['en-GB', 'time', 'America/New_York', '09:05'],
  ])('%s, %s in %s: %s', (language, style, timezone, text) => {
    expect(formatDateTime(MONDAY, style, { language, timezone })).toBe(text);
  });

  it.each([
    // Paris springs forward at 02:00 on 29 March 2026: a minute apart, an hour and a minute apart on the clock.
    ['2026-03-29T00:59:00Z', 'Europe/Paris', 'Sunday, March 29, 2026 1:59 AM GMT+1', 'dimanche 29 mars 2026 01:59 UTC+1'],
    ['2026-03-29T01:00:00Z', 'Europe/Paris', 'Sunday, March 29, 2026 3:00 AM GMT+2', 'dimanche 29 mars 2026 03:00 UTC+2'],
    // Paris falls back at 03:00 on 25 October 2026: 02:30 comes twice, an hour apart, told by the zone.
    ['2026-10-25T00:30:00Z', 'Europe/Paris', 'Sunday, October 25, 2026 2:30 AM GMT+2', 'dimanche 25 octobre 2026 02:30 UTC+2'],
    ['2026-10-25T01:30:00Z', 'Europe/Paris', 'Sunday, October 25, 2026 2:30 AM GMT+1', 'dimanche 25 octobre 2026 02:30 UTC+1'],
    // New York springs forward on 8 March and falls back on 1 November 2026.
    ['2026-03-08T06:59:00Z', 'America/New_York', 'Sunday, March 8, 2026 1:59 AM EST', 'dimanche 8 mars 2026 01:59 UTC−5'],
    ['2026-03-08T07:00:00Z', 'America/New_York', 'Sunday, March 8, 2026 3:00 AM EDT', 'dimanche 8 mars 2026 03:00 UTC−4'],
    ['2026-11-01T05:30:00Z', 'America/New_York', 'Sunday, November 1, 2026 1:30 AM EDT', 'dimanche 1 novembre 2026 01:30 UTC−4'],
    ['2026-11-01T06:30:00Z', 'America/New_York', 'Sunday, November 1, 2026 1:30 AM EST', 'dimanche 1 novembre 2026 01:30 UTC−5'],
    // Auckland is on summer time while Europe is not; the year turns there first.
    ['2026-12-31T11:30:00Z', 'Pacific/Auckland', 'Friday, January 1, 2027 12:30 AM GMT+13', 'vendredi 1 janvier 2027 00:30 UTC+13'],
    ['2026-12-31T11:30:00Z', 'America/Los_Angeles', 'Thursday, December 31, 2026 3:30 AM PST', 'jeudi 31 décembre 2026 03:30 UTC−8'],
  ])('%s in %s reads "%s" and "%s" around a clock change', (instant, timezone, english, french) => {
    expect(formatDateTime(instant, 'full-with-zone', { language: 'en', timezone })).toBe(english);
    expect(formatDateTime(instant, 'full-with-zone', { language: 'fr', timezone })).toBe(french);
  });

  it('takes epoch milliseconds and instants written with any offset alike', () => {
    const place = { language: 'fr', timezone: 'Europe/Paris' };
    expect(formatDateTime(Date.parse(MONDAY), 'date-time', place)).toBe('30 nov. 2026 15:05');
    expect(formatDateTime('2026-11-30T09:05:00-05:00', 'date-time', place)).toBe('30 nov. 2026 15:05');
    // Without an offset the instant is ambiguous: refused rather than read in this computer's zone.
    expect(() => formatDateTime('2026-11-30T14:05:00', 'date-time', place)).toThrow(RangeError);
  });

  it.each([
    ['en', 0, '12:00 AM'],
    ['en', 12 * 60, '12:00 PM'],
    ['en', 23 * 60 + 59, '11:59 PM'],
    ['fr', 0, '00:00'],
    ['fr', 12 * 60, '12:00'],
    ['fr', 23 * 60 + 59, '23:59'],
  ])('%s: %i minutes past midnight read %s', (language, minutes, text) => {
    expect(formatDateTime(Date.UTC(2026, 10, 30) + minutes * 60_000, 'time', { language, timezone: 'UTC' })).toBe(text);
  });

  it.each([
    ['en-US', 'Monday, November 30, 2026 2:05 PM'],
    ['en-CA', 'Monday, November 30, 2026 2:05 PM'],
    ['en-GB', 'Monday, 30 November 2026 14:05'],
    ['en_GB', 'Monday, 30 November 2026 14:05'],
    ['en-AU', 'Monday, 30 November 2026 14:05'],
    ['en-IE', 'Monday, 30 November 2026 14:05'],
    ['fr-CA', 'lundi 30 novembre 2026 14:05'],
    ['fr_FR', 'lundi 30 novembre 2026 14:05'],
    // Cadence has no German messages: its dates stay in English with the rest, the day first as in German.
    ['de', 'Monday, 30 November 2026 14:05'],
    ['ja', 'Monday, November 30, 2026 2:05 PM'],
    ['not a tag', 'Monday, November 30, 2026 2:05 PM'],
  ])('a browser in %s reads the language Cadence speaks to it, in the order its region writes dates', (language, text) => {
    expect(formatDateTime(MONDAY, 'full', { language, timezone: 'UTC' })).toBe(text);
  });
});

describe('a calendar day in words', () => {
  it.each([
    ['en', '2026-12-14', 'December 14, 2026'],
    ['fr', '2026-12-14', '14 décembre 2026'],
    ['en', '2027-01-01', 'January 1, 2027'],
    ['fr', '2027-01-01', '1 janvier 2027'],
    ['fr', '2028-02-29', '29 février 2028'],
    ['en-GB', '2026-12-14', '14 December 2026'],
  ])('%s: %s is %s, whatever the zone', (language, day, text) => {
    expect(formatDay(day, language)).toBe(text);
  });

  it.each(['soon', '2026-02-30', '2026-13-01', '2026-1-5'])('refuses %s', (day) => {
    expect(() => formatDay(day, 'en')).toThrow(RangeError);
  });
});

describe('the language Cadence speaks', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['fr', 'fr'],
    ['FR-be', 'fr'],
    ['de-DE', 'en'],
    ['', 'en'],
  ])('to a browser in "%s": %s', (ui, language) => {
    expect(cadenceLanguage(ui)).toBe(language);
  });

  it('is the browser’s, for the mentor’s own dates, in this computer’s zone', () => {
    fakeBrowser.i18n.getUILanguage = () => 'fr-CA';
    expect(mentorLanguage()).toBe('fr');
    // The region stays with the dates: it says in which order they are written.
    expect(mentorLocale()).toBe('fr-CA');
    expect(mentorPlace()).toEqual({ language: 'fr-CA', timezone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  });
});
