import type { CadenceDb } from '@/utils/background/db/cadence-db';
import { RequestError } from '@/utils/protocol/request-error';
import type { LocalStudentInput, SessionInput } from '@/utils/protocol/page-to-background';
import type { Session, Student } from '@/utils/core/platform/platform-schemas';
import type { TransferRecord } from '@/utils/core/students/student-record';
import { newOutboxItem } from '@/utils/core/sync/outbox-item';
import { isLocalId, LOCAL_ID_PREFIX } from '@/utils/core/platform/local-ids';

export async function listRecords(db: CadenceDb, isFormer: (transfer: TransferRecord) => boolean) {
  const [students, sessions, transfers, connection] = await Promise.all([
    db.getAll('students'),
    db.getAllFromIndex('sessions', 'by-start'),
    db.getAll('transfers'),
    db.get('meta', 'connection'),
  ]);
  students.sort((a, b) => a.name.localeCompare(b.name));
  // Transferred away, their date passed: listed apart, read-only, nothing to schedule.
  const formerStudentIds = transfers.filter(isFormer).map((transfer) => transfer.studentId);
  return { students, sessions, formerStudentIds, connected: connection?.key === 'connection' };
}

/** A student entered by hand; the platform's own students are read-only here. */
export async function saveLocalStudent(db: CadenceDb, input: LocalStudentInput, now: number, newId: () => string) {
  if (input.id && !isLocalId(input.id)) throw new RequestError('read-only');
  const student: Student = {
    id: input.id ?? `${LOCAL_ID_PREFIX}${newId()}`,
    name: input.name,
    path: { id: `${LOCAL_ID_PREFIX}path`, name: input.pathName },
    currentProject: input.projectName
      ? { id: `${LOCAL_ID_PREFIX}project`, name: input.projectName, mentorGuideUrl: input.mentorGuideUrl || null }
      : null,
    timezone: input.timezone,
    weeklyHours: input.weeklyHours,
    level: input.level,
    active: true,
    updatedAt: new Date(now).toISOString(),
  };
  await db.put('students', student);
  return student;
}

/** Removes a student entered by hand, with the sessions entered for them. */
export async function deleteLocalStudent(db: CadenceDb, id: string): Promise<void> {
  if (!isLocalId(id)) throw new RequestError('read-only');
  const tx = db.transaction(['students', 'sessions'], 'readwrite');
  for (const key of await tx.objectStore('sessions').index('by-student').getAllKeys(id)) {
    await tx.objectStore('sessions').delete(key);
  }
  await tx.objectStore('students').delete(id);
  await tx.done;
}

/**
 * Schedules a session: saved here first, then queued for the platform when
 * one is connected and knows the student. One transaction, so a session is
 * never saved without its write queued, nor the other way round.
 */
export async function scheduleSession(db: CadenceDb, input: SessionInput, now: number, newId: () => string) {
  // Strict: the mentor's change is on disk, not in a cache, once the reply says it is saved.
  const tx = db.transaction(['students', 'sessions', 'outbox', 'meta'], 'readwrite', { durability: 'strict' });
  if (!(await tx.objectStore('students').get(input.studentId))) throw new RequestError('not-found');
  const writeId = newId();
  const session: Session = {
    id: `${LOCAL_ID_PREFIX}${writeId}`,
    studentId: input.studentId,
    start: new Date(input.start).toISOString(),
    plannedMinutes: input.plannedMinutes,
    meetingUrl: input.meetingUrl || null,
    status: 'pending',
    cancellation: null,
    rescheduledFrom: null,
    updatedAt: new Date(now).toISOString(),
  };
  await tx.objectStore('sessions').put(session);
  const connected = (await tx.objectStore('meta').get('connection'))?.key === 'connection';
  if (connected && !isLocalId(input.studentId)) {
    const body = {
      studentId: session.studentId,
      start: session.start,
      plannedMinutes: session.plannedMinutes,
      meetingUrl: session.meetingUrl,
    };
    const write = { id: writeId, endpoint: 'scheduleSession', params: {}, body, entity: { store: 'sessions', id: session.id } } as const;
    await tx.objectStore('outbox').put(newOutboxItem(write, now));
  }
  await tx.done;
  return session;
}

/** Removes a session not yet on the platform, with its queued write. */
export async function deleteLocalSession(db: CadenceDb, id: string): Promise<void> {
  if (!isLocalId(id)) throw new RequestError('read-only');
  const tx = db.transaction(['sessions', 'outbox'], 'readwrite');
  for (const item of await tx.objectStore('outbox').getAll()) {
    if (item.entity?.store === 'sessions' && item.entity.id === id) await tx.objectStore('outbox').delete(item.id);
  }
  await tx.objectStore('sessions').delete(id);
  await tx.done;
}
