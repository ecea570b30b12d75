import type { CadenceDb } from '../db/cadence-db';
import { isFormer } from '../students/read-student-record';
import { type WeekOverview, weekOverview } from './week-overview';

/** The popup's and the badge's reading: one read-only transaction over the local database. */
export async function readWeekOverview(db: CadenceDb, now: number): Promise<WeekOverview> {
  const tx = db.transaction(['sessions', 'students', 'assignments', 'reportDrafts', 'outbox', 'transfers', 'meta']);
  const [sessions, students, outbox, transfers, connection] = await Promise.all([
    tx.objectStore('sessions').getAll(),
    tx.objectStore('students').getAll(),
    tx.objectStore('outbox').getAll(),
    tx.objectStore('transfers').getAll(),
    tx.objectStore('meta').get('connection'),
  ]);
  // Only the sessions that may be outstanding need their report looked up, and only the next
  // student's assignments are shown: the popup reads no more than it shows.
  const over = sessions.filter((s) => s.status === 'pending' && Date.parse(s.start) + s.plannedMinutes * 60_000 <= now);
  const ended = await Promise.all(over.map((s) => tx.objectStore('reportDrafts').get(s.id)));
  const former = new Set(transfers.filter((transfer) => isFormer(transfer, now)).map((transfer) => transfer.studentId));
  const next = sessions
    .filter((s) => s.status === 'pending' && !former.has(s.studentId) && Date.parse(s.start) + s.plannedMinutes * 60_000 > now)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
  const assignments = next ? await tx.objectStore('assignments').index('by-student').getAll(next.studentId) : [];
  return weekOverview({
    sessions,
    students,
    assignments,
    reportedSessionIds: new Set(ended.flatMap((draft) => (draft?.ended ? [draft.sessionId] : []))),
    outbox,
    formerStudentIds: former,
    connected: connection?.key === 'connection',
    now,
  });
}
