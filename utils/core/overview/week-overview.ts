import type { Session, Student } from '@/utils/core/platform/platform-schemas';
import type { Assignment } from '@/utils/core/review/assignment';
import type { OutboxItem } from '@/utils/core/sync/outbox-item';
import { byStart } from '@/utils/core/platform/session-time';

/** The next session, with what the mentor needs before it. */
export interface NextSession {
  session: Session;
  student: Student;
  /** The goals set last time: what the review will go through. */
  lastGoals: Assignment[];
}

/** A session and its student's name, one line of a list. */
export interface SessionLine {
  session: Session;
  studentName: string;
}

/** What the toolbar popup shows, read from the local database only. */
export interface WeekOverview {
  next: NextSession | null;
  /** The other sessions of the coming seven days, soonest first. */
  week: SessionLine[];
  /** Sessions held (their call ended, or their planned end passed) whose report is not ended yet. */
  reportsOutstanding: SessionLine[];
  /** Changes the platform refused, waiting for the mentor. */
  attention: Pick<OutboxItem, 'id' | 'endpoint' | 'lastError'>[];
  /** What the toolbar badge counts: reports outstanding and changes needing attention. */
  badgeCount: number;
  connected: boolean;
}

const DAY_MS = 86_400_000;

export interface WeekOverviewInput {
  sessions: readonly Session[];
  students: readonly Student[];
  assignments: readonly Assignment[];
  /** Sessions whose report the mentor has ended (sent or not). */
  reportedSessionIds: ReadonlySet<string>;
  outbox: readonly OutboxItem[];
  /** Students transferred away, their date passed. */
  formerStudentIds: ReadonlySet<string>;
  /** Sessions whose call the mentor ended (by hand or Meet's end screen), whatever the planned end says. */
  endedCallSessionIds: ReadonlySet<string>;
  connected: boolean;
  now: number;
}

const endOf = (session: Session) => Date.parse(session.start) + session.plannedMinutes * 60_000;

/**
 * Whether a session's call is behind the mentor: its call ended, or its planned
 * end passed. A call ended early is over at once, not at its planned end: it is
 * no longer one to join, and its report is due now.
 */
export const isHeld = (session: Session, endedCallSessionIds: ReadonlySet<string>, now: number) =>
  endedCallSessionIds.has(session.id) || endOf(session) <= now;

/**
 * The mentor's week as the popup shows it. The next session is the first
 * pending one not over yet (a call under way still counts: the mentor may be
 * late to join it; a call the mentor ended does not).
 */
export function weekOverview(input: WeekOverviewInput): WeekOverview {
  const students = new Map(input.students.map((student) => [student.id, student]));
  const pending = input.sessions.filter((session) => session.status === 'pending' && students.has(session.studentId)).sort(byStart);
  // A former student has no sessions to come with this mentor, but a report still owed is owed.
  const current = pending.filter((session) => !input.formerStudentIds.has(session.studentId));
  const line = (session: Session): SessionLine => ({ session, studentName: students.get(session.studentId)!.name });
  const held = (session: Session) => isHeld(session, input.endedCallSessionIds, input.now);
  const coming = current.filter((session) => !held(session));
  const nextSession = coming[0];
  let next: NextSession | null = null;
  if (nextSession) {
    const student = students.get(nextSession.studentId)!;
    // The goals set in the student's latest session held before this one: a
    // cancelled or missed session sets none, the goals before it still stand.
    const previous = input.sessions
      .filter(
        (s) =>
          s.studentId === student.id &&
          byStart(s, nextSession) < 0 &&
          s.id !== nextSession.id &&
          (s.status === 'completed' || s.status === 'pending'),
      )
      .sort((a, b) => byStart(b, a))[0];
    const lastGoals = previous
      ? input.assignments.filter((a) => a.origin === 'goal' && a.setInSessionId === previous.id).sort((a, b) => a.order - b.order)
      : [];
    next = { session: nextSession, student, lastGoals };
  }
  const week = coming
    .slice(1)
    .filter((session) => Date.parse(session.start) < input.now + 7 * DAY_MS)
    .map(line);
  const reportsOutstanding = pending.filter((session) => held(session) && !input.reportedSessionIds.has(session.id)).map(line);
  const attention = input.outbox
    .filter((item) => item.state === 'needs-attention')
    .map(({ id, endpoint, lastError }) => ({ id, endpoint, lastError }));
  return {
    next,
    week,
    reportsOutstanding,
    attention,
    badgeCount: reportsOutstanding.length + attention.length,
    connected: input.connected,
  };
}
