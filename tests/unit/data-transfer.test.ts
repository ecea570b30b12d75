import { beforeEach, describe, expect, it } from 'vitest';
import { exportAll, importAll, wipeAll } from '@/utils/background/stores/data-transfer';
import type { RequestError } from '@/utils/protocol/request-error';
import { type CadenceDb, openCadenceDb } from '@/utils/background/db/cadence-db';
import { aLiveSession, anAssignment, anOutboxItem, aSession, aStudent, iso, T0 } from './support/platform-records';
import { readImportProblem } from '@/utils/protocol/reply-views';

const aDraft = () => ({
  sessionId: 'sess-1',
  studentId: 'stu-1',
  attendance: { status: 'present', lateMinutes: 0 },
  summary: 'Went well.',
  privateNotes: '',
  skillEvaluations: [],
  revision: 1,
  savedAt: T0,
  ended: null,
  sent: null,
});

describe('export, import and wipe', () => {
  let db: CadenceDb;
  beforeEach(async () => {
    db = await openCadenceDb();
    await db.put('students', aStudent());
    await db.put('sessions', aSession());
    await db.put('meta', {
      key: 'connection',
      baseUrl: 'https://p.example',
      token: 'secret-token',
      mentorName: 'Nadia',
      needsReconnect: false,
      connectedAt: T0,
    });
  });

  it('exports every record but never the token', async () => {
    const file = await exportAll(db, T0);
    expect(file).not.toContain('secret-token');
    expect(JSON.parse(file)).toMatchObject({
      format: 'cadence-export',
      version: 2,
      students: [aStudent()],
      sessions: [aSession()],
    });
  });

  it('imports its own export into an empty Cadence, and says what changed', async () => {
    const file = await exportAll(db, T0);
    const fresh = await openCadenceDb('elsewhere');
    expect(await importAll(fresh, file)).toEqual({
      students: { added: 1, updated: 0, unchanged: 0 },
      sessions: { added: 1, updated: 0, unchanged: 0 },
      exercises: { added: 0, updated: 0, unchanged: 0 },
      liveSessions: { added: 0, updated: 0, unchanged: 0 },
      assignments: { added: 0, updated: 0, unchanged: 0 },
      sessionPlans: { added: 0, updated: 0, unchanged: 0 },
      myExercises: { added: 0, updated: 0, unchanged: 0 },
      reportDrafts: { added: 0, updated: 0, unchanged: 0 },
      transfers: { added: 0, updated: 0, unchanged: 0 },
    });
    expect(await fresh.get('students', 'stu-1')).toEqual(aStudent());
  });

  it('carries the review, the goals, the plans and the mentor’s exercises, and reads a version 1 file', async () => {
    const reviewed = anAssignment({ review: { outcome: 'aced', note: 'Easy', sessionId: 'sess-1', at: iso(T0) } });
    await db.put('assignments', reviewed);
    await db.put('sessionPlans', {
      sessionId: 'sess-1',
      studentId: 'stu-1',
      hoursThisWeek: 6,
      nextSessionId: null,
      notDoneFlaggedAt: null,
      kind: 'rehearsal',
      updatedAt: iso(T0),
    });
    const fresh = await openCadenceDb('elsewhere-v2');
    const summary = await importAll(fresh, await exportAll(db, T0));
    expect(summary.assignments.added).toBe(1);
    expect(await fresh.get('assignments', reviewed.id)).toEqual(reviewed);
    expect((await fresh.get('sessionPlans', 'sess-1'))?.hoursThisWeek).toBe(6);

    const v1 = {
      format: 'cadence-export',
      version: 1,
      exportedAt: iso(T0),
      students: [aStudent()],
      sessions: [],
      exercises: [],
      liveSessions: [{ ...aLiveSession(), sessionId: undefined }],
    };
    const older = await openCadenceDb('elsewhere-v1');
    expect((await importAll(older, JSON.stringify(v1))).liveSessions.added).toBe(1);
    expect((await older.get('liveSessions', aLiveSession().id))?.sessionId).toBeNull();
  });

  it('carries each field’s revision of a report draft, and reads a draft from before revisions as revision 0, its words whole', async () => {
    await db.put('reportDrafts', { ...aDraft(), revision: 3, fieldRevisions: { summary: 3, privateNotes: 1 } } as never);
    const fresh = await openCadenceDb('elsewhere-revisions');
    await importAll(fresh, await exportAll(db, T0));
    expect(await fresh.get('reportDrafts', 'sess-1')).toMatchObject({ revision: 3, fieldRevisions: { summary: 3, privateNotes: 1 } });

    const file = JSON.parse(await exportAll(db, T0));
    const { revision: _, fieldRevisions: __, ...withoutRevisions } = file.reportDrafts[0];
    file.reportDrafts = [withoutRevisions];
    const older = await openCadenceDb('elsewhere-no-revisions');
    expect((await importAll(older, JSON.stringify(file))).reportDrafts.added).toBe(1);
    const kept = await older.get('reportDrafts', 'sess-1');
    expect(kept).toMatchObject({ revision: 0, summary: 'Went well.' });
    expect(kept).not.toHaveProperty('fieldRevisions');
  });

  it('reads a file from before the kinds of session: its calls were weekly ones, its plans as proposed', async () => {
    const { kind: _kind, ...live } = aLiveSession();
    const file = {
      format: 'cadence-export',
      version: 2,
      exportedAt: iso(T0),
      students: [aStudent()],
      sessions: [],
      exercises: [],
      liveSessions: [{ ...live, phases: live.phases.map(({ key, minutes }) => ({ key, minutes })) }],
      assignments: [],
      sessionPlans: [
        { sessionId: 'sess-1', studentId: 'stu-1', hoursThisWeek: null, nextSessionId: null, notDoneFlaggedAt: null, updatedAt: iso(T0) },
      ],
      myExercises: [],
    };
    const older = await openCadenceDb('before-kinds');
    await importAll(older, JSON.stringify(file));
    expect(await older.get('liveSessions', live.id)).toEqual(aLiveSession());
    expect((await older.get('sessionPlans', 'sess-1'))?.kind).toBeNull();
    // And what it exports now reads back the same.
    const again = await openCadenceDb('before-kinds-again');
    await importAll(again, await exportAll(older, T0));
    expect(await again.get('liveSessions', live.id)).toEqual(aLiveSession());
  });

  it('keeps the newer version of each record, and the one with a write waiting', async () => {
    const file = JSON.parse(await exportAll(db, T0));
    file.students[0].name = 'Renamed later';
    file.students[0].updatedAt = iso(T0 + 1000);
    file.sessions[0].status = 'canceled';
    file.sessions[0].updatedAt = iso(T0 + 1000);
    await db.put(
      'outbox',
      anOutboxItem({
        id: 'w1',
        endpoint: 'cancelSession',
        params: { sessionId: 'sess-1' },
        body: {},
        entity: { store: 'sessions', id: 'sess-1' },
      }),
    );
    const summary = await importAll(db, JSON.stringify(file));
    expect(summary.students).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(summary.sessions).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect((await db.get('students', 'stu-1'))?.name).toBe('Renamed later');
    expect((await db.get('sessions', 'sess-1'))?.status).toBe('pending');
  });

  it.each([
    ['not JSON', '{"format": "cadence-export",'],
    ['another format', JSON.stringify({ format: 'other', version: 1 })],
    [
      'a hostile record',
      JSON.stringify({
        format: 'cadence-export',
        version: 1,
        exportedAt: iso(T0),
        students: [{ id: '<img onerror=alert(1)>' }],
        sessions: [],
        exercises: [],
        liveSessions: [],
      }),
    ],
  ])('refuses %s and changes nothing', async (_, json) => {
    await expect(importAll(db, json)).rejects.toMatchObject({ code: 'invalid-file' });
    expect(await db.getAll('students')).toEqual([aStudent()]);
  });

  it.each([
    ['a session in year 0', (f: any) => (f.sessions[0].start = '0000-01-01T10:00:00Z'), 'sessions', 'start', 'date'],
    ['a session in year 275760', (f: any) => (f.sessions[0].start = '+275760-09-13T00:00:00Z'), 'sessions', 'start', 'date'],
    ['a day February does not have', (f: any) => (f.sessions[0].start = '2026-02-30T10:00:00+01:00'), 'sessions', 'start', 'date'],
    ['"not a date"', (f: any) => (f.students[0].updatedAt = 'not a date'), 'students', 'updatedAt', 'date'],
    [
      'a call started past the last date a browser keeps',
      (f: any) => (f.liveSessions = [{ ...aLiveSession(), startedAt: 9e15 }]),
      'liveSessions',
      'startedAt',
      'date',
    ],
    ['a draft saved before 1970', (f: any) => (f.reportDrafts = [{ ...aDraft(), savedAt: -1 }]), 'reportDrafts', 'savedAt', 'date'],
    ['a time zone no browser knows', (f: any) => (f.students[0].timezone = 'Mars/Olympus_Mons'), 'students', 'timezone', 'time-zone'],
  ])('refuses a file with %s, says which record, and changes nothing', async (_, spoil, kind, field, reason) => {
    const file = JSON.parse(await exportAll(db, T0));
    file.students[0].name = 'Changed by the file';
    file.students[0].updatedAt = iso(T0 + 1000);
    spoil(file);
    const refused = await importAll(db, JSON.stringify(file)).catch((error: RequestError) => error);
    expect(refused).toMatchObject({ code: 'invalid-file' });
    expect(readImportProblem((refused as RequestError).detail)).toEqual({ reason, kind, record: 1, field });
    expect(await db.getAll('students')).toEqual([aStudent()]);
    expect(await db.getAll('sessions')).toEqual([aSession()]);
  });

  it('keeps dates at the edges exactly: leap day, midnight, the turn of a year, both sides of a clock change', async () => {
    const edges = [
      '2028-02-29T23:30:00+01:00',
      '2026-12-31T23:00:00Z',
      '2027-01-01T00:00:00+01:00',
      '2026-03-29T01:59:59Z',
      '2026-03-29T03:00:00+02:00',
      '2026-11-01T01:30:00-04:00',
      '2026-11-01T01:30:00-05:00',
      '1970-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
    ];
    const file = JSON.parse(await exportAll(db, T0));
    file.sessions = edges.map((start, index) => aSession({ id: `edge-${index}`, start }));
    const fresh = await openCadenceDb('edges');
    expect((await importAll(fresh, JSON.stringify(file))).sessions.added).toBe(edges.length);
    expect((await fresh.getAll('sessions')).map((s) => s.start).sort()).toEqual([...edges].sort());
  });

  it('wipes everything, the connection included', async () => {
    await wipeAll(db);
    expect(await db.count('students')).toBe(0);
    expect(await db.count('sessions')).toBe(0);
    expect(await db.get('meta', 'connection')).toBeUndefined();
  });
});
