import type { z } from 'zod';
import type { assignmentKindSchema } from '@/utils/core/platform/platform-schemas';

/** How an assignment went, as the mentor records it in the review. */
export const OUTCOMES = ['aced', 'done', 'difficulties', 'not-done'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type AssignmentKind = z.infer<typeof assignmentKindSchema>;

export interface AssignmentReview {
  outcome: Outcome;
  note: string;
  /** The session in which it was reviewed. */
  sessionId: string;
  /** ISO instant of the last change to the review. */
  at: string;
}

/**
 * A piece of a week's work: set as a goal in one session, reviewed in the
 * next. Work the student did unasked is recorded during a review, already
 * reviewed.
 */
export interface Assignment {
  id: string;
  studentId: string;
  /** The session in which it was set (or, for `unasked`, noticed). */
  setInSessionId: string;
  origin: 'goal' | 'unasked';
  kind: AssignmentKind;
  title: string;
  url: string | null;
  estimatedMinutes: number;
  skills: string[];
  /** The exercise it came from, if any. */
  exerciseId: string | null;
  /** The exercise's level (1–5), when it came from one. */
  level: number | null;
  /** Its place in the list it was set in. */
  order: number;
  createdAt: string;
  /** ISO instant of the last change, the review's included: the newer copy wins an import. */
  updatedAt: string;
  review: AssignmentReview | null;
  /**
   * Set when it is work given again (not done, or done with difficulties,
   * the week before); absent on work given for the first time.
   */
  carriedOver?: CarriedOver;
}

/** The link from work given again to the times it was given before. */
export interface CarriedOver {
  /** The assignment given again: last week's. */
  fromId: string;
  /** The first time this work was given: every later time points at it. */
  firstId: string;
  /** How many times it has been given, this time included (2 the first time it comes back). */
  times: number;
}
