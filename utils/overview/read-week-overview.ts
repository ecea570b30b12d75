import type { CadenceDb } from '../db/cadence-db';
import { isFormer } from '../students/read-student-record';
import { type WeekOverview, weekOverview } from './week-overview';

/** The popup's and the badge's reading: one read-only transaction over the local database. */
export async function readWeekOverview(db: CadenceDb, now: number): Promise<WeekOverview> {
  const tx = db.transaction(['sessions', 'students', 'assignments', 'reportDrafts', 'outbox', 'transfers', 'meta']);
  const [sessions, students, assignments, drafts, outbox, transfers, connection] = await Promise.all([
    tx.objectStore('sessions').getAll(),
    tx.objectStore('students').getAll(),
    tx.objectStore('assignments').getAll(),
    tx.objectStore('reportDrafts').getAll(),
    tx.objectStore('outbox').getAll(),
    tx.objectStore('transfers').getAll(),
    tx.objectStore('meta').get('connection'),
  ]);
  return weekOverview({
    sessions,
    students,
    assignments,
    reportedSessionIds: new Set(drafts.filter((draft) => draft.ended).map((draft) => draft.sessionId)),
    outbox,
    formerStudentIds: new Set(transfers.filter((transfer) => isFormer(transfer, now)).map((transfer) => transfer.studentId)),
    connected: connection?.key === 'connection',
    now,
  });
}
