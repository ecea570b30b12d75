import { beforeEach, describe, expect, it } from 'vitest';
import { type CadenceDb, openCadenceDb } from '@/utils/background/db/cadence-db';
import {
  deleteLocalSession,
  deleteLocalStudent,
  listRecords,
  saveLocalStudent,
  scheduleSession,
} from '@/utils/background/stores/local-records';
import { RequestError } from '@/utils/protocol/request-error';
import { aStudent, T0 } from './support/platform-records';

const input = {
  id: null,
  name: 'Lina Haddad',
  pathName: 'Python developer',
  projectName: 'Data cleaning',
  mentorGuideUrl: '',
  timezone: 'Europe/Paris',
  weeklyHours: 8,
  level: 2,
};
const session = { start: '2026-12-07T17:00:00+01:00', plannedMinutes: 50, meetingUrl: 'https://meet.google.com/abc-defg-hij' };

describe('local records', () => {
  let db: CadenceDb;
  let ids: number;
  const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;
  beforeEach(async () => {
    db = await openCadenceDb();
    ids = 0;
  });

  it('adds a student by hand and schedules a session for them, nothing queued in local mode', async () => {
    const student = await saveLocalStudent(db, input, T0, newId);
    expect(student).toMatchObject({ id: 'local-00000000-0000-4000-8000-000000000001', name: 'Lina Haddad' });
    expect(student.currentProject).toEqual({ id: 'local-project', name: 'Data cleaning', mentorGuideUrl: null });
    const scheduled = await scheduleSession(db, { ...session, studentId: student.id }, T0, newId);
    expect(scheduled).toMatchObject({ status: 'pending', start: '2026-12-07T16:00:00.000Z', studentId: student.id });
    expect(await listRecords(db, () => false)).toMatchObject({ students: [student], sessions: [scheduled], connected: false });
    expect(await db.count('outbox')).toBe(0);
  });

  it('queues the session for the platform when connected, in the same step as saving it', async () => {
    await db.put('meta', {
      key: 'connection',
      baseUrl: 'https://p.example',
      token: 't',
      mentorName: 'Nadia',
      needsReconnect: false,
      connectedAt: T0,
    });
    await db.put('students', aStudent());
    const scheduled = await scheduleSession(db, { ...session, studentId: 'stu-1' }, T0, newId);
    const [item] = await db.getAll('outbox');
    expect(item).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      endpoint: 'scheduleSession',
      body: { studentId: 'stu-1', start: '2026-12-07T16:00:00.000Z', plannedMinutes: 50, meetingUrl: session.meetingUrl },
      entity: { store: 'sessions', id: scheduled.id },
      state: 'pending',
    });
    await deleteLocalSession(db, scheduled.id);
    expect(await db.count('outbox')).toBe(0);
    expect(await db.count('sessions')).toBe(0);
  });

  it('refuses to schedule for a student it does not know', async () => {
    await expect(scheduleSession(db, { ...session, studentId: 'nobody' }, T0, newId)).rejects.toEqual(new RequestError('not-found'));
    expect(await db.count('sessions')).toBe(0);
  });

  it("leaves the platform's students and sessions alone", async () => {
    await db.put('students', aStudent());
    await expect(saveLocalStudent(db, { ...input, id: 'stu-1' }, T0, newId)).rejects.toMatchObject({ code: 'read-only' });
    await expect(deleteLocalStudent(db, 'stu-1')).rejects.toMatchObject({ code: 'read-only' });
    await expect(deleteLocalSession(db, 'sess-1')).rejects.toMatchObject({ code: 'read-only' });
    expect(await db.get('students', 'stu-1')).toEqual(aStudent());
  });

  it('deletes a student entered by hand with their sessions', async () => {
    const student = await saveLocalStudent(db, input, T0, newId);
    await scheduleSession(db, { ...session, studentId: student.id }, T0, newId);
    await deleteLocalStudent(db, student.id);
    expect(await listRecords(db, () => false)).toMatchObject({ students: [], sessions: [] });
  });
});
