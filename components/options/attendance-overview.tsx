import { type MessageKey, mentorLanguage, t } from '@/utils/shared/i18n';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { type AttendanceSummary, attendanceSummary } from '@/utils/core/policy/attendance-summary';

interface Props {
  /** One student's sessions. */
  sessions: Session[];
  now: number;
}

/** Each count with its words for one and for many, in the order they are read. */
const COUNTS: [keyof AttendanceSummary, MessageKey, MessageKey][] = [
  ['held', 'attendanceHeldOne', 'attendanceHeldOther'],
  ['noShows', 'attendanceNoShowsOne', 'attendanceNoShowsOther'],
  ['lateCancellations', 'attendanceLateCancellationsOne', 'attendanceLateCancellationsOther'],
  ['plannedAbsences', 'attendancePlannedAbsencesOne', 'attendancePlannedAbsencesOther'],
  ['reportsOutstanding', 'attendanceReportsOutstandingOne', 'attendanceReportsOutstandingOther'],
];

/** A student's attendance over time, on one line. */
export function AttendanceOverview({ sessions, now }: Props) {
  const language = mentorLanguage();
  const plural = new Intl.PluralRules(language);
  const number = new Intl.NumberFormat(language);
  // Completing a session is validating its report: a completed session is a reported one.
  const reported = new Set(sessions.filter((session) => session.status === 'completed').map((session) => session.id));
  const summary = attendanceSummary(sessions, now, reported);
  const line = COUNTS.map(([field, one, other]) =>
    t(plural.select(summary[field]) === 'one' ? one : other, number.format(summary[field])),
  ).join(' · ');
  return <p class="attendance-overview">{t('attendanceLine', line)}</p>;
}
