import type { IDBPTransaction } from 'idb';
import type { CadenceDb, CadenceSchema } from '@/utils/background/db/cadence-db';
import { currentSessionId } from './session-references';
import { RequestError } from '@/utils/protocol/request-error';
import type { DraftSaved, EndResult, ReportDelivery, ReportView } from '@/utils/protocol/reply-views';
import { kindsOfSessions } from '@/utils/core/agenda/kinds-held';
import type { Session, Student } from '@/utils/core/platform/platform-schemas';
import { type AttendancePolicy } from '@/utils/core/policy/attendance-policy';
import { cancellationVerdict, type CancellationReason, type CancelledBy, noShowVerdict } from '@/utils/core/policy/cancellation-policy';
import { lateness } from '@/utils/core/policy/lateness';
import { newOutboxItem, type OutboxWrite, type WriteEndpoint } from '@/utils/core/sync/outbox-item';
import {
  emptyReportFields,
  fieldsOf,
  type ReportDraft,
  type ReportFields,
  reportInput,
  reportProblems,
  withPrefilledAttendance,
} from '@/utils/core/report/report-draft';
import { applySave } from '@/utils/core/report/draft-merge';
import { type AttendanceEvidence, attendanceEvidence } from '@/utils/core/policy/attendance-evidence';
import { LOCAL_ID_PREFIX, isLocalId } from '@/utils/core/platform/local-ids';
import { moveSession, type SessionMove } from '@/utils/core/scheduling/move-session';
import { noteMove } from './session-moves';

const STORES = [
  'reportDrafts',
  'sessions',
  'students',
  'assignments',
  'sessionPlans',
  'liveSessions',
  'outbox',
  'meta',
  'exercises',
  'myExercises',
] as const;
type ReportTx = IDBPTransaction<CadenceSchema, (typeof STORES)[number][], 'readwrite'>;

export interface ReportStoreDeps {
  db: CadenceDb;
  now: number;
  newId: () => string;
  policy: AttendancePolicy;
}

/**
 * Reports, and the sessions that end without one (no-shows, cancellations).
 * Every change is one strict transaction: once the reply says saved, the
 * words are on disk.
 */
export function createReportStore({ db, now, newId, policy }: ReportStoreDeps) {
  const write = (): ReportTx => db.transaction([...STORES], 'readwrite', { durability: 'strict' });

  async function sessionOf(tx: ReportTx, sessionId: string) {
    // A page opened on a session made here keeps its first id after the platform names it.
    const session = await tx.objectStore('sessions').get(await currentSessionId(tx, sessionId));
    const student = session && (await tx.objectStore('students').get(session.studentId));
    if (!session || !student) throw new RequestError('not-found');
    return { session, student };
  }

  async function draftOf(tx: ReportTx, session: Session): Promise<ReportDraft> {
    const stored = await tx.objectStore('reportDrafts').get(session.id);
    // A draft kept before revisions were counted is revision 0: its words stay, and the next save builds on them.
    if (stored) return { ...stored, revision: stored.revision ?? 0 };
    return {
      ...emptyReportFields(),
      sessionId: session.id,
      studentId: session.studentId,
      revision: 0,
      savedAt: 0,
      ended: null,
      sent: null,
    };
  }

  /**
   * What the session's calls showed of the student: the first call someone else came to, else the
   * first where the page could tell that nobody did (waited until that call's end), else nothing.
   */
  async function evidenceOf(tx: ReportTx, session: Session): Promise<AttendanceEvidence> {
    const calls = (await tx.objectStore('liveSessions').getAll())
      .filter((live) => live.sessionId === session.id)
      .sort((a, b) => a.startedAt - b.startedAt);
    let found: AttendanceEvidence = { kind: 'unknown' };
    for (const live of calls) {
      const evidence = attendanceEvidence(live.presence, {
        scheduledStart: session.start,
        mentorJoinedAt: live.startedAt,
        now: live.endedAt ?? now,
      });
      if (evidence.kind === 'arrived') return evidence;
      if (found.kind === 'unknown') found = evidence;
    }
    return found;
  }

  const connectionIn = async (tx: ReportTx) => {
    const connection = await tx.objectStore('meta').get('connection');
    return connection?.key === 'connection' ? connection : null;
  };
  const connectedIn = async (tx: ReportTx) => (await connectionIn(tx)) !== null;
  const writesFor = async (tx: ReportTx, endpoint: WriteEndpoint, sessionId: string) =>
    (await tx.objectStore('outbox').getAll()).filter((item) => item.endpoint === endpoint && item.params.sessionId === sessionId);

  async function view(tx: ReportTx, sessionId: string): Promise<ReportView> {
    const { session, student } = await sessionOf(tx, sessionId);
    const evidence = await evidenceOf(tx, session);
    const draft = withPrefilledAttendance(await draftOf(tx, session), evidence);
    const assignments = await tx.objectStore('assignments').index('by-student').getAll(student.id);
    const plan = await tx.objectStore('sessionPlans').get(session.id);
    const nextSession = plan?.nextSessionId ? ((await tx.objectStore('sessions').get(plan.nextSessionId)) ?? null) : null;
    const [write] = await writesFor(tx, 'submitReport', session.id);
    const connection = await connectionIn(tx);
    let delivery: ReportDelivery = { state: 'draft' };
    if (write?.state === 'needs-attention') delivery = { state: 'needs-attention', error: write.lastError };
    else if (write) delivery = { state: 'sending', lastError: write.lastError, needsReconnect: connection?.needsReconnect ?? false };
    else if (draft.sent && draft.ended && draft.sent.revision >= draft.ended.revision) delivery = { state: 'sent', at: draft.sent.at };
    else if (draft.ended) delivery = { state: 'saved-locally' };
    const goals = assignments.filter((a) => a.origin === 'goal' && a.setInSessionId === session.id).sort((a, b) => a.order - b.order);
    const exerciseInstructions: Record<string, string> = {};
    for (const { exerciseId } of goals) {
      if (!exerciseId || exerciseId in exerciseInstructions) continue;
      const exercise = (await tx.objectStore('exercises').get(exerciseId)) ?? (await tx.objectStore('myExercises').get(exerciseId));
      if (exercise) exerciseInstructions[exerciseId] = exercise.instructions;
    }
    const lives = (await tx.objectStore('liveSessions').getAll()).filter((live) => live.sessionId === session.id);
    return {
      draft,
      session,
      student,
      goals,
      reviewed: assignments.filter((a) => a.review?.sessionId === session.id),
      kind: kindsOfSessions(lives, plan ? [plan] : []).get(session.id) ?? null,
      nextSession,
      delivery,
      changedSinceEnd: draft.ended !== null && draft.revision > draft.ended.revision,
      connected: connection !== null,
      toPlatform: await platformKnows(tx, student, session.id),
      mentorName: connection?.mentorName ?? null,
      attendanceEvidence: evidence,
      exerciseInstructions,
    };
  }

  async function read(sessionId: string): Promise<ReportView> {
    const tx = write();
    const result = await view(tx, sessionId);
    await tx.done;
    return result;
  }

  /** Whether a write about this student (and session) goes to the platform: connected, and it knows them. */
  async function platformKnows(tx: ReportTx, student: Student, sessionId: string | undefined): Promise<boolean> {
    if (!(await connectedIn(tx)) || isLocalId(student.id)) return false;
    // A session made here reaches the platform only through its own queued write (which renames it
    // once sent); one that has none (picked for a call by hand) is the mentor's alone.
    if (!sessionId || !isLocalId(sessionId)) return true;
    return (await tx.objectStore('outbox').getAll()).some(
      (other) => other.entity?.id === sessionId && (other.endpoint === 'scheduleSession' || other.endpoint === 'rescheduleSession'),
    );
  }

  /** Puts a write in the outbox when the platform is connected and knows the student. */
  async function queue(tx: ReportTx, student: Student, write: OutboxWrite) {
    if (!(await platformKnows(tx, student, write.params.sessionId))) return;
    await tx.objectStore('outbox').put(newOutboxItem(write, now));
  }

  return {
    open: read,

    /**
     * The fields a view changed since the revision it was based on. A field
     * nobody else changed since is written; one changed in another view since
     * is not overwritten: the reply names it, with the stored text, and the
     * view shows the mentor both. A new revision is written only when a field changed.
     */
    async saveDraft(sessionId: string, editor: string, baseRevision: number, changes: Partial<ReportFields>): Promise<DraftSaved> {
      const tx = write();
      const { session } = await sessionOf(tx, sessionId);
      const draft = await draftOf(tx, session);
      const { fieldRevisions, fieldEditors } = draft;
      const result = applySave(
        { fields: fieldsOf(draft), revision: draft.revision, fieldRevisions, fieldEditors },
        baseRevision,
        changes,
        editor,
      );
      const saved: ReportDraft = result.changed
        ? {
            ...draft,
            ...result.fields,
            revision: draft.revision + 1,
            fieldRevisions: result.fieldRevisions,
            fieldEditors: result.fieldEditors,
            savedAt: now,
          }
        : draft;
      if (result.changed) await tx.objectStore('reportDrafts').put(saved);
      await tx.done;
      return {
        sessionId: session.id,
        revision: saved.revision,
        savedAt: saved.savedAt,
        fields: fieldsOf(saved),
        conflicts: result.conflicts,
      };
    },

    /**
     * "Send the report" (or "Finish the report" in local mode): the report must be sound; the session is then completed
     * here and the report queued. Ending again after a change sends it as a
     * correction; a report not sent yet is replaced in its queued write.
     */
    async end(sessionId: string): Promise<EndResult> {
      const tx = write();
      const { session, student } = await sessionOf(tx, sessionId);
      if (session.status !== 'pending' && session.status !== 'completed') throw new RequestError('read-only', 'canceled');
      const draft = withPrefilledAttendance(await draftOf(tx, session), await evidenceOf(tx, session));
      const plan = await tx.objectStore('sessionPlans').get(session.id);
      const next = plan?.nextSessionId ? await tx.objectStore('sessions').get(plan.nextSessionId) : undefined;
      const goals = (await tx.objectStore('assignments').index('by-set-in-session').getAll(session.id))
        .filter((a) => a.origin === 'goal')
        .sort((a, b) => a.order - b.order);
      const queued = (await writesFor(tx, 'submitReport', session.id)).find((item) => item.attempts === 0 && item.state === 'pending');
      const reachedPlatform = draft.sent !== null || (await writesFor(tx, 'submitReport', session.id)).some((item) => item !== queued);
      const correction = queued ? (queued.body as { correction: boolean }).correction : reachedPlatform;
      const input = reportInput(draft, goals, next?.start ?? null, correction);
      const problems = reportProblems(input, await platformKnows(tx, student, session.id));
      if (problems.length) {
        tx.abort();
        await tx.done.catch(() => {});
        return { ended: false, problems };
      }
      // Sent as it stands, the attendance is the mentor's: confirmed.
      await tx
        .objectStore('reportDrafts')
        .put({ ...draft, attendancePrefilled: false, ended: { at: now, revision: draft.revision, correction } });
      if (session.status === 'pending') {
        await tx.objectStore('sessions').put({ ...session, status: 'completed', updatedAt: new Date(now).toISOString() });
      }
      for (const live of await tx.objectStore('liveSessions').getAll()) {
        if (live.sessionId === session.id && live.endedAt === null) {
          await tx.objectStore('liveSessions').put({ ...live, endedAt: now, endReason: 'mentor', updatedAt: now });
        }
      }
      if (queued) await tx.objectStore('outbox').put({ ...queued, body: input });
      else {
        await queue(tx, student, {
          id: newId(),
          endpoint: 'submitReport',
          params: { sessionId: session.id },
          body: input,
          entity: { store: 'sessions', id: session.id },
        });
      }
      const result = await view(tx, sessionId);
      await tx.done;
      return { ended: true, view: result };
    },

    /** The student is late past the limit: the session is lost (`student_absent`). */
    async flagNoShow(sessionId: string, comment: string): Promise<Session> {
      const tx = write();
      const { session, student } = await sessionOf(tx, sessionId);
      if (session.status !== 'pending') throw new RequestError('read-only', 'not-pending');
      const late = lateness({ scheduledStart: session.start, plannedMinutes: session.plannedMinutes, now, policy });
      if (!late.pastLimit) throw new RequestError('read-only', 'too-early');
      // Meet's page showed the student in the call: one who came, even if they dropped since, is no no-show.
      if ((await evidenceOf(tx, session)).kind === 'arrived') throw new RequestError('read-only', 'student-came');
      const verdict = noShowVerdict(policy);
      const canceled = await cancel(tx, session, student, { status: verdict.status, by: 'student', reason: 'no-show', comment, at: now });
      await tx.done;
      return canceled;
    },

    /** A cancellation, its status decided here by the policy, never taken from the page. */
    async cancelSession(sessionId: string, by: CancelledBy, reason: CancellationReason, cancelledAt: number, comment: string) {
      const tx = write();
      const { session, student } = await sessionOf(tx, sessionId);
      if (session.status !== 'pending') throw new RequestError('read-only', 'not-pending');
      const earlier = (await tx.objectStore('sessions').index('by-student').getAll(student.id))
        .filter((s) => s.status === 'canceled' && s.cancellation?.by === 'student')
        .map((s) => s.cancellation!.at);
      const verdict = cancellationVerdict({ scheduledStart: session.start, cancelledAt, by, reason, policy, earlierAbsences: earlier });
      const canceled = await cancel(tx, session, student, { status: verdict.status, by, reason, comment, at: cancelledAt });
      await tx.done;
      return { session: canceled, verdict };
    },

    /**
     * A pending session moved (or edited: its length, its link), no verdict.
     * The platform hears it once, as its reschedule: a session whose write
     * has not gone out yet has that write carry the new time instead, and a
     * second move before the first is sent replaces it.
     */
    async move(sessionId: string, change: SessionMove): Promise<Session> {
      const tx = write();
      const { session, student } = await sessionOf(tx, sessionId);
      if (session.status !== 'pending') throw new RequestError('read-only', 'not-pending');
      const moved = moveSession(session, change, new Date(now).toISOString());
      await tx.objectStore('sessions').put(moved);
      await noteMove(tx, session.id, session.start, moved.start, now);
      const unsent = (await tx.objectStore('outbox').getAll()).find(
        (item) =>
          item.entity?.id === session.id &&
          (item.endpoint === 'scheduleSession' || item.endpoint === 'rescheduleSession') &&
          item.state === 'pending' &&
          item.attempts === 0,
      );
      const body = { start: moved.start, plannedMinutes: moved.plannedMinutes, meetingUrl: moved.meetingUrl };
      if (unsent) await tx.objectStore('outbox').put({ ...unsent, body: { ...(unsent.body as object), ...body } });
      else {
        await queue(tx, student, {
          id: newId(),
          endpoint: 'rescheduleSession',
          params: { sessionId: session.id },
          body,
          entity: { store: 'sessions', id: session.id },
        });
      }
      await tx.done;
      return moved;
    },

    /** A new session in place of a canceled one. */
    async reschedule(sessionId: string, start: string, plannedMinutes: number): Promise<Session> {
      const tx = write();
      const { session, student } = await sessionOf(tx, sessionId);
      if (session.status === 'pending' || session.status === 'completed') throw new RequestError('read-only', 'not-canceled');
      const writeId = newId();
      const next: Session = {
        ...session,
        id: `${LOCAL_ID_PREFIX}${writeId}`,
        start: new Date(start).toISOString(),
        plannedMinutes,
        status: 'pending',
        cancellation: null,
        rescheduledFrom: session.id,
        updatedAt: new Date(now).toISOString(),
      };
      await tx.objectStore('sessions').put(next);
      await queue(tx, student, {
        id: writeId,
        endpoint: 'rescheduleSession',
        params: { sessionId: session.id },
        body: { start: next.start, plannedMinutes },
        entity: { store: 'sessions', id: next.id },
      });
      await tx.done;
      return next;
    },
  };

  async function cancel(
    tx: ReportTx,
    session: Session,
    student: Student,
    input: { status: 'canceled' | 'late_canceled' | 'student_absent'; by: CancelledBy; reason: string; comment: string; at: number },
  ): Promise<Session> {
    const cancellation = { by: input.by, at: new Date(input.at).toISOString(), reason: input.reason, comment: input.comment };
    const canceled: Session = { ...session, status: input.status, cancellation, updatedAt: new Date(now).toISOString() };
    await tx.objectStore('sessions').put(canceled);
    // A session lost or cancelled is not held: its call's agenda stops here, and no report is asked for it.
    for (const live of await tx.objectStore('liveSessions').getAll()) {
      if (live.sessionId === session.id && live.endedAt === null) {
        await tx.objectStore('liveSessions').put({ ...live, endedAt: now, endReason: 'mentor', updatedAt: now });
      }
    }
    await queue(tx, student, {
      id: newId(),
      endpoint: 'cancelSession',
      params: { sessionId: session.id },
      body: { status: input.status, ...cancellation },
      entity: { store: 'sessions', id: session.id },
    });
    return canceled;
  }
}

export type ReportStore = ReturnType<typeof createReportStore>;
