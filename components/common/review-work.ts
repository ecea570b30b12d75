import { skillsFromText } from '@/utils/core/exercises/exercise-filter';
import type { MessageKey } from '@/utils/shared/i18n';
import type { WorkInput } from '@/utils/protocol/page-to-background';
import type { Session } from '@/utils/core/platform/platform-schemas';
import type { Assignment, AssignmentKind, Outcome } from '@/utils/core/review/assignment';
import { MAX_WEEKLY_HOURS, MAX_WORK_MINUTES, SKILL_NAME_MAX, SKILLS_MAX, WORK_TITLE_MAX } from '@/utils/core/rules/limits';

/** The outcomes in the order the mentor meets them in a review. */
export const OUTCOME_CHOICES: readonly Outcome[] = ['done', 'aced', 'difficulties', 'not-done'];

export const OUTCOME_NAMES: Record<Outcome, MessageKey> = {
  done: 'reviewOutcomeDone',
  aced: 'reviewOutcomeAced',
  difficulties: 'reviewOutcomeDifficulties',
  'not-done': 'reviewOutcomeNotDone',
};

/**
 * The review's three answers to "how did it go?": done (aced is done, and
 * said apart), difficulties, not done.
 */
export const OUTCOME_SEGMENTS = ['done', 'difficulties', 'not-done'] as const;
export type OutcomeSegment = (typeof OUTCOME_SEGMENTS)[number];

export const SEGMENT_NAMES: Record<OutcomeSegment, MessageKey> = {
  done: 'reviewOutcomeDone',
  difficulties: 'reviewChoiceDifficulties',
  'not-done': 'reviewOutcomeNotDone',
};

/** The answer an outcome falls under. */
export const segmentOf = (outcome: Outcome): OutcomeSegment => (outcome === 'aced' ? 'done' : outcome);

export const KIND_NAMES: Record<AssignmentKind, MessageKey> = {
  'course-part': 'reviewKindCoursePart',
  exercise: 'reviewKindExercise',
  'project-step': 'reviewKindProjectStep',
};

/** Hours as typed (`7.5`, `7,5`), or null when not a number of hours the background takes (0 to `MAX_WEEKLY_HOURS`). */
export function parseHours(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  const hours = Number(trimmed);
  return Number.isFinite(hours) && hours >= 0 && hours <= MAX_WEEKLY_HOURS ? hours : null;
}

export interface UnaskedDraft {
  title: string;
  kind: AssignmentKind;
  minutes: string;
  skills: string;
  outcome: Outcome | '';
  note: string;
}

export type UnaskedField = 'title' | 'minutes' | 'skills' | 'outcome';

/** What is wrong with work done unasked, by the background's own limits; empty when it can be sent. */
export function checkUnasked(draft: UnaskedDraft, language: string): Partial<Record<UnaskedField, MessageKey>> {
  const errors: Partial<Record<UnaskedField, MessageKey>> = {};
  const title = draft.title.trim();
  if (!title || title.length > WORK_TITLE_MAX) errors.title = 'reviewTitleMissing';
  const minutes = draft.minutes.trim();
  if (minutes && !(/^\d+$/.test(minutes) && Number(minutes) <= MAX_WORK_MINUTES)) errors.minutes = 'reviewMinutesInvalid';
  const skills = skillsFromText(draft.skills, language);
  if (skills.length > SKILLS_MAX || skills.some((skill) => skill.length > SKILL_NAME_MAX)) errors.skills = 'reviewSkillsInvalid';
  if (!draft.outcome) errors.outcome = 'reviewOutcomeMissing';
  return errors;
}

/** The work as the background takes it; no minutes typed counts as none. */
export function unaskedWork(draft: UnaskedDraft, language: string): WorkInput {
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    url: '',
    estimatedMinutes: Number(draft.minutes.trim() || 0),
    skills: skillsFromText(draft.skills, language),
    exerciseId: null,
    level: null,
  };
}

/** When a goal was set: the start of the session it was set in, if that session is known here. */
export function settingDate(assignment: Assignment, sessions: readonly (Session | null)[]): string | null {
  if (assignment.origin !== 'goal') return null;
  return sessions.find((session) => session?.id === assignment.setInSessionId)?.start ?? null;
}

/** How many of the goals set earlier have an outcome; work done unasked is reviewed by nature and not counted. */
export function reviewProgress(review: readonly Assignment[]): { reviewed: number; total: number } {
  const goals = review.filter((assignment) => assignment.origin === 'goal');
  return { reviewed: goals.filter((goal) => goal.review).length, total: goals.length };
}
