import { cadenceLanguage } from './i18n';

/**
 * How a date and a clock are written: as in the US (Nov 30, 2:05 PM), as in
 * Britain (30 Nov, 14:05) or in French (30 nov., 14:05).
 */
export type DateLocale = 'en' | 'en-gb' | 'fr';

const known = new Map<string, DateLocale>();

/**
 * The way a browser language tag writes dates: French for every French; for
 * English, the regions that put the day before the month (Britain, Ireland,
 * Australia, India…) write as Britain does, the others as the US does.
 */
export function dateLocale(tag: string): DateLocale {
  let locale = known.get(tag);
  if (!locale) {
    locale = cadenceLanguage(tag) === 'fr' ? 'fr' : dayBeforeMonth(tag) ? 'en-gb' : 'en';
    known.set(tag, locale);
  }
  return locale;
}

/** Whether the region of `tag` writes "30 Nov" rather than "Nov 30", as the browser's own dates do. */
function dayBeforeMonth(tag: string): boolean {
  try {
    const parts = new Intl.DateTimeFormat(tag.replace('_', '-'), { day: 'numeric', month: 'short', timeZone: 'UTC' }).formatToParts(0);
    return parts.findIndex((part) => part.type === 'day') < parts.findIndex((part) => part.type === 'month');
  } catch {
    return false; // Not a tag Intl knows: the US way, as English has by default.
  }
}
