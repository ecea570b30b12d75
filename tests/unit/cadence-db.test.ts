import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openCadenceDb } from '../../utils/db/cadence-db';

describe('the Cadence database', () => {
  it('is created at the current version with every store and index', async () => {
    const db = await openCadenceDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['exercises', 'liveSessions', 'meta', 'outbox', 'sessions', 'students']);
    const store = db.transaction('liveSessions').store;
    expect([...store.indexNames].sort()).toEqual(['by-meeting-code', 'by-started-at']);
    db.close();
  });

  it('opens an existing database of the current version without touching its data', async () => {
    const first = await openCadenceDb();
    await first.put('liveSessions', {
      id: 'kept',
      meetingCode: 'abc-defg-hij',
      startedAt: 1,
      plannedMinutes: 50,
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
    expect(db.version).toBe(2);
    expect(await db.getAllFromIndex('liveSessions', 'by-meeting-code', 'abc-defg-hij')).toEqual([
      { id: 'from-v1', meetingCode: 'abc-defg-hij', startedAt: 7 },
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

  it('refuses to open a database from a newer Cadence instead of damaging it', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    newer.close();
    await expect(openCadenceDb()).rejects.toThrow();
  });
});
