import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openCadenceDb } from '../../utils/db/cadence-db';

describe('the Cadence database', () => {
  it('is created at the current version with every store and index', async () => {
    const db = await openCadenceDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['liveSessions']);
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

  it('refuses to open a database from a newer Cadence instead of damaging it', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    newer.close();
    await expect(openCadenceDb()).rejects.toThrow();
  });
});
