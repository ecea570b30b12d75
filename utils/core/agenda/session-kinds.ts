import type { MessageKey } from '@/utils/core/languages';
import type { ChecklistItem, PhaseKey } from './phases';

/**
 * The kinds of session, each with its own agenda: most are the weekly check-in / progress / goals;
 * the first session with a student, a rehearsal of a project's defence and the first session after
 * a transfer run differently.
 */
export const SESSION_KINDS = ['first', 'weekly', 'rehearsal', 'after-transfer'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_KIND_NAMES = {
  first: 'kindFirst',
  weekly: 'kindWeekly',
  rehearsal: 'kindRehearsal',
  'after-transfer': 'kindAfterTransfer',
} as const satisfies Record<SessionKind, MessageKey>;

/** A phase of a kind's agenda: its share of the session in percent (a kind's shares add up to 100), and what to do in it. */
export interface KindPhase {
  key: PhaseKey;
  share: number;
  checklist: ChecklistItem[];
}

export type KindAgendas = Record<SessionKind, KindPhase[]>;

/**
 * Cadence's agendas, from the domain brief: the weekly split is its 10 / 30 / 10 minutes of a
 * 50-minute call. Ids are stable (a session's ticks are stored by id); an item the work can show
 * done keeps the suffix the auto-ticks look for (`.each-assignment`, `.set-work`, `.next-date`).
 */
export const DEFAULT_KIND_AGENDAS: KindAgendas = {
  first: [
    {
      key: 'introductions',
      share: 15,
      checklist: [
        { id: 'introductions.yourself', label: 'firstIntroduceYourself' },
        { id: 'introductions.student', label: 'firstStudentStory' },
      ],
    },
    {
      key: 'how-weeks-run',
      share: 20,
      checklist: [
        { id: 'how-weeks-run.one-call', label: 'firstOneCallAWeek' },
        { id: 'how-weeks-run.cancelling', label: 'firstCancelRules' },
        { id: 'how-weeks-run.between-calls', label: 'firstBetweenCalls' },
      ],
    },
    {
      key: 'path-and-project',
      share: 30,
      checklist: [
        { id: 'path-and-project.path', label: 'firstWalkPath' },
        { id: 'path-and-project.project', label: 'firstFirstProject' },
      ],
    },
    {
      key: 'free-time',
      share: 15,
      checklist: [
        { id: 'free-time.hours', label: 'firstWeeklyHours' },
        { id: 'free-time.busy-weeks', label: 'firstBusyWeeks' },
      ],
    },
    {
      key: 'first-goals',
      share: 20,
      checklist: [
        { id: 'first-goals.set-work', label: 'goalsSetWork' },
        { id: 'first-goals.fit-time', label: 'goalsFitTime' },
        { id: 'first-goals.next-date', label: 'goalsNextDate' },
      ],
    },
  ],
  weekly: [
    {
      key: 'check-in',
      share: 20,
      checklist: [
        { id: 'check-in.how-are-you', label: 'checkInHowAreYou' },
        { id: 'check-in.circumstances', label: 'checkInCircumstances' },
        { id: 'check-in.keep-short', label: 'checkInKeepShort' },
      ],
    },
    {
      key: 'progress',
      share: 60,
      checklist: [
        { id: 'progress.mentor-guide', label: 'progressMentorGuide' },
        { id: 'progress.each-assignment', label: 'progressEachAssignment' },
        { id: 'progress.screen-share', label: 'progressScreenShare' },
      ],
    },
    {
      key: 'goals',
      share: 20,
      checklist: [
        { id: 'goals.set-work', label: 'goalsSetWork' },
        { id: 'goals.fit-time', label: 'goalsFitTime' },
        { id: 'goals.next-date', label: 'goalsNextDate' },
      ],
    },
  ],
  rehearsal: [
    {
      key: 'presentation',
      share: 40,
      checklist: [
        { id: 'presentation.time-allowed', label: 'rehearsalTimeAllowed' },
        { id: 'presentation.no-interrupting', label: 'rehearsalNoInterrupting' },
      ],
    },
    {
      key: 'questions',
      share: 35,
      checklist: [
        { id: 'questions.evaluator', label: 'rehearsalEvaluatorQuestions' },
        { id: 'questions.why', label: 'rehearsalWhyChoices' },
      ],
    },
    {
      key: 'feedback',
      share: 25,
      checklist: [
        { id: 'feedback.strengths', label: 'rehearsalStrengths' },
        { id: 'feedback.to-improve', label: 'rehearsalToImprove' },
        { id: 'feedback.next-date', label: 'goalsNextDate' },
      ],
    },
  ],
  'after-transfer': [
    {
      key: 'handoff',
      share: 30,
      checklist: [
        { id: 'handoff.read-together', label: 'transferReadHandoff' },
        { id: 'handoff.yourself', label: 'transferIntroduceYourself' },
      ],
    },
    {
      key: 'student-view',
      share: 30,
      checklist: [
        { id: 'student-view.so-far', label: 'transferHowItWent' },
        { id: 'student-view.what-helps', label: 'transferWhatHelps' },
      ],
    },
    {
      key: 'goals-confirmed',
      share: 40,
      checklist: [
        { id: 'goals-confirmed.confirm', label: 'transferConfirmGoals' },
        { id: 'goals-confirmed.set-work', label: 'goalsSetWork' },
        { id: 'goals-confirmed.next-date', label: 'goalsNextDate' },
      ],
    },
  ],
};

/** What Cadence knows of a student's sessions when it proposes the kind of one of them. */
export interface KindEvidence {
  /** The session's start, in ms. */
  start: number;
  /** The starts (ms) of the student's other sessions that were held or may have been (completed, or pending and begun). */
  heldStarts: readonly number[];
  /** When a transfer of the student took effect (ms), if Cadence knows of one. */
  transferAt: number | null;
}

/**
 * The kind Cadence proposes: no earlier session with the student, the first session; the first
 * session since a transfer, after a transfer; otherwise the weekly one. The mentor may change it.
 */
export function proposeKind({ start, heldStarts, transferAt }: KindEvidence): SessionKind {
  const earlier = heldStarts.filter((at) => at < start);
  if (transferAt !== null && transferAt <= start && !earlier.some((at) => at >= transferAt)) return 'after-transfer';
  return earlier.length === 0 ? 'first' : 'weekly';
}

/** The student's sessions as the platform gives them, and the day a known transfer took effect (YYYY-MM-DD). */
export function kindEvidence(
  session: { id: string; studentId: string; start: string },
  sessions: readonly { id: string; studentId: string; start: string; status: string }[],
  transferDay: string | null,
): KindEvidence {
  return {
    start: Date.parse(session.start),
    heldStarts: sessions
      .filter((s) => s.studentId === session.studentId && s.id !== session.id && (s.status === 'completed' || s.status === 'pending'))
      .map((s) => Date.parse(s.start)),
    // A transfer is dated by the day, a session by the minute: the day as it begins in the earliest
    // time zone (UTC+14), so no session of that day anywhere reads as before it.
    transferAt: transferDay === null ? null : Date.parse(`${transferDay}T00:00:00Z`) - 14 * 3_600_000,
  };
}

/** The kind of a scheduled session before its call: the mentor's choice, else Cadence's proposal. */
export function kindOfSession(
  session: Parameters<typeof kindEvidence>[0],
  sessions: Parameters<typeof kindEvidence>[1],
  chosen: SessionKind | null,
  transferDay: string | null,
): SessionKind {
  return chosen ?? proposeKind(kindEvidence(session, sessions, transferDay));
}
