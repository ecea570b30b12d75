import type { CadenceDb } from '@/utils/background/db/cadence-db';
import { isFormer } from './read-student-record';
import type { LiveSession } from '@/utils/core/session/live-session';
import { isHeld, type WeekOverview, weekOverview } from '@/utils/core/overview/week-overview';

const RECENT_CALLS_MS = 7 * 86_400_000;

/**
 * The sessions whose call ended and was not taken up again: a session with a
 * call still running (rejoined, or the end undone) is not over.
 */
export function endedCallSessionIds(liveSessions: readonly LiveSession[]): Set<string> {
  const ended = new Set<string>();
  const running = new Set<string>();
  for (const live of liveSessions) {
    if (live.sessionId === null) continue;
    (live.endedAt === null ? running : ended).add(live.sessionId);
  }
  for (const id of running) ended.delete(id);
  return ended;
}

/** The popup's and the badge's reading: one read-only transaction over the local database. */
export async function readWeekOverview(db: CadenceDb, now: number): Promise<WeekOverview> {
  const tx = db.transaction(['sessions', 'students', 'assignments', 'reportDrafts', 'outbox', 'transfers', 'liveSessions', 'meta']);
  const [sessions, students, outbox, transfers, liveSessions, connection] = await Promise.all([
    tx.objectStore('sessions').getAll(),
    tx.objectStore('students').getAll(),
    tx.objectStore('outbox').getAll(),
    tx.objectStore('transfers').getAll(),
    // A call matters here only for a session whose planned end is still ahead: calls of the last week are plenty.
    tx
      .objectStore('liveSessions')
      .index('by-started-at')
      .getAll(IDBKeyRange.lowerBound(now - RECENT_CALLS_MS)),
    tx.objectStore('meta').get('connection'),
  ]);
  // Only the sessions that may be outstanding need their report looked up, and only the next
  // student's assignments are shown: the popup reads no more than it shows.
  const endedCalls = endedCallSessionIds(liveSessions);
  const over = sessions.filter((s) => s.status === 'pending' && isHeld(s, endedCalls, now));
  const ended = await Promise.all(over.map((s) => tx.objectStore('reportDrafts').get(s.id)));
  const former = new Set(transfers.filter((transfer) => isFormer(transfer, now)).map((transfer) => transfer.studentId));
  const next = sessions
    .filter((s) => s.status === 'pending' && !former.has(s.studentId) && !isHeld(s, endedCalls, now))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
  const assignments = next ? await tx.objectStore('assignments').index('by-student').getAll(next.studentId) : [];
  return weekOverview({
    sessions,
    students,
    assignments,
    reportedSessionIds: new Set(ended.flatMap((draft) => (draft?.ended ? [draft.sessionId] : []))),
    outbox,
    formerStudentIds: former,
    endedCallSessionIds: endedCalls,
    connected: connection?.key === 'connection',
    now,
  });
}
