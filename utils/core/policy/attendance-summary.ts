import type { Session } from '@/utils/core/platform/platform-schemas';
import { parseInstant } from '@/utils/core/scheduling/next-session';

const MINUTE_MS = 60_000;

/**
 * A student's attendance over a list of sessions. Each session not cancelled
 * by the mentor falls in exactly one of held, noShows, lateCancellations,
 * plannedAbsences and upcoming.
 */
export interface AttendanceSummary {
  /** Completed sessions, and pending ones whose planned end is before `now`: the call's time is over and nobody flagged a no-show. */
  held: number;
  /** `student_absent`: the student came more than the limit late, or not at all. */
  noShows: number;
  /** `late_canceled`: the student cancelled with too little notice. */
  lateCancellations: number;
  /** `canceled` by the student (or by nobody on record), with enough notice. A mentor's own cancellations are not the student's absences and count nowhere. */
  plannedAbsences: number;
  /**
   * Held sessions still waiting for their report: pending, over before `now`,
   * and not in `reportedSessionIds`. A completed session has its report: the
   * mentor completes a session by validating the report.
   */
  reportsOutstanding: number;
  /** Pending sessions not over yet, the call under way included. */
  upcoming: number;
}

export function attendanceSummary(sessions: Session[], now: number, reportedSessionIds: ReadonlySet<string>): AttendanceSummary {
  const summary: AttendanceSummary = {
    held: 0,
    noShows: 0,
    lateCancellations: 0,
    plannedAbsences: 0,
    reportsOutstanding: 0,
    upcoming: 0,
  };
  for (const session of sessions) {
    switch (session.status) {
      case 'completed':
        summary.held += 1;
        break;
      case 'student_absent':
        summary.noShows += 1;
        break;
      case 'late_canceled':
        summary.lateCancellations += 1;
        break;
      case 'canceled':
        if (session.cancellation?.by !== 'mentor') summary.plannedAbsences += 1;
        break;
      case 'pending':
        if (parseInstant(session.start) + session.plannedMinutes * MINUTE_MS >= now) {
          summary.upcoming += 1;
        } else {
          summary.held += 1;
          if (!reportedSessionIds.has(session.id)) summary.reportsOutstanding += 1;
        }
    }
  }
  return summary;
}
