import { beforeEach, describe, expect, it } from 'vitest';
import { type CadenceDb, openCadenceDb } from '@/utils/background/db/cadence-db';
import { pullFromPlatform } from '@/utils/background/sync/platform-pull';
import { readSyncOverview } from '@/utils/background/sync/sync-overview';
import { anOutboxItem, aSession, aStudent, iso, T0 } from './support/platform-records';
import { type Answer, scriptedFetch } from './support/scripted-fetch';

const page = (items: unknown[], serverTime = iso(T0)) => ({ body: { items, serverTime }, headers: { ETag: `"${serverTime}"` } });

describe('pullFromPlatform', () => {
  let db: CadenceDb;
  beforeEach(async () => {
    db = await openCadenceDb();
    await db.put('meta', {
      key: 'connection',
      baseUrl: 'https://p.example/api/v1',
      token: 't',
      mentorName: 'Nadia',
      needsReconnect: false,
      connectedAt: T0,
    });
  });
  const pull = (answers: Answer[]) => {
    const script = scriptedFetch(answers);
    return { result: pullFromPlatform({ db, fetch: script.fetch, now: () => T0 }), script };
  };

  it('reads students, sessions and exercises, then only what changed since', async () => {
    const first = pull([page([aStudent()]), page([aSession()]), page([])]);
    expect(await first.result).toEqual({ ok: true, changed: 2 });
    expect(await db.get('students', 'stu-1')).toEqual(aStudent());
    expect(await db.get('meta', 'sync-status')).toEqual({ key: 'sync-status', lastSyncAt: T0, lastError: null });

    const second = pull([{ status: 304 }, page([aSession({ status: 'completed' })], iso(T0 + 5)), { status: 304 }]);
    expect(await second.result).toEqual({ ok: true, changed: 1 });
    const [students, sessions] = second.script.requests;
    expect(students!.url).toContain(`updatedSince=${encodeURIComponent(iso(T0))}`);
    expect(students!.headers['If-None-Match']).toBe(`"${iso(T0)}"`);
    expect(sessions!.url).toMatch(/\/sessions\?from=.*&to=.*&updatedSince=/);
    expect((await db.get('sessions', 'sess-1'))?.status).toBe('completed');
  });

  it('never overwrites a record whose change is still waiting to be sent', async () => {
    await db.put('sessions', aSession({ status: 'canceled' }));
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
    await pull([page([]), page([aSession({ status: 'pending', updatedAt: iso(T0 + 9) })]), page([])]).result;
    expect((await db.get('sessions', 'sess-1'))?.status).toBe('canceled');
  });

  it('keeps everything local and says why when the platform answers nonsense', async () => {
    await db.put('students', aStudent());
    const { result } = pull([{ body: { items: [{ id: 'x', name: 42 }], serverTime: 'yesterday' } }]);
    expect(await result).toEqual({ ok: false, code: 'malformed-reply', message: '' });
    expect(await db.getAll('students')).toEqual([aStudent()]);
    expect(await db.get('meta', 'sync-status')).toMatchObject({ lastError: { code: 'malformed-reply', at: T0 } });
    expect(await db.get('meta', 'cursor:students')).toBeUndefined();
  });

  it('leaves out only the record it cannot read, names it in the sync status, and takes it once it comes back sound', async () => {
    const ftpGuide = aStudent({
      id: 'stu-2',
      name: 'Ben Okafor',
      currentProject: { id: 'p4', name: 'API', mentorGuideUrl: 'ftp://files.example/p4' },
    });
    const first = pull([page([aStudent(), ftpGuide]), page([aSession()]), page([])]);
    expect(await first.result).toEqual({ ok: true, changed: 2 });
    expect(await db.getAllKeys('students')).toEqual(['stu-1']);
    expect(await db.get('sessions', 'sess-1')).toEqual(aSession());
    expect(await db.get('meta', 'sync-status')).toMatchObject({ lastSyncAt: T0, lastError: null });
    expect((await readSyncOverview(db)).refused).toEqual([{ list: 'students', id: 'stu-2', field: 'currentProject.mentorGuideUrl' }]);

    // An incremental read without it keeps it named; one with it sound takes it and forgets the refusal.
    await pull([page([aStudent({ name: 'Awa D.' })], iso(T0 + 1)), { status: 304 }, { status: 304 }]).result;
    expect((await readSyncOverview(db)).refused).toHaveLength(1);
    const fixed = aStudent({ id: 'stu-2', name: 'Ben Okafor', updatedAt: iso(T0 + 2) });
    await pull([page([fixed], iso(T0 + 2)), { status: 304 }, { status: 304 }]).result;
    expect(await db.get('students', 'stu-2')).toEqual(fixed);
    expect((await readSyncOverview(db)).refused).toEqual([]);
  });

  it('keeps when it last synced when a later read fails', async () => {
    await pull([page([]), page([]), page([])]).result;
    await pull([{ status: 503, body: { error: { code: 'unavailable', message: 'Down for a minute.' } } }]).result;
    expect(await db.get('meta', 'sync-status')).toEqual({
      key: 'sync-status',
      lastSyncAt: T0,
      lastError: { code: 'unavailable', message: 'Down for a minute.', at: T0 },
    });
  });

  it("asks nothing before the platform's Retry-After, then reads again", async () => {
    const limited = pull([{ status: 429, headers: { 'Retry-After': '5' }, body: { error: { code: 'rate_limited', message: '' } } }]);
    expect(await limited.result).toMatchObject({ ok: false, code: 'rate_limited' });
    const held = pull([]);
    expect(await held.result).toEqual({ ok: false, code: 'paused', message: '' });
    expect(held.script.requests).toHaveLength(0);
    expect(await db.get('meta', 'sync-status')).toMatchObject({ lastError: { code: 'rate_limited' } });

    const later = scriptedFetch([page([]), page([]), page([])]);
    expect(await pullFromPlatform({ db, fetch: later.fetch, now: () => T0 + 5_000 })).toEqual({ ok: true, changed: 0 });
  });

  it('asks the mentor to reconnect when the token is refused', async () => {
    const { result } = pull([{ status: 401, body: { error: { code: 'token_expired', message: 'Your token expired.' } } }]);
    expect(await result).toMatchObject({ ok: false, code: 'unauthorized', message: 'Your token expired.' });
    expect(await db.get('meta', 'connection')).toMatchObject({ needsReconnect: true });
  });
});
