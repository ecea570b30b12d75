import { cadenceLanguage, type Language, t } from './i18n';

/**
 * A duration as a running clock: `4:05`, `12:00`, `1:02:09`; the sign is the
 * caller's. Time left counts `up` to the next second, as a countdown does, so
 * elapsed and left always add up to the phase.
 */
export function formatClock(ms: number, round: 'down' | 'up' = 'down'): string {
  const seconds = Math.abs(ms) / 1000;
  const totalSeconds = round === 'up' ? Math.ceil(seconds) : Math.floor(seconds);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const ss = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

// The in-call panel loads this module: it keeps to plain numbers, and leaves
// dayjs (utils/shared/format-date-time.ts) to the extension's pages.

/** Whether the minutes after the hours take two digits, as on a clock: French writes 1 h 05, English 1 h 5 min. */
const MINUTES_AS_ON_A_CLOCK: Record<Language, boolean> = { en: false, fr: true };

/** A length of work as the mentor says it: "45 min", "10 h", "1 h 30 min" (French: "1 h 30"). */
export function formatMinutes(minutes: number, language: string): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const number = new Intl.NumberFormat(language);
  if (hours === 0) return t('goalsDurationMinutes', number.format(rest));
  if (rest === 0) return t('goalsDurationHours', number.format(hours));
  const restText = MINUTES_AS_ON_A_CLOCK[cadenceLanguage(language)] ? String(rest).padStart(2, '0') : number.format(rest);
  return t('goalsDurationHoursMinutes', number.format(hours), restText);
}
