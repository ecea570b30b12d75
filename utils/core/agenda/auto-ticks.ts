import type { Assignment } from '@/utils/core/review/assignment';

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
 * The checklist items the work shows done: every piece of last week's work
 * reviewed, next week's work set, the next date fixed. They tick themselves
 * when they become done; the mentor may still tick or untick any item.
 */
export function doneChecklistItems(work: WorkDone): string[] {
  const done: string[] = [];
  if (work.review.length > 0 && work.review.every((a) => a.review?.sessionId === work.sessionId)) {
    done.push('progress.each-assignment');
  }
  if (work.goals.length > 0) done.push('goals.set-work');
  if (work.nextSessionFixed) done.push('goals.next-date');
  return done;
}

/** The items that became done with a change: only those tick themselves (an item the mentor unticked stays so). */
export function newlyDone(before: WorkDone | null, after: WorkDone): string[] {
  const was = new Set(before ? doneChecklistItems(before) : []);
  return doneChecklistItems(after).filter((id) => !was.has(id));
}
