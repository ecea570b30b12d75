import type { MessageKey } from '@/utils/core/languages';

/** The three phases of the weekly call, in order, with what the mentor does in each. */
export const PHASE_KEYS = ['check-in', 'progress', 'goals'] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

export const PHASE_NAMES: Record<PhaseKey, MessageKey> = {
  'check-in': 'phaseCheckIn',
  progress: 'phaseProgress',
  goals: 'phaseGoals',
};

export interface ChecklistItem {
  /** Stable: ticks are stored by id. */
  id: string;
  label: MessageKey;
}

export const PHASE_CHECKLISTS: Record<PhaseKey, readonly ChecklistItem[]> = {
  'check-in': [
    { id: 'check-in.how-are-you', label: 'checkInHowAreYou' },
    { id: 'check-in.circumstances', label: 'checkInCircumstances' },
    { id: 'check-in.keep-short', label: 'checkInKeepShort' },
  ],
  progress: [
    { id: 'progress.mentor-guide', label: 'progressMentorGuide' },
    { id: 'progress.each-assignment', label: 'progressEachAssignment' },
    { id: 'progress.screen-share', label: 'progressScreenShare' },
  ],
  goals: [
    { id: 'goals.set-work', label: 'goalsSetWork' },
    { id: 'goals.fit-time', label: 'goalsFitTime' },
    { id: 'goals.next-date', label: 'goalsNextDate' },
  ],
};

/** The split of the domain brief: about 10 / 30 / 10 minutes of a 50-minute call. */
export const DEFAULT_PHASE_WEIGHTS: Record<PhaseKey, number> = {
  'check-in': 10,
  progress: 30,
  goals: 10,
};

export const DEFAULT_PLANNED_MINUTES = 50;

/** The last stretch of a phase in which the panel warns the mentor. */
export const PHASE_WARNING_MS = 2 * 60_000;
