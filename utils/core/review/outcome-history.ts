import type { SkillSignal } from '@/utils/core/exercises/rank-exercises';
import { OUTCOMES, type Assignment, type AssignmentReview, type Outcome } from './assignment';

export interface NotDoneRecurrence {
  recurring: boolean;
  sessionsWithNotDone: number;
  sessionsLookedAt: number;
  /** The sessions with a not-done, newest first. */
  sessionIds: string[];
}

type Reviewed = Assignment & { review: AssignmentReview };

const isReviewed = (assignment: Assignment): assignment is Reviewed => assignment.review !== null;

/**
 * Whether work left undone keeps coming back over the last review sessions,
 * the point at which the mentor should tell the platform. A session counts
 * once however many of its assignments were not done.
 */
export function notDoneRecurrence(
  assignments: Assignment[],
  { window = 3, threshold = 2 }: { window?: number; threshold?: number } = {},
): NotDoneRecurrence {
  const sessions = new Map<string, { latest: number; notDone: boolean }>();
  for (const { review } of assignments.filter(isReviewed)) {
    const at = Date.parse(review.at);
    const session = sessions.get(review.sessionId) ?? { latest: at, notDone: false };
    session.latest = Math.max(session.latest, at);
    session.notDone ||= review.outcome === 'not-done';
    sessions.set(review.sessionId, session);
  }
  const newest = [...sessions]
    .sort(([idA, a], [idB, b]) => b.latest - a.latest || (idA < idB ? -1 : idA > idB ? 1 : 0))
    .slice(0, Math.max(0, window));
  const sessionIds = newest.filter(([, session]) => session.notDone).map(([id]) => id);
  return {
    recurring: sessionIds.length >= threshold,
    sessionsWithNotDone: sessionIds.length,
    sessionsLookedAt: newest.length,
    sessionIds,
  };
}

/** One signal per skill of each reviewed assignment, at the exercise's level or else the student's. */
export function skillSignals(reviewed: Assignment[], studentLevel: number): SkillSignal[] {
  return reviewed.filter(isReviewed).flatMap((assignment) =>
    assignment.skills.map((skill) => ({
      skill,
      outcome: assignment.review.outcome,
      level: assignment.level ?? studentLevel,
    })),
  );
}

/** How many reviewed assignments ended in each outcome, every outcome present. */
export function outcomeCounts(assignments: Assignment[]): Record<Outcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<Outcome, number>;
  for (const { review } of assignments.filter(isReviewed)) counts[review.outcome] += 1;
  return counts;
}
