import type { MessageKey } from '@/utils/core/languages';

/**
 * Every phase a session's agenda can have, each with its name in the mentor's words: the weekly
 * call's three, and those of the other kinds of session. A kind's phases are picked from this set
 * (the mentor may rearrange them in the options), so a phase's key is also its name.
 */
export const PHASE_KEYS = [
  'check-in',
  'progress',
  'goals',
  'introductions',
  'how-weeks-run',
  'path-and-project',
  'free-time',
  'first-goals',
  'presentation',
  'questions',
  'feedback',
  'handoff',
  'student-view',
  'goals-confirmed',
] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

export const PHASE_NAMES = {
  'check-in': 'phaseCheckIn',
  progress: 'phaseProgress',
  goals: 'phaseGoals',
  introductions: 'phaseIntroductions',
  'how-weeks-run': 'phaseHowWeeksRun',
  'path-and-project': 'phasePathAndProject',
  'free-time': 'phaseFreeTime',
  'first-goals': 'phaseFirstGoals',
  presentation: 'phasePresentation',
  questions: 'phaseQuestions',
  feedback: 'phaseFeedback',
  handoff: 'phaseHandoff',
  'student-view': 'phaseStudentView',
  'goals-confirmed': 'phaseGoalsConfirmed',
} as const satisfies Record<PhaseKey, MessageKey>;
export type PhaseName = (typeof PHASE_NAMES)[PhaseKey];

/**
 * One thing to do in a phase. Cadence's own items are messages (they follow the browser's
 * language); an item the mentor wrote in the options is their text, as typed.
 */
export type ChecklistItem = { id: string; label: MessageKey; text?: never } | { id: string; text: string; label?: never };

/** The most phases an agenda has, and the most items a phase's checklist has. */
export const MAX_PHASES = 6;
export const MAX_CHECKLIST_ITEMS = 8;
export const CHECKLIST_TEXT_MAX = 120;
/** A phase's share of the session, in whole percent. */
export const MIN_PHASE_SHARE = 1;
export const MAX_PHASE_SHARE = 100;

export const DEFAULT_PLANNED_MINUTES = 50;

/** The last stretch of a phase in which the panel warns the mentor. */
export const PHASE_WARNING_MS = 2 * 60_000;
