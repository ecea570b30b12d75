import { t } from '../i18n';
import type { Student } from '../platform/platform-schemas';
import type { Assignment } from '../review/assignment';
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

/** A length of work as the mentor says it: "45 min", "10 h", "1 h 30 min". */
export function formatMinutes(minutes: number, language: string): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const number = new Intl.NumberFormat(language);
  if (hours === 0) return t('goalsDurationMinutes', number.format(rest));
  if (rest === 0) return t('goalsDurationHours', number.format(hours));
  return t('goalsDurationHoursMinutes', number.format(hours), number.format(rest));
}
