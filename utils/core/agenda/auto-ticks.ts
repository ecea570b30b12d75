import type { Assignment } from '@/utils/core/review/assignment';
import type { PhasePlan } from './plan-agenda';
import { DEFAULT_KIND_AGENDAS } from './session-kinds';

/** What the session's work says is done, as far as the agenda's checklist can tell. */
export interface WorkDone {
  sessionId: string;
  /** Last week's work to review in this session, reviewed or not. */
  review: Assignment[];
  /** Next week's work set so far. */
  goals: Assignment[];
  nextSessionFixed: boolean;
}

/**
 * The checklist items the work shows done: every piece of last week's work reviewed, next week's
 * work set, the next date fixed; in any kind's agenda, the items whose id ends in
 * `.each-assignment`, `.set-work` or `.next-date`. They tick themselves when they become done; the
 * mentor may still tick or untick any item.
 */
export function doneChecklistItems(
  work: WorkDone,
  phases: readonly Pick<PhasePlan, 'checklist'>[] = DEFAULT_KIND_AGENDAS.weekly,
): string[] {
  const done = new Set<string>();
  if (work.review.length > 0 && work.review.every((a) => a.review?.sessionId === work.sessionId)) done.add('each-assignment');
  if (work.goals.length > 0) done.add('set-work');
  if (work.nextSessionFixed) done.add('next-date');
  return phases.flatMap((phase) => phase.checklist.map((item) => item.id)).filter((id) => done.has(id.split('.')[1]!));
}

/** The items that became done with a change: only those tick themselves (an item the mentor unticked stays so). */
export function newlyDone(before: WorkDone | null, after: WorkDone, phases?: readonly Pick<PhasePlan, 'checklist'>[]): string[] {
  const was = new Set(before ? doneChecklistItems(before, phases) : []);
  return doneChecklistItems(after, phases).filter((id) => !was.has(id));
}
