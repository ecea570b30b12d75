import { parseInstant } from '@/utils/core/scheduling/next-session';
import type { AttendancePolicy } from './attendance-policy';
import type { SessionStatus } from '@/utils/core/platform/platform-schemas';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type CancelledBy = 'student' | 'mentor';
export type CancellationReason = 'unfinished-work' | 'illness' | 'work-or-family' | 'technical' | 'other';

export type CancellationWarning =
  | { kind: 'unfinished-work-short-notice'; noticeHours: number; requiredHours: number }
  | { kind: 'frequent-absences'; count: number; withinDays: number }
  /** The student cancelled once the call should have begun: as good as not turning up. */
  | { kind: 'after-start' };

/**
 * What a session lost or cancelled says where its report would be asked for (the panel after the call's
 * end, the session's work): a no-show or a cancellation takes no report. Null for a session that does.
 */
export function noReportMessage(status: SessionStatus): 'noReportAbsent' | 'noReportCanceled' | null {
  if (status === 'student_absent') return 'noReportAbsent';
  return status === 'canceled' || status === 'late_canceled' ? 'noReportCanceled' : null;
}

export interface CancellationVerdict {
  status: 'canceled' | 'late_canceled' | 'student_absent';
  /** Real hours between the cancellation and the scheduled start, unrounded; negative after the start. */
  noticeHours: number;
  /** True when the session is lost through the student: a late cancellation or a no-show. */
  billable: boolean;
  /** The share of the price paid to the mentor: the policy's no-show rate when billable, else 0. */
  payRate: number;
  warnings: CancellationWarning[];
}

/**
 * What a cancellation amounts to under the policy. Notice is the real time
 * between two instants, never a difference of wall clocks, so a daylight-saving
 * change or a start written in another zone cannot turn a 24-hour notice into a
 * no-show or back.
 *
 * By the student: less notice than `lateCancelHours` is a late cancellation
 * (a no-show, billable); exactly that much or more is a planned absence.
 * Unfinished work needs `unfinishedWorkNoticeHours`. Absences are frequent
 * when `earlierAbsences` within `withinDays` × 24 hours before this
 * cancellation (both ends included), plus this one, reach the policy's count;
 * this one counts even when late, since the student misses the call either way.
 *
 * By the mentor: always a plain cancellation; the student owes nothing.
 */
export function cancellationVerdict(input: {
  scheduledStart: string;
  cancelledAt: number;
  by: CancelledBy;
  reason: CancellationReason;
  policy: AttendancePolicy;
  /** The student's earlier planned absences (status 'canceled' by the student), their cancellation instants, to spot a pattern. */
  earlierAbsences: string[];
}): CancellationVerdict {
  const { policy, cancelledAt } = input;
  const noticeMs = parseInstant(input.scheduledStart) - cancelledAt;
  const noticeHours = noticeMs / HOUR_MS;
  if (input.by === 'mentor') return { status: 'canceled', noticeHours, billable: false, payRate: 0, warnings: [] };

  const warnings: CancellationWarning[] = [];
  if (noticeMs < 0) warnings.push({ kind: 'after-start' });
  if (input.reason === 'unfinished-work' && noticeMs < policy.unfinishedWorkNoticeHours * HOUR_MS) {
    warnings.push({ kind: 'unfinished-work-short-notice', noticeHours, requiredHours: policy.unfinishedWorkNoticeHours });
  }
  const { withinDays } = policy.frequentAbsences;
  const windowStart = cancelledAt - withinDays * DAY_MS;
  const count = 1 + input.earlierAbsences.map(parseInstant).filter((at) => at >= windowStart && at <= cancelledAt).length;
  if (count >= policy.frequentAbsences.count) warnings.push({ kind: 'frequent-absences', count, withinDays });

  return noticeMs < policy.lateCancelHours * HOUR_MS
    ? { status: 'late_canceled', noticeHours, billable: true, payRate: policy.noShowPayRate, warnings }
    : { status: 'canceled', noticeHours, billable: false, payRate: 0, warnings };
}

/** The student was later than the limit allows: the session is lost, paid at the no-show rate. No notice was given. */
export function noShowVerdict(policy: AttendancePolicy): CancellationVerdict {
  return { status: 'student_absent', noticeHours: 0, billable: true, payRate: policy.noShowPayRate, warnings: [] };
}
