import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openCadenceDb } from '@/utils/background/db/cadence-db';

describe('the Cadence database', () => {
  it('is created at the current version with every store and index', async () => {
    const db = await openCadenceDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'assignments',
      'exercises',
      'liveSessions',
      'meta',
      'myExercises',
      'outbox',
      'reportDrafts',
      'sessionPlans',
      'sessions',
      'students',
      'transfers',
    ]);
    expect([...db.transaction('assignments').store.indexNames].sort()).toEqual(['by-set-in-session', 'by-student']);
    const store = db.transaction('liveSessions').store;
    expect([...store.indexNames].sort()).toEqual(['by-meeting-code', 'by-started-at']);
    db.close();
  });

  it('opens an existing database of the current version without touching its data', async () => {
    const first = await openCadenceDb();
    await first.put('liveSessions', {
      id: 'kept',
      meetingCode: 'abc-defg-hij',
      sessionId: null,
      startedAt: 1,
      plannedMinutes: 50,
      kind: 'weekly',
      phases: [],
      phaseChanges: [],
      checked: [],
      endedAt: null,
      endReason: null,
      updatedAt: 1,
    });
    first.close();
    const again = await openCadenceDb();
    expect((await again.get('liveSessions', 'kept'))?.startedAt).toBe(1);
    again.close();
  });

  it('upgrades a version 1 database, keeping its live sessions', async () => {
    // Version 1 as it shipped: live sessions only.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        const store = db.createObjectStore('liveSessions', { keyPath: 'id' });
        store.createIndex('by-meeting-code', 'meetingCode');
        store.createIndex('by-started-at', 'startedAt');
      },
    });
    await v1.put('liveSessions', { id: 'from-v1', meetingCode: 'abc-defg-hij', startedAt: 7 });
    v1.close();

    const db = await openCadenceDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAllFromIndex('liveSessions', 'by-meeting-code', 'abc-defg-hij')).toEqual([
      { id: 'from-v1', meetingCode: 'abc-defg-hij', sessionId: null, startedAt: 7 },
    ]);
    await db.put('outbox', {
      id: 'o1',
      endpoint: 'scheduleSession',
      params: {},
      body: {},
      entity: null,
      createdAt: 1,
      attempts: 0,
      nextAttemptAt: 1,
      state: 'pending',
      lastError: null,
    });
    expect((await db.getAllFromIndex('outbox', 'by-created-at')).map((item) => item.id)).toEqual(['o1']);
    expect([...db.transaction('sessions').store.indexNames].sort()).toEqual(['by-start', 'by-student']);
    db.close();
  });

  it('upgrades a version 2 database: its calls, sessions and exercises kept, with the fields version 3 added', async () => {
    const v2 = await openDB(DB_NAME, 2, {
      upgrade(db) {
        const live = db.createObjectStore('liveSessions', { keyPath: 'id' });
        live.createIndex('by-meeting-code', 'meetingCode');
        live.createIndex('by-started-at', 'startedAt');
        db.createObjectStore('students', { keyPath: 'id' });
        const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
        sessions.createIndex('by-student', 'studentId');
        sessions.createIndex('by-start', 'start');
        db.createObjectStore('exercises', { keyPath: 'id' });
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-created-at', 'createdAt');
        db.createObjectStore('meta', { keyPath: 'key' });
      },
    });
    const call = { id: 'call-1', meetingCode: 'abc-defg-hij', startedAt: 7, checked: ['check-in.mood'] };
    const exercise = { id: 'ex-01', title: 'Center a card', skills: ['CSS flexbox'], level: 1, minutes: 30, paths: [] };
    await v2.put('liveSessions', call);
    await v2.put('exercises', exercise);
    await v2.put('sessions', { id: 'ses-1', studentId: 'stu-1', start: '2026-11-30T09:00:00.000Z' });
    v2.close();

    const db = await openCadenceDb();
    expect(await db.get('liveSessions', 'call-1')).toEqual({ ...call, sessionId: null });
    expect(await db.get('exercises', 'ex-01')).toEqual({ ...exercise, projects: [] });
    expect((await db.getAllFromIndex('sessions', 'by-student', 'stu-1')).map((s) => s.id)).toEqual(['ses-1']);
    expect(await db.getAll('assignments')).toEqual([]);
    db.close();
  });

  it('upgrades a version 3 database: its calls become weekly sessions with their phases named and checklisted', async () => {
    const v3 = await openDB(DB_NAME, 3, {
      upgrade(db) {
        const live = db.createObjectStore('liveSessions', { keyPath: 'id' });
        live.createIndex('by-meeting-code', 'meetingCode');
        live.createIndex('by-started-at', 'startedAt');
        db.createObjectStore('sessionPlans', { keyPath: 'sessionId' });
      },
    });
    const call = {
      id: '00000000-0000-4000-8000-000000000001',
      meetingCode: 'abc-defg-hij',
      sessionId: null,
      startedAt: 7,
      plannedMinutes: 50,
      phases: [
        { key: 'check-in', minutes: 10 },
        { key: 'progress', minutes: 30 },
        { key: 'goals', minutes: 10 },
      ],
      phaseChanges: [{ index: 0, at: 7 }],
      checked: ['goals.next-date'],
      endedAt: null,
      endReason: null,
      updatedAt: 7,
    };
    await v3.put('liveSessions', call);
    await v3.put('sessionPlans', { sessionId: 'ses-1', studentId: 'stu-1', hoursThisWeek: 4 });
    v3.close();

    const db = await openCadenceDb();
    const upgraded = await db.get('liveSessions', call.id);
    expect(upgraded).toMatchObject({ ...call, kind: 'weekly', phases: call.phases.map((phase) => expect.objectContaining(phase)) });
    expect(upgraded!.phases.map((phase) => phase.name)).toEqual(['phaseCheckIn', 'phaseProgress', 'phaseGoals']);
    expect(upgraded!.phases[2]!.checklist.map((item) => item.id)).toEqual(['goals.set-work', 'goals.fit-time', 'goals.next-date']);
    expect(await db.get('sessionPlans', 'ses-1')).toEqual({ sessionId: 'ses-1', studentId: 'stu-1', hoursThisWeek: 4, kind: null });
    db.close();
  });

  it('refuses to open a database from a newer Cadence instead of damaging it', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    newer.close();
    await expect(openCadenceDb()).rejects.toThrow();
  });
});
