import { beforeEach, describe, expect, it } from 'vitest';
import { type CadenceDb, openCadenceDb } from '@/utils/background/db/cadence-db';
import { BACKOFF_BASE_MS } from '@/utils/background/sync/backoff';
import type { OutboxItem } from '@/utils/core/sync/outbox-item';
import { drainOutbox } from '@/utils/background/sync/outbox-drain';
import { aLiveSession, anAssignment, anOutboxItem, aSession, iso, T0 } from './support/platform-records';
import { type Answer, type RecordedRequest, scriptedFetch } from './support/scripted-fetch';

const BASE = 'https://platform.example/api/v1';

const item = (id: string, overrides: Partial<OutboxItem> = {}) => anOutboxItem({ id, ...overrides });

describe('drainOutbox', () => {
  let db: CadenceDb;
  let now: number;
  let wakes: number[];

  beforeEach(async () => {
    db = await openCadenceDb();
    now = T0;
    wakes = [];
    await db.put('meta', {
      key: 'connection',
      baseUrl: BASE,
      token: 'secret',
      mentorName: 'Nadia',
      needsReconnect: false,
      connectedAt: T0,
    });
  });

  const drain = (answers: (Answer | ((request: RecordedRequest) => Answer))[], random = () => 0.5) => {
    const script = scriptedFetch(answers);
    const result = drainOutbox({
      db,
      fetch: script.fetch,
      now: () => now,
      random,
      wakeAt: async (at) => {
        wakes.push(at);
      },
    });
    return { result, script };
  };

  it('sends each write once, oldest first, with its id as the idempotency key and the token', async () => {
    await db.put(
      'outbox',
      item('00000000-0000-4000-8000-000000000002', {
        createdAt: T0 + 1,
        params: { sessionId: 'sess-2' },
        entity: { store: 'sessions', id: 'sess-2' },
      }),
    );
    await db.put('outbox', item('00000000-0000-4000-8000-000000000001'));
    const { result, script } = drain([
      { body: aSession({ status: 'canceled' }) },
      { body: aSession({ id: 'sess-2', status: 'canceled' }) },
    ]);
    expect(await result).toEqual({ sent: 2, stopped: null });
    expect(script.requests.map((r) => [r.method, r.url, r.headers['Idempotency-Key']])).toEqual([
      ['POST', `${BASE}/sessions/sess-1/cancel`, '00000000-0000-4000-8000-000000000001'],
      ['POST', `${BASE}/sessions/sess-2/cancel`, '00000000-0000-4000-8000-000000000002'],
    ]);
    expect(script.requests[0]!.headers.Authorization).toBe('Bearer secret');
    expect(await db.count('outbox')).toBe(0);
    expect((await db.get('sessions', 'sess-1'))?.status).toBe('canceled');
  });

  it('backs off with full jitter after a failure worth retrying, and stops there', async () => {
    await db.put('outbox', item('a'));
    await db.put('outbox', item('b', { createdAt: T0 + 1 }));
    const { result, script } = drain([{ status: 503, body: { error: { code: 'down', message: 'Maintenance' } } }], () => 0.5);
    expect(await result).toEqual({ sent: 0, stopped: 'waiting' });
    expect(script.requests).toHaveLength(1);
    const waiting = (await db.get('outbox', 'a'))!;
    expect(waiting).toMatchObject({ attempts: 1, state: 'pending', nextAttemptAt: T0 + BACKOFF_BASE_MS / 2 });
    expect(waiting.lastError).toEqual({ status: 503, code: 'down', message: 'Maintenance', at: T0 });
    expect(wakes).toEqual([T0 + BACKOFF_BASE_MS / 2]);
  });

  it('waits until the backoff is over before trying again', async () => {
    await db.put('outbox', item('a', { attempts: 3, nextAttemptAt: T0 + 5_000 }));
    const { result, script } = drain([]);
    expect(await result).toEqual({ sent: 0, stopped: 'waiting' });
    expect(script.requests).toHaveLength(0);
    expect(wakes).toEqual([T0 + 5_000]);
  });

  it('grows the wait with each attempt, up to the cap', async () => {
    await db.put('outbox', item('a', { attempts: 4 }));
    await drain([{ networkError: true }], () => 0.999_999).result;
    expect((await db.get('outbox', 'a'))!.nextAttemptAt - T0).toBe(Math.floor(0.999_999 * BACKOFF_BASE_MS * 16));
    await db.put('outbox', item('a', { attempts: 40 }));
    await drain([{ networkError: true }], () => 0.999_999).result;
    expect((await db.get('outbox', 'a'))!.nextAttemptAt - T0).toBe(Math.floor(0.999_999 * 15 * 60_000));
  });

  it("honours the platform's Retry-After over a shorter jitter", async () => {
    await db.put('outbox', item('a'));
    await drain([{ status: 429, headers: { 'Retry-After': '120' }, body: { error: { code: 'slow_down', message: '' } } }], () => 0).result;
    expect((await db.get('outbox', 'a'))!.nextAttemptAt).toBe(T0 + 120_000);
  });

  it("holds every request until the platform's Retry-After, even when the mentor asks to sync now", async () => {
    await db.put('outbox', item('a'));
    await db.put('outbox', item('b', { createdAt: T0 + 1, params: { sessionId: 'sess-2' } }));
    const limited = drain([{ status: 429, headers: { 'Retry-After': '30' }, body: { error: { code: 'rate_limited', message: '' } } }]);
    expect(await limited.result).toEqual({ sent: 0, stopped: 'waiting' });

    now = T0 + 29_999;
    const script = scriptedFetch([]);
    const deps = { db, fetch: script.fetch, now: () => now, random: () => 0, wakeAt: async (at: number) => void wakes.push(at) };
    expect(await drainOutbox(deps, { now: true })).toEqual({ sent: 0, stopped: 'waiting' });
    expect(script.requests).toHaveLength(0);
    expect(wakes.at(-1)).toBe(T0 + 30_000);

    now = T0 + 30_000;
    const after = drain([{ body: aSession({ status: 'canceled' }) }, { body: aSession({ id: 'sess-2', status: 'canceled' }) }]);
    expect(await after.result).toEqual({ sent: 2, stopped: null });
  });

  it('leaves a token entered while a refused request was out alone', async () => {
    await db.put('outbox', item('a'));
    const fresh = {
      key: 'connection' as const,
      baseUrl: BASE,
      token: 'new-secret',
      mentorName: 'Nadia',
      needsReconnect: false,
      connectedAt: T0 + 1,
    };
    const { result } = drain([
      () => {
        void db.put('meta', fresh);
        return { status: 401, body: { error: { code: 'token_expired', message: '' } } };
      },
    ]);
    expect(await result).toEqual({ sent: 0, stopped: 'needs-reconnect' });
    expect(await db.get('meta', 'connection')).toEqual(fresh);
    expect(await db.get('outbox', 'a')).toMatchObject({ state: 'pending', attempts: 0 });
  });

  it.each([408, 500, 502, 504])('retries after a %i', async (status) => {
    await db.put('outbox', item('a'));
    expect(await drain([{ status, body: {} }]).result).toMatchObject({ stopped: 'waiting' });
    expect((await db.get('outbox', 'a'))!.state).toBe('pending');
  });

  it("puts a refused write aside with the platform's reason, never retried blindly, and goes on", async () => {
    await db.put('outbox', item('a'));
    await db.put('outbox', item('b', { createdAt: T0 + 1, params: { sessionId: 'sess-2' }, entity: null }));
    const { result, script } = drain([
      { status: 422, body: { error: { code: 'not_pending', message: 'This session is already completed.' } } },
      { body: aSession({ id: 'sess-2', status: 'canceled' }) },
    ]);
    expect(await result).toEqual({ sent: 1, stopped: null });
    expect(await db.get('outbox', 'a')).toMatchObject({
      state: 'needs-attention',
      lastError: { status: 422, code: 'not_pending', message: 'This session is already completed.' },
    });
    now += 3_600_000;
    const again = drain([]);
    expect(await again.result).toEqual({ sent: 0, stopped: null });
    expect(again.script.requests).toHaveLength(0);
    expect(script.remaining()).toBe(0);
  });

  it('stops everything and asks to reconnect on a 401, keeping every write', async () => {
    await db.put('outbox', item('a'));
    expect(await drain([{ status: 401, body: { error: { code: 'bad_token', message: 'Token expired' } } }]).result).toEqual({
      sent: 0,
      stopped: 'needs-reconnect',
    });
    expect(await db.get('meta', 'connection')).toMatchObject({ needsReconnect: true });
    expect(await db.get('outbox', 'a')).toMatchObject({ state: 'pending', attempts: 0 });
    const again = drain([]);
    expect(await again.result).toEqual({ sent: 0, stopped: 'needs-reconnect' });
  });

  it('keeps the write and the local data when the reply is malformed', async () => {
    await db.put('sessions', aSession({ status: 'canceled', updatedAt: iso(T0 + 1) }));
    await db.put('outbox', item('a'));
    expect(await drain([{ body: '<html>Bad gateway</html>' }]).result).toMatchObject({ stopped: 'waiting' });
    expect(await db.get('outbox', 'a')).toMatchObject({ lastError: { code: 'malformed-reply' } });
    expect((await db.get('sessions', 'sess-1'))?.updatedAt).toBe(iso(T0 + 1));
    expect(await drain([{ body: { id: 'sess-1', status: 'nonsense' } }]).result).toMatchObject({ stopped: 'waiting' });
    expect(await db.count('outbox')).toBe(1);
  });

  it("gives a session scheduled here the platform's id, in later writes too", async () => {
    await db.put('sessions', aSession({ id: 'local-1' }));
    await db.put('outbox', item('a', { endpoint: 'scheduleSession', params: {}, entity: { store: 'sessions', id: 'local-1' } }));
    await db.put(
      'outbox',
      item('b', { createdAt: T0 + 1, params: { sessionId: 'local-1' }, entity: { store: 'sessions', id: 'local-1' } }),
    );
    const { result, script } = drain([
      { status: 201, body: aSession({ id: 'plat-9' }) },
      (request) => ({ body: aSession({ id: 'plat-9', status: 'canceled' }), status: request.url.endsWith('/plat-9/cancel') ? 200 : 404 }),
    ]);
    expect(await result).toEqual({ sent: 2, stopped: null });
    expect(script.requests[1]!.url).toBe(`${BASE}/sessions/plat-9/cancel`);
    expect(await db.get('sessions', 'local-1')).toBeUndefined();
    expect((await db.get('sessions', 'plat-9'))?.status).toBe('canceled');
  });

  it("moves the goals, reviews, plans and calls of a session scheduled here to the platform's id", async () => {
    await db.put('sessions', aSession({ id: 'local-1' }));
    await db.put('outbox', item('a', { endpoint: 'scheduleSession', params: {}, entity: { store: 'sessions', id: 'local-1' } }));
    const review = { outcome: 'done' as const, note: '', sessionId: 'local-1', at: iso(T0) };
    await db.put('assignments', anAssignment({ id: 'goal', setInSessionId: 'local-1' }));
    await db.put('assignments', anAssignment({ id: 'reviewed', setInSessionId: 'sess-0', review }));
    await db.put('sessionPlans', {
      sessionId: 'local-1',
      studentId: 'stu-1',
      hoursThisWeek: 4,
      nextSessionId: null,
      notDoneFlaggedAt: null,
      kind: null,
      updatedAt: iso(T0),
    });
    await db.put('sessionPlans', {
      sessionId: 'sess-0',
      studentId: 'stu-1',
      hoursThisWeek: null,
      nextSessionId: 'local-1',
      notDoneFlaggedAt: null,
      kind: null,
      updatedAt: iso(T0),
    });
    await db.put('liveSessions', { ...aLiveSession(), sessionId: 'local-1' });
    expect(await drain([{ status: 201, body: aSession({ id: 'plat-9' }) }]).result).toEqual({ sent: 1, stopped: null });
    expect((await db.get('assignments', 'goal'))?.setInSessionId).toBe('plat-9');
    expect((await db.get('assignments', 'reviewed'))?.review?.sessionId).toBe('plat-9');
    expect(await db.get('sessionPlans', 'local-1')).toBeUndefined();
    expect((await db.get('sessionPlans', 'plat-9'))?.hoursThisWeek).toBe(4);
    expect((await db.get('sessionPlans', 'sess-0'))?.nextSessionId).toBe('plat-9');
    expect((await db.get('liveSessions', aLiveSession().id))?.sessionId).toBe('plat-9');
  });

  it('keeps a report written on a session scheduled here with the session, and marks it sent once it arrives', async () => {
    await db.put('sessions', aSession({ id: 'local-1' }));
    await db.put('outbox', item('a', { endpoint: 'scheduleSession', params: {}, entity: { store: 'sessions', id: 'local-1' } }));
    await db.put(
      'outbox',
      item('b', {
        createdAt: T0 + 1,
        endpoint: 'submitReport',
        params: { sessionId: 'local-1' },
        entity: { store: 'sessions', id: 'local-1' },
      }),
    );
    const words = 'Awa rebuilt the header with flexbox.';
    await db.put('reportDrafts', {
      sessionId: 'local-1',
      studentId: 'stu-1',
      attendance: { status: 'present', lateMinutes: 0 },
      summary: words,
      privateNotes: '',
      skillEvaluations: [],
      revision: 3,
      savedAt: T0,
      ended: { at: T0, revision: 3, correction: false },
      sent: null,
    });
    const report = {
      sessionId: 'plat-9',
      submittedAt: iso(T0),
      attendance: { status: 'present', lateMinutes: 0 },
      summary: words,
      skillEvaluations: [],
      goals: [],
      nextSessionStart: null,
      correction: false,
    };
    const { result, script } = drain([
      { status: 201, body: aSession({ id: 'plat-9' }) },
      (request) => ({ status: request.url.endsWith('/plat-9/report') ? 201 : 404, body: report }),
    ]);
    expect(await result).toEqual({ sent: 2, stopped: null });
    expect(script.requests[1]!.url).toBe(`${BASE}/sessions/plat-9/report`);
    expect(await db.get('reportDrafts', 'local-1')).toBeUndefined();
    expect(await db.get('reportDrafts', 'plat-9')).toMatchObject({ summary: words, sent: { at: T0, revision: 3 } });
    // A report page still open on the first id finds the session by it.
    expect(await db.get('meta', 'session-renames')).toEqual({ key: 'session-renames', renames: { 'local-1': 'plat-9' } });
  });

  it('does nothing without a platform', async () => {
    await db.delete('meta', 'connection');
    await db.put('outbox', item('a'));
    expect(await drain([]).result).toEqual({ sent: 0, stopped: 'not-connected' });
  });
});
