import { type MessageKey, t } from '@/utils/shared/i18n';
import type { AttendanceSummary } from '@/utils/core/policy/attendance-summary';

/** Each count with its words for one and for many, in the order they are read. */
const COUNTS: [keyof AttendanceSummary, MessageKey, MessageKey][] = [
  ['held', 'attendanceHeldOne', 'attendanceHeldOther'],
  ['noShows', 'attendanceNoShowsOne', 'attendanceNoShowsOther'],
  ['lateCancellations', 'attendanceLateCancellationsOne', 'attendanceLateCancellationsOther'],
  ['plannedAbsences', 'attendancePlannedAbsencesOne', 'attendancePlannedAbsencesOther'],
  ['reportsOutstanding', 'attendanceReportsOutstandingOne', 'attendanceReportsOutstandingOther'],
];
/** The sessions to come, said where the whole record is shown (the student's page). */
const UPCOMING: (typeof COUNTS)[number] = ['upcoming', 'studentPageUpcomingOne', 'studentPageUpcomingOther'];

/** A student's attendance counts on one line ("3 held · 1 no-show · …"), each with its word for one or many. */
export function attendanceCounts(summary: AttendanceSummary, language: string, options: { upcoming?: boolean } = {}): string {
  const plural = new Intl.PluralRules(language);
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return [...COUNTS, ...(options.upcoming ? [UPCOMING] : [])]
    .map(([field, one, other]) => t(plural.select(summary[field]) === 'one' ? one : other, number.format(summary[field])))
    .join(' · ');
}
