import type { Assignment } from './assignment';

/** Outcomes after which the same work may be given again: it was not finished. */
export const CARRY_OVER_OUTCOMES = ['not-done', 'difficulties'] as const;

/** Whether the mentor may give this reviewed assignment again next week. */
export function canGiveAgain(assignment: Assignment): boolean {
  const outcome = assignment.review?.outcome;
  return outcome !== undefined && (CARRY_OVER_OUTCOMES as readonly string[]).includes(outcome);
}

/** The goal already carrying `assignment` over among next week's, if any: giving it again twice adds nothing. */
export function givenAgainAs(assignment: Assignment, goals: Assignment[]): Assignment | null {
  return goals.find((goal) => goal.carriedOver?.fromId === assignment.id) ?? null;
}

/**
 * The same work set again in another session: what it is stays (title, link,
 * time, skills, exercise), its review starts afresh, and it keeps the link to
 * the first time it was given so the count follows it.
 */
export function carryOver(assignment: Assignment, into: { sessionId: string; id: string; order: number; now: string }): Assignment {
  return {
    ...assignment,
    id: into.id,
    setInSessionId: into.sessionId,
    origin: 'goal',
    order: into.order,
    createdAt: into.now,
    updatedAt: into.now,
    review: null,
    carriedOver: {
      fromId: assignment.id,
      firstId: assignment.carriedOver?.firstId ?? assignment.id,
      times: (assignment.carriedOver?.times ?? 1) + 1,
    },
  };
}

/** The first time a piece of work was given: what every later time of it points at. */
export const firstGivenId = (assignment: Assignment): string => assignment.carriedOver?.firstId ?? assignment.id;

/**
 * The student's work as lines: each piece of work once, with every time it
 * was given (oldest first). Lines come in the order each first appears in
 * `assignments` (newest first in, newest first out).
 */
export function workLines(assignments: Assignment[]): Assignment[][] {
  const lines = new Map<string, Assignment[]>();
  for (const assignment of assignments) {
    const key = firstGivenId(assignment);
    lines.set(key, [...(lines.get(key) ?? []), assignment]);
  }
  const timesOf = (assignment: Assignment) => assignment.carriedOver?.times ?? 1;
  return [...lines.values()].map((times) => [...times].sort((a, b) => timesOf(a) - timesOf(b)));
}
