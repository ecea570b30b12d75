import type { PhasePlan } from '@/utils/core/agenda/plan-agenda';
import type { SessionKind } from '@/utils/core/agenda/session-kinds';
import type { TransferRecord } from '@/utils/core/students/student-record';
import type { IDBPTransaction } from 'idb';
import type { CadenceDb, CadenceSchema } from '@/utils/background/db/cadence-db';
import type { Session, Student } from '@/utils/core/platform/platform-schemas';
import {
  createLiveSession,
  decideOnJoin,
  endLiveSession,
  type EndReason,
  type LiveSession,
  reopenLiveSession,
  REJOIN_GRACE_MS,
  resumeLiveSession,
  undoEndRefusal,
  type UndoEndRefusal,
} from '@/utils/core/session/live-session';
import { observePresence, type PresenceSnapshot } from '@/utils/core/session/call-presence';

export interface AgendaPlan {
  plannedMinutes: number;
  kind: SessionKind;
  phases: PhasePlan[];
  /** The scheduled session the plan was made for, linked to a session started with it. */
  sessionId?: string | null;
}

/**
 * Why an end by hand cannot be undone; `superseded`: a newer session of the
 * same call was started since; `session-closed`: the scheduled session is no
 * longer pending (its report was ended, it was cancelled).
 */
export type ResumeRefusal = UndoEndRefusal | 'superseded' | 'session-closed';

/** The live sessions, kept by the background; each change is one transaction. */
export function createSessionStore(db: CadenceDb, newId: () => string = () => crypto.randomUUID()) {
  type SessionsTx = IDBPTransaction<CadenceSchema, ['liveSessions'], IDBTransactionMode>;

  async function latestFor(meetingCode: string, tx: SessionsTx = db.transaction('liveSessions')) {
    const index = tx.objectStore('liveSessions').index('by-meeting-code');
    let latest: LiveSession | undefined;
    for (const session of await index.getAll(meetingCode)) {
      if (!latest || session.startedAt > latest.startedAt) latest = session;
    }
    return latest;
  }

  /** The newest session started by hand for a call off Meet and not ended. */
  async function openByHand(tx: SessionsTx): Promise<LiveSession | undefined> {
    let cursor = await tx.objectStore('liveSessions').index('by-started-at').openCursor(null, 'prev');
    for (; cursor; cursor = await cursor.continue()) {
      if (cursor.value.meetingCode === null && cursor.value.endedAt === null) return cursor.value;
    }
    return undefined;
  }

  return {
    get(id: string): Promise<LiveSession | undefined> {
      return db.get('liveSessions', id);
    },

    /** The platform's sessions as last read, to tell which one a call is. */
    scheduledSessions(): Promise<Session[]> {
      return db.getAll('sessions');
    },

    student(id: string): Promise<Student | undefined> {
      return db.get('students', id);
    },

    /** The kind the mentor chose for a scheduled session before its call, if they did. */
    async chosenKind(sessionId: string): Promise<SessionKind | null> {
      // Plans stored before the kinds have none.
      return (await db.get('sessionPlans', sessionId))?.kind ?? null;
    },

    /** The transfer of a student the mentor asked for, if any. */
    transfer(studentId: string): Promise<TransferRecord | undefined> {
      return db.get('transfers', studentId);
    },

    /** The session a call page should show on load: open, or ended moments ago. */
    async forCall(meetingCode: string, now: number): Promise<LiveSession | null> {
      const latest = await latestFor(meetingCode);
      if (!latest) return null;
      const current = latest.endedAt === null || now - latest.endedAt <= REJOIN_GRACE_MS;
      return current ? latest : null;
    },

    /** The mentor is in the call: resume, reopen or start its session. */
    async joinCall(meetingCode: string, now: number, plan: AgendaPlan): Promise<LiveSession | null> {
      const tx = db.transaction('liveSessions', 'readwrite');
      const latest = await latestFor(meetingCode, tx);
      let session: LiveSession | null;
      switch (decideOnJoin(latest, now)) {
        case 'resume':
          session = latest!;
          break;
        case 'reopen':
          session = reopenLiveSession(latest!, now);
          await tx.store.put(session);
          break;
        case 'start':
          session = createLiveSession({ id: newId(), meetingCode, now, ...plan });
          await tx.store.put(session);
          break;
        case 'wait':
          session = null;
      }
      await tx.done;
      return session;
    },

    /**
     * Started by hand: an open session for the same call is kept, not doubled;
     * without a meeting code (another video tool), the open one started so.
     */
    async start(meetingCode: string | null, now: number, plan: AgendaPlan): Promise<LiveSession> {
      const tx = db.transaction('liveSessions', 'readwrite');
      const latest = meetingCode ? await latestFor(meetingCode, tx) : await openByHand(tx);
      const session = latest && latest.endedAt === null ? latest : createLiveSession({ id: newId(), meetingCode, now, ...plan });
      if (session !== latest) await tx.store.put(session);
      await tx.done;
      return session;
    },

    /** Meet showed its end screen: end the open session of that call, if any. */
    async callEnded(meetingCode: string, now: number): Promise<LiveSession | null> {
      const tx = db.transaction('liveSessions', 'readwrite');
      const latest = await latestFor(meetingCode, tx);
      if (!latest) {
        await tx.done;
        return null;
      }
      const ended = endLiveSession(latest, 'call-ended', now);
      if (ended !== latest) await tx.store.put(ended);
      await tx.done;
      return ended;
    },

    /** A reading of who else is in the call, for its open session; none after the session's end. */
    async observePresence(meetingCode: string, snapshot: PresenceSnapshot, now: number): Promise<LiveSession | null> {
      const tx = db.transaction('liveSessions', 'readwrite');
      const latest = await latestFor(meetingCode, tx);
      if (!latest || latest.endedAt !== null) {
        await tx.done;
        return null;
      }
      const presence = observePresence(latest.presence, snapshot, now);
      const session = presence === latest.presence ? latest : { ...latest, presence };
      if (session !== latest) await tx.store.put(session);
      await tx.done;
      return session;
    },

    /** Reads, changes and writes one session in one transaction. */
    async update(id: string, change: (session: LiveSession) => LiveSession): Promise<LiveSession | null> {
      const tx = db.transaction('liveSessions', 'readwrite');
      const session = await tx.store.get(id);
      if (!session) {
        await tx.done;
        return null;
      }
      const next = change(session);
      if (next !== session) await tx.store.put(next);
      await tx.done;
      return next;
    },

    /** Undoes the mentor's end of a session, checked and written in one transaction. */
    async resume(id: string, now: number): Promise<LiveSession | ResumeRefusal | null> {
      const tx = db.transaction(['liveSessions', 'sessions'], 'readwrite');
      const lives = tx.objectStore('liveSessions');
      const session = await lives.get(id);
      let refusal: ResumeRefusal | null = session ? undoEndRefusal(session, now) : null;
      if (session && !refusal) {
        const later = await lives.index('by-started-at').getAll(IDBKeyRange.lowerBound(session.startedAt, true));
        if (later.some((other) => other.meetingCode === session.meetingCode)) refusal = 'superseded';
      }
      if (session && !refusal && session.sessionId) {
        const scheduled = await tx.objectStore('sessions').get(session.sessionId);
        if (scheduled && scheduled.status !== 'pending') refusal = 'session-closed';
      }
      const resumed = session && !refusal ? resumeLiveSession(session, now) : null;
      if (resumed) await lives.put(resumed);
      await tx.done;
      return resumed ?? refusal ?? null;
    },

    end(id: string, reason: EndReason, now: number) {
      return this.update(id, (session) => endLiveSession(session, reason, now));
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
