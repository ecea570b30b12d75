import { mentorLanguage, t } from '@/utils/shared/i18n';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { attendanceSummary } from '@/utils/core/policy/attendance-summary';
import { attendanceCounts } from '@/components/common/attendance-line';

interface Props {
  /** One student's sessions. */
  sessions: Session[];
  now: number;
}

/** A student's attendance over time, on one line. */
export function AttendanceOverview({ sessions, now }: Props) {
  const language = mentorLanguage();
  // Completing a session is validating its report: a completed session is a reported one.
  const reported = new Set(sessions.filter((session) => session.status === 'completed').map((session) => session.id));
  const summary = attendanceSummary(sessions, now, reported);
  return <p class="attendance-overview">{t('attendanceLine', attendanceCounts(summary, language))}</p>;
}
