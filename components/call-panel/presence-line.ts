import { arrivalOf } from '@/utils/core/policy/attendance-evidence';
import type { LiveSession } from '@/utils/core/session/live-session';
import { formatMinutes } from '@/utils/shared/format-duration';
import { mentorLanguage, mentorLocale, t } from '@/utils/shared/i18n';
import type { CallGlance } from '@/utils/protocol/ui-to-background';

/**
 * The strip's line on who came, at `now`: "Waiting for Awa · 7 min", then "Awa joined 14:07 · 7 min
 * late". Empty where the page could not tell (the clock alone speaks then), with no student named,
 * and once the session is over. It reads the arrival the background settled (the panel asks it
 * again when a move settles), and writes the time with the browser's own `Intl`: dayjs, which
 * Cadence's pages write times with, stays out of Meet's page.
 */
export function presenceLine(live: LiveSession | null, glance: CallGlance | null, now: number): string {
  const name = glance?.studentFirstName;
  const start = glance?.scheduledStart ?? null;
  if (!live?.presence?.known || live.endedAt || !name) return '';
  const minutes = (value: number) => formatMinutes(value, mentorLanguage());
  const arrival = arrivalOf(live.presence, start);
  if (!arrival) {
    // How late the student is: from the scheduled start, as the no-show rule counts it.
    const late = Math.floor((now - (start ? Date.parse(start) : live.startedAt)) / 60_000);
    return late > 0 ? t('presenceWaitingFor', name, minutes(late)) : t('presenceWaiting', name);
  }
  if (arrival.beforeMentor) return t('presenceBeforeYou', name);
  const time = new Date(arrival.at).toLocaleTimeString(mentorLocale(), { hour: 'numeric', minute: '2-digit' });
  if (!start) return t('presenceJoined', name, time);
  return arrival.lateMinutes ? t('presenceJoinedLate', name, time, minutes(arrival.lateMinutes)) : t('presenceJoinedOnTime', name, time);
}
