import { parseInstant } from '@/utils/core/scheduling/next-session';
import { lateLimitMinutes, type AttendancePolicy } from './attendance-policy';

const MINUTE_MS = 60_000;

export interface Lateness {
  /** Whole minutes since the scheduled start; 0 before it. */
  minutesLate: number;
  limitMinutes: number;
  /** True once the student is more than the limit late: the session is a no-show. */
  pastLimit: boolean;
  /** The last instant still within the limit: any later and the session is a no-show. */
  noShowAt: number;
}

/**
 * How late the student is at `now`. The rule is "more than the limit": at
 * exactly 15:00 late the student is still on time for it, one millisecond
 * later they are not. Worked on instants, so the start's offset never matters.
 */
export function lateness(input: { scheduledStart: string; plannedMinutes: number; now: number; policy: AttendancePolicy }): Lateness {
  const start = parseInstant(input.scheduledStart);
  const limitMinutes = lateLimitMinutes(input.policy, input.plannedMinutes);
  const noShowAt = start + limitMinutes * MINUTE_MS;
  return {
    minutesLate: Math.max(0, Math.floor((input.now - start) / MINUTE_MS)),
    limitMinutes,
    pastLimit: input.now > noShowAt,
    noShowAt,
  };
}
