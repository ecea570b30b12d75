import type { IDBPTransaction } from 'idb';
import type { CadenceDb, CadenceSchema } from '@/utils/background/db/cadence-db';
import { RequestError } from '@/utils/protocol/request-error';
import type { CallPreview, WorkspaceView } from '@/utils/protocol/reply-views';
import type { LinkChoice, MyExerciseInput, WorkInput } from '@/utils/protocol/page-to-background';
import type { Exercise, Session, Student } from '@/utils/core/platform/platform-schemas';
import type { Assignment, Outcome } from '@/utils/core/review/assignment';
import { canGiveAgain, carryOver, givenAgainAs } from '@/utils/core/review/carry-over';
import { notDoneRecurrence } from '@/utils/core/review/outcome-history';
import type { LiveSession } from '@/utils/core/session/live-session';
import { newOutboxItem, type OutboxItem } from '@/utils/core/sync/outbox-item';
import { findSessionForCall } from './link-session';
import { emptyPlan, type SessionPlan } from '@/utils/core/workspace/session-plan';
import { byStart } from '@/utils/core/platform/session-time';
import { LOCAL_ID_PREFIX, isLocalId } from '@/utils/core/platform/local-ids';
import { newlyDone, type WorkDone } from '@/utils/core/agenda/auto-ticks';
import { kindOfSession, type SessionKind } from '@/utils/core/agenda/session-kinds';

export interface WorkspaceDeps {
  db: CadenceDb;
  now: number;
  newId: () => string;
}

const ALL_STORES = [
  'liveSessions',
  'sessions',
  'students',
  'assignments',
  'sessionPlans',
  'reportDrafts',
  'outbox',
  'meta',
  'transfers',
] as const;
type WorkspaceTx = IDBPTransaction<CadenceSchema, (typeof ALL_STORES)[number][], 'readwrite'>;
/** A transaction that only reads: the view's and the preview's. */
type ReadTx = IDBPTransaction<CadenceSchema, (typeof ALL_STORES)[number][], IDBTransactionMode>;

const iso = (time: number) => new Date(time).toISOString();

/**
 * The session's work (the student, the review, next week's goals and date),
 * kept by the background. Every change is one transaction that ends by
 * reading the view again, so a view always shows what is on disk.
 */
export function createWorkspaceStore({ db, now, newId }: WorkspaceDeps) {
  // Strict: once the reply says saved, the change is on disk, not in a cache.
  const write = (): WorkspaceTx => db.transaction([...ALL_STORES], 'readwrite', { durability: 'strict' });

  async function liveOf(tx: WorkspaceTx, liveSessionId: string): Promise<LiveSession> {
    const live = await tx.objectStore('liveSessions').get(liveSessionId);
    if (!live) throw new RequestError('not-found');
    return live;
  }

  /** The call's session and student; a call not linked yet is linked when a session fits. */
  async function linked(tx: WorkspaceTx, liveSessionId: string) {
    let live = await liveOf(tx, liveSessionId);
    if (live.sessionId === null) {
      const found = findSessionForCall(await tx.objectStore('sessions').getAll(), live.meetingCode, live.startedAt);
      if (found) {
        live = { ...live, sessionId: found.id };
        await tx.objectStore('liveSessions').put(live);
      }
    }
    const session = live.sessionId ? ((await tx.objectStore('sessions').get(live.sessionId)) ?? null) : null;
    const student = session ? ((await tx.objectStore('students').get(session.studentId)) ?? null) : null;
    return { live, session, student };
  }

  async function requireLinked(tx: WorkspaceTx, liveSessionId: string) {
    const { live, session, student } = await linked(tx, liveSessionId);
    if (!session || !student) throw new RequestError('not-found', 'no-student');
    return { live, session, student };
  }

  /** A session's surroundings: the student's work to review in it and set in it, and the session before it. */
  async function around(tx: ReadTx, session: Session, student: Student, allSessions: Session[]) {
    const assignments = await tx.objectStore('assignments').index('by-student').getAll(student.id);
    const startOf = new Map(allSessions.map((s) => [s.id, s.start]));
    const bySetting = (a: Assignment, b: Assignment) =>
      (startOf.get(a.setInSessionId) ?? a.createdAt).localeCompare(startOf.get(b.setInSessionId) ?? b.createdAt) || a.order - b.order;
    const review = assignments
      .filter((a) => (a.review ? a.review.sessionId === session.id : a.origin === 'goal' && a.setInSessionId !== session.id))
      .sort(bySetting);
    const goals = assignments.filter((a) => a.origin === 'goal' && a.setInSessionId === session.id).sort(bySetting);
    const previous =
      allSessions
        .filter(
          (s) =>
            s.studentId === student.id &&
            s.id !== session.id &&
            byStart(s, session) < 0 &&
            (s.status === 'completed' || s.status === 'pending'),
        )
        .sort((a, b) => byStart(b, a))[0] ?? null;
    const previousReport = previous ? await tx.objectStore('reportDrafts').get(previous.id) : undefined;
    return { assignments, review, goals, previous, previousSummary: previousReport?.summary.trim() || null };
  }

  async function view(tx: WorkspaceTx, liveSessionId: string): Promise<WorkspaceView> {
    const { live, session, student } = await linked(tx, liveSessionId);
    const connected = (await tx.objectStore('meta').get('connection'))?.key === 'connection';
    const allSessions = await tx.objectStore('sessions').getAll();
    const upcoming = allSessions.filter((s) => s.status === 'pending' && Date.parse(s.start) >= now - 86_400_000).sort(byStart);
    const empty: WorkspaceView = {
      live,
      session,
      student,
      previous: null,
      previousSummary: null,
      review: [],
      goals: [],
      plan: null,
      notDone: notDoneRecurrence([]),
      usedExerciseIds: [],
      nextSession: null,
      nextSessionMovable: false,
      upcoming,
      connected,
    };
    if (!session || !student) return empty;
    const { assignments, review, goals, previous, previousSummary } = await around(tx, session, student, allSessions);
    const plan = (await tx.objectStore('sessionPlans').get(session.id)) ?? null;
    const nextSession = plan?.nextSessionId ? ((await tx.objectStore('sessions').get(plan.nextSessionId)) ?? null) : null;
    return {
      ...empty,
      previous,
      previousSummary,
      review,
      goals,
      plan,
      notDone: notDoneRecurrence(assignments),
      usedExerciseIds: [...new Set(assignments.flatMap((a) => (a.exerciseId ? [a.exerciseId] : [])))],
      nextSession,
      nextSessionMovable: nextSession ? await movable(tx, nextSession) : false,
    };
  }

  /** A session made here moves freely until its write has gone out. */
  async function movable(tx: WorkspaceTx, session: Session): Promise<boolean> {
    if (!isLocalId(session.id)) return false;
    const write = await findWrite(tx, session.id);
    return !write || (write.attempts === 0 && write.state === 'pending');
  }

  async function findWrite(tx: WorkspaceTx, sessionId: string): Promise<OutboxItem | undefined> {
    return (await tx.objectStore('outbox').getAll()).find((item) => item.endpoint === 'scheduleSession' && item.entity?.id === sessionId);
  }

  async function planOf(tx: WorkspaceTx, session: Session): Promise<SessionPlan> {
    return (await tx.objectStore('sessionPlans').get(session.id)) ?? emptyPlan(session.id, session.studentId, now);
  }

  async function assignmentOf(tx: WorkspaceTx, id: string, studentId: string): Promise<Assignment> {
    const assignment = await tx.objectStore('assignments').get(id);
    if (!assignment || assignment.studentId !== studentId) throw new RequestError('not-found');
    return assignment;
  }

  function newAssignment(session: Session, work: WorkInput, origin: Assignment['origin'], order: number): Assignment {
    return {
      id: newId(),
      studentId: session.studentId,
      setInSessionId: session.id,
      origin,
      ...workFields(work),
      order,
      createdAt: iso(now),
      updatedAt: iso(now),
      review: null,
    };
  }

  /** What the agenda's checklist can tell from a view. */
  const workDone = (shown: WorkspaceView): WorkDone | null =>
    shown.session
      ? { sessionId: shown.session.id, review: shown.review, goals: shown.goals, nextSessionFixed: shown.plan?.nextSessionId != null }
      : null;

  /**
   * Runs a change and answers the view as the change left it. What the change
   * got done ticks itself in the call's checklist ("Fix the day and time" once
   * the date is fixed), in the same transaction.
   */
  async function change(liveSessionId: string, act: (tx: WorkspaceTx) => Promise<void>): Promise<WorkspaceView> {
    const tx = write();
    const before = workDone(await view(tx, liveSessionId));
    await act(tx);
    const result = await view(tx, liveSessionId);
    const after = workDone(result);
    const ticks =
      after && result.live.endedAt === null
        ? newlyDone(before, after, result.live.phases).filter((id) => !result.live.checked.includes(id))
        : [];
    if (ticks.length > 0) {
      result.live = { ...result.live, checked: [...result.live.checked, ...ticks], updatedAt: now };
      await tx.objectStore('liveSessions').put(result.live);
    }
    await tx.done;
    return result;
  }

  /** Before the call (Meet's lobby): the session a call on `meetingCode` would be, as of now, and what prepares it. */
  async function preview(meetingCode: string): Promise<CallPreview> {
    const tx: ReadTx = db.transaction([...ALL_STORES], 'readonly');
    const connected = (await tx.objectStore('meta').get('connection'))?.key === 'connection';
    const allSessions = await tx.objectStore('sessions').getAll();
    const session = findSessionForCall(allSessions, meetingCode, now);
    const student = session ? ((await tx.objectStore('students').get(session.studentId)) ?? null) : null;
    const shown: CallPreview = { session, student, previous: null, previousSummary: null, review: [], connected, kind: null };
    if (!session || !student) return { ...shown, session: null, student: null };
    const { review, previous, previousSummary } = await around(tx, session, student, allSessions);
    const chosen = (await tx.objectStore('sessionPlans').get(session.id))?.kind ?? null;
    const transferDay = (await tx.objectStore('transfers').get(student.id))?.effectiveDate ?? null;
    const kind = {
      current: kindOfSession(session, allSessions, chosen, transferDay),
      proposed: kindOfSession(session, allSessions, null, transferDay),
    };
    await tx.done;
    return { ...shown, review, previous, previousSummary, kind };
  }

  return {
    open: (liveSessionId: string) => change(liveSessionId, async () => {}),

    preview,

    /** Before the call: the kind of session the mentor says it is (null: as Cadence proposes), and the preview again. */
    async setKind(meetingCode: string, sessionId: string, kind: SessionKind | null): Promise<CallPreview> {
      const tx = write();
      const session = await tx.objectStore('sessions').get(sessionId);
      if (!session) throw new RequestError('not-found');
      await tx.objectStore('sessionPlans').put({ ...(await planOf(tx, session)), kind, updatedAt: iso(now) });
      await tx.done;
      return preview(meetingCode);
    },

    /** What the mentor may link the call to: sessions around now, and every active student. */
    async candidates(): Promise<{ sessions: Session[]; students: Student[] }> {
      const tx = db.transaction(['sessions', 'students']);
      const sessions = (await tx.objectStore('sessions').getAll())
        .filter((s) => s.status === 'pending' && Math.abs(Date.parse(s.start) - now) <= 7 * 86_400_000)
        .sort(byStart);
      const students = (await tx.objectStore('students').getAll()).filter((s) => s.active).sort((a, b) => a.name.localeCompare(b.name));
      return { sessions, students };
    },

    /** The mentor's choice: a session, or a student (a session is then made for this call). */
    link: (liveSessionId: string, choice: LinkChoice) =>
      change(liveSessionId, async (tx) => {
        const live = await liveOf(tx, liveSessionId);
        let sessionId: string;
        if ('sessionId' in choice) {
          if (!(await tx.objectStore('sessions').get(choice.sessionId))) throw new RequestError('not-found');
          sessionId = choice.sessionId;
        } else {
          if (!(await tx.objectStore('students').get(choice.studentId))) throw new RequestError('not-found');
          const session: Session = {
            id: `${LOCAL_ID_PREFIX}${newId()}`,
            studentId: choice.studentId,
            start: iso(live.startedAt),
            plannedMinutes: live.plannedMinutes,
            meetingUrl: live.meetingCode ? `https://meet.google.com/${live.meetingCode}` : null,
            status: 'pending',
            cancellation: null,
            rescheduledFrom: null,
            updatedAt: iso(now),
          };
          await tx.objectStore('sessions').put(session);
          sessionId = session.id;
        }
        await tx.objectStore('liveSessions').put({ ...live, sessionId, updatedAt: now });
      }),

    /** Records (or clears, with a null outcome) how an assignment went. */
    setOutcome: (liveSessionId: string, assignmentId: string, outcome: Outcome | null, note: string) =>
      change(liveSessionId, async (tx) => {
        const { session, student } = await requireLinked(tx, liveSessionId);
        const assignment = await assignmentOf(tx, assignmentId, student.id);
        if (assignment.setInSessionId === session.id && assignment.origin === 'goal') throw new RequestError('read-only');
        const review = outcome ? { outcome, note, sessionId: session.id, at: iso(now) } : null;
        await tx.objectStore('assignments').put({ ...assignment, review, updatedAt: iso(now) });
      }),

    /** Work the student did unasked, recorded already reviewed. */
    addUnasked: (liveSessionId: string, work: WorkInput, outcome: Outcome, note: string) =>
      change(liveSessionId, async (tx) => {
        const { session } = await requireLinked(tx, liveSessionId);
        const order = (await tx.objectStore('assignments').index('by-set-in-session').count(session.id)) + 1;
        const assignment = newAssignment(session, work, 'unasked', order);
        assignment.review = { outcome, note, sessionId: session.id, at: iso(now) };
        await tx.objectStore('assignments').put(assignment);
      }),

    addGoal: (liveSessionId: string, work: WorkInput) =>
      change(liveSessionId, async (tx) => {
        const { session } = await requireLinked(tx, liveSessionId);
        const siblings = await tx.objectStore('assignments').index('by-set-in-session').getAll(session.id);
        const order = Math.max(0, ...siblings.map((a) => a.order)) + 1;
        await tx.objectStore('assignments').put(newAssignment(session, work, 'goal', order));
      }),

    /**
     * Last week's work not done (or done with difficulties) set again for
     * next week in one action, linked to the first time it was given. Asked
     * twice, it is given once.
     */
    giveAgain: (liveSessionId: string, assignmentId: string) =>
      change(liveSessionId, async (tx) => {
        const { session, student } = await requireLinked(tx, liveSessionId);
        const assignment = await assignmentOf(tx, assignmentId, student.id);
        if (assignment.review?.sessionId !== session.id || !canGiveAgain(assignment)) throw new RequestError('read-only');
        const siblings = await tx.objectStore('assignments').index('by-set-in-session').getAll(session.id);
        if (givenAgainAs(assignment, siblings)) return;
        const order = Math.max(0, ...siblings.map((a) => a.order)) + 1;
        await tx.objectStore('assignments').put(carryOver(assignment, { sessionId: session.id, id: newId(), order, now: iso(now) }));
      }),

    updateGoal: (liveSessionId: string, assignmentId: string, work: WorkInput) =>
      change(liveSessionId, async (tx) => {
        const { session, student } = await requireLinked(tx, liveSessionId);
        const goal = await assignmentOf(tx, assignmentId, student.id);
        if (goal.setInSessionId !== session.id || goal.review) throw new RequestError('read-only');
        await tx.objectStore('assignments').put({ ...goal, ...workFields(work), updatedAt: iso(now) });
      }),

    removeGoal: (liveSessionId: string, assignmentId: string) =>
      change(liveSessionId, async (tx) => {
        const { session, student } = await requireLinked(tx, liveSessionId);
        const goal = await assignmentOf(tx, assignmentId, student.id);
        if (goal.setInSessionId !== session.id || goal.review) throw new RequestError('read-only');
        await tx.objectStore('assignments').delete(goal.id);
      }),

    /** The student's hours this week; null goes back to their usual hours. */
    setHours: (liveSessionId: string, hours: number | null) =>
      change(liveSessionId, async (tx) => {
        const { session } = await requireLinked(tx, liveSessionId);
        const plan = await planOf(tx, session);
        await tx.objectStore('sessionPlans').put({ ...plan, hoursThisWeek: hours, updatedAt: iso(now) });
      }),

    /**
     * Fixes next week's date: a session saved here, and queued for the
     * platform when one is connected and knows the student. Until that write
     * has gone out, fixing another date moves the same session.
     */
    fixNextSession: (liveSessionId: string, start: string, plannedMinutes: number) =>
      change(liveSessionId, async (tx) => {
        const { session } = await requireLinked(tx, liveSessionId);
        const plan = await planOf(tx, session);
        const startIso = new Date(start).toISOString();
        const existing = plan.nextSessionId ? await tx.objectStore('sessions').get(plan.nextSessionId) : undefined;
        if (existing && !(await movable(tx, existing))) throw new RequestError('read-only', 'already-sent');
        const writeId = (existing && (await findWrite(tx, existing.id))?.id) ?? newId();
        const next: Session = {
          id: existing?.id ?? `${LOCAL_ID_PREFIX}${writeId}`,
          studentId: session.studentId,
          start: startIso,
          plannedMinutes,
          meetingUrl: session.meetingUrl,
          status: 'pending',
          cancellation: null,
          rescheduledFrom: null,
          updatedAt: iso(now),
        };
        await tx.objectStore('sessions').put(next);
        const connected = (await tx.objectStore('meta').get('connection'))?.key === 'connection';
        if (connected && !isLocalId(session.studentId)) {
          const body = { studentId: next.studentId, start: next.start, plannedMinutes, meetingUrl: next.meetingUrl };
          const pending = await tx.objectStore('outbox').get(writeId);
          await tx
            .objectStore('outbox')
            .put(
              pending
                ? { ...pending, body }
                : newOutboxItem(
                    { id: writeId, endpoint: 'scheduleSession', params: {}, body, entity: { store: 'sessions', id: next.id } },
                    now,
                  ),
            );
        }
        await tx.objectStore('sessionPlans').put({ ...plan, nextSessionId: next.id, updatedAt: iso(now) });
      }),

    /** Warns the platform's staff that work was not done again; needs the platform. */
    flagNotDone: (liveSessionId: string, note: string) =>
      change(liveSessionId, async (tx) => {
        const { session, student } = await requireLinked(tx, liveSessionId);
        const connected = (await tx.objectStore('meta').get('connection'))?.key === 'connection';
        if (!connected || isLocalId(student.id)) throw new RequestError('disconnected', 'local-student');
        const plan = await planOf(tx, session);
        if (plan.notDoneFlaggedAt) return;
        const recurrence = notDoneRecurrence(await tx.objectStore('assignments').index('by-student').getAll(student.id));
        const body = { kind: 'work-not-done', sessionIds: recurrence.sessionIds.filter((id) => !isLocalId(id)), note };
        await tx
          .objectStore('outbox')
          .put(newOutboxItem({ id: newId(), endpoint: 'flagStudent', params: { studentId: student.id }, body, entity: null }, now));
        await tx.objectStore('sessionPlans').put({ ...plan, notDoneFlaggedAt: iso(now), updatedAt: iso(now) });
      }),

    async exercises(): Promise<{ platform: Exercise[]; mine: Exercise[] }> {
      const tx = db.transaction(['exercises', 'myExercises']);
      const [platform, mine] = await Promise.all([tx.objectStore('exercises').getAll(), tx.objectStore('myExercises').getAll()]);
      return { platform, mine: mine.sort((a, b) => a.title.localeCompare(b.title)) };
    },

    async saveMyExercise(input: MyExerciseInput): Promise<Exercise> {
      const exercise: Exercise = { ...input, id: input.id ?? `${LOCAL_ID_PREFIX}${newId()}`, updatedAt: iso(now) };
      if (!isLocalId(exercise.id)) throw new RequestError('read-only');
      await db.put('myExercises', exercise);
      return exercise;
    },

    async deleteMyExercise(id: string): Promise<void> {
      if (!isLocalId(id)) throw new RequestError('read-only');
      await db.delete('myExercises', id);
    },
  };
}

function workFields(work: WorkInput) {
  return {
    kind: work.kind,
    title: work.title,
    url: work.url || null,
    estimatedMinutes: work.estimatedMinutes,
    skills: work.skills,
    exerciseId: work.exerciseId,
    level: work.level,
  };
}

export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>;
