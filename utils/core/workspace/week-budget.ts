import type { Student } from '@/utils/core/platform/platform-schemas';
import type { Assignment } from '@/utils/core/review/assignment';
import type { SessionPlan } from './session-plan';

/** Next week's time against the work set for it, in minutes. */
export interface WeekBudget {
  available: number;
  planned: number;
  /** Negative when the work set is more than the time. */
  left: number;
  over: boolean;
}

/** The student's hours this week (or their usual hours) against the goals' estimates. */
export function weekBudget(
  plan: Pick<SessionPlan, 'hoursThisWeek'> | null,
  student: Pick<Student, 'weeklyHours'>,
  goals: Pick<Assignment, 'estimatedMinutes'>[],
): WeekBudget {
  // Hours may come in halves: round to the minute so the sums stay whole.
  const available = Math.round((plan?.hoursThisWeek ?? student.weeklyHours) * 60);
  const planned = goals.reduce((sum, goal) => sum + goal.estimatedMinutes, 0);
  return { available, planned, left: available - planned, over: planned > available };
}
