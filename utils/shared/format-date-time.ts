import dayjs from 'dayjs';
import en from 'dayjs/locale/en.js';
import enGb from 'dayjs/locale/en-gb.js';
import fr from 'dayjs/locale/fr.js';
import localizedFormat from 'dayjs/plugin/localizedFormat.js';
import utc from 'dayjs/plugin/utc.js';
import { type DateLocale, dateLocale } from './date-locale';
import { mentorLocale } from './i18n';
import { parseInstant, wallClockAt } from '@/utils/core/scheduling/next-session';

// Every date and time a mentor reads is written here, by dayjs in the language's
// own words, order and clock. dayjs only ever formats a wall clock that Intl's
// offsets worked out for the zone (see `wallClockAt`): its own zones follow the
// machine's.
dayjs.extend(utc);
dayjs.extend(localizedFormat);

/**
 * Each way of writing dates, its dayjs locale and its one pattern dayjs has no
 * token for: a day near now with its time, the year left out.
 */
const LOCALES: Record<DateLocale, { locale: ILocale; nearDayTime: string }> = {
  en: {
    // dayjs's English keeps its formats in the plugin, where the short tokens (`ll`) cannot find them.
    locale: {
      ...en,
      formats: {
        LT: 'h:mm A',
        LTS: 'h:mm:ss A',
        L: 'MM/DD/YYYY',
        LL: 'MMMM D, YYYY',
        LLL: 'MMMM D, YYYY h:mm A',
        LLLL: 'dddd, MMMM D, YYYY h:mm A',
      },
    },
    nearDayTime: 'ddd, MMM D, LT',
  },
  'en-gb': { locale: enGb, nearDayTime: 'ddd D MMM, LT' },
  fr: { locale: fr, nearDayTime: 'ddd D MMM LT' },
};
for (const { locale } of Object.values(LOCALES)) dayjs.locale(locale, undefined, true);

/** How much of an instant is written; the examples are US English, then French (British English: 30 Nov 2026 14:05). */
export type DateTimeStyle =
  /** Nov 30, 2026 · 30 nov. 2026 */
  | 'date'
  /** November 30, 2026 · 30 novembre 2026 */
  | 'long-date'
  /** Nov 30, 2026 2:05 PM · 30 nov. 2026 14:05 */
  | 'date-time'
  /** Monday, November 30, 2026 2:05 PM · lundi 30 novembre 2026 14:05 */
  | 'full'
  /** The same with the zone's short name, for a reader who may live elsewhere: … 2:05 PM GMT+1 · … 14:05 UTC+1 */
  | 'full-with-zone'
  /** Mon, Nov 30, 2:05 PM · lun. 30 nov. 14:05: a day of this week or the next. */
  | 'near'
  /** Monday 2:05 PM · lundi 14:05 */
  | 'weekday-time'
  /** 2:05 PM · 14:05 */
  | 'time';

const PATTERNS: Record<Exclude<DateTimeStyle, 'near'>, string> = {
  date: 'll',
  'long-date': 'LL',
  'date-time': 'lll',
  full: 'LLLL',
  'full-with-zone': 'LLLL',
  'weekday-time': 'dddd LT',
  time: 'LT',
};

/** Where a date is read: in which language (a BCP 47 tag, its region heeded), on the clock of which IANA zone. */
export interface DateTimePlace {
  language: string;
  timezone: string;
}

/** The mentor's own place: this browser's language and region, this computer's zone. */
export function mentorPlace(): DateTimePlace {
  return { language: mentorLocale(), timezone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}

/**
 * An instant (epoch milliseconds, or ISO 8601 with an offset) as the clock of
 * `place.timezone` shows it, written in `place.language`.
 */
export function formatDateTime(instant: number | string, style: DateTimeStyle, place: DateTimePlace): string {
  const ms = typeof instant === 'number' ? instant : parseInstant(instant);
  const locale = dateLocale(place.language);
  const pattern = style === 'near' ? LOCALES[locale].nearDayTime : PATTERNS[style];
  const text = wallClockAt(ms, place.timezone).locale(locale).format(pattern);
  return style === 'full-with-zone' ? `${text} ${zoneName(ms, place.timezone, locale)}` : text;
}

/** A calendar day (YYYY-MM-DD) in words, e.g. December 14, 2026 · 14 December 2026 · 14 décembre 2026: a day has no zone of its own. */
export function formatDay(day: string, language: string): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(day) ? dayjs.utc(day) : null;
  // dayjs rolls 2026-02-30 over to March: a different day back means a bad input.
  if (!parsed?.isValid() || parsed.format('YYYY-MM-DD') !== day) throw new RangeError(`Not a day: ${day}`);
  return parsed.locale(dateLocale(language)).format(PATTERNS['long-date']);
}

/** A calendar month (YYYY-MM) in words, e.g. December 2026 · décembre 2026. */
export function formatMonth(month: string, language: string): string {
  const parsed = /^\d{4}-\d{2}$/.test(month) ? dayjs.utc(`${month}-01`) : null;
  if (!parsed?.isValid() || parsed.format('YYYY-MM') !== month) throw new RangeError(`Not a month: ${month}`);
  return parsed.locale(dateLocale(language)).format('MMMM YYYY');
}

const zoneNames = new Map<string, Intl.DateTimeFormat>();

/** The zone's short name at an instant in the language, e.g. GMT+1, EST, UTC+1: dayjs has no names for zones. */
function zoneName(ms: number, timezone: string, locale: DateLocale): string {
  const key = `${locale} ${timezone}`;
  let format = zoneNames.get(key);
  if (!format) zoneNames.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone: timezone, timeZoneName: 'short' })));
  return format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? timezone;
}
