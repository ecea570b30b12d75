import { beforeEach, describe, expect, it } from 'vitest';
import { type CadenceDb, openCadenceDb } from '@/utils/background/db/cadence-db';
import { readWeekOverview } from '@/utils/background/stores/read-week-overview';
import { createSyncRunner } from '@/utils/background/sync/sync-runner';
import { anOutboxItem, aSession, iso, T0 } from './support/platform-records';

describe('the sync runner', () => {
  let db: CadenceDb;
  beforeEach(async () => {
    db = await openCadenceDb();
    await db.put('meta', {
      key: 'connection',
      baseUrl: 'https://p.example',
      token: 't',
      mentorName: 'Nadia',
      needsReconnect: false,
      connectedAt: T0,
    });
  });

  /**
   * A runner against a platform that takes 5 ms a request: `firstRequest` settles once the first
   * request is out, so a test can trigger another run while one is running.
   */
  const slowPlatform = () => {
    const state = { inFlight: 0, most: 0, paths: [] as string[] };
    let reached: () => void = () => {};
    const firstRequest = new Promise<void>((resolve) => (reached = resolve));
    const fetch = (async (input: RequestInfo | URL) => {
      state.inFlight++;
      state.most = Math.max(state.most, state.inFlight);
      state.paths.push(new URL(String(input)).pathname);
      reached();
      await new Promise((resolve) => setTimeout(resolve, 5));
      state.inFlight--;
      const cancel = String(input).endsWith('/cancel');
      return new Response(JSON.stringify(cancel ? aSession({ status: 'canceled' }) : { items: [], serverTime: iso(T0) }));
    }) as typeof globalThis.fetch;
    const runner = createSyncRunner(async () => ({ db, fetch, now: () => T0, random: () => 0, wakeAt: async () => {} }));
    return { runner, state, firstRequest };
  };
  const READS = ['/students', '/sessions', '/exercises'];

  it('lets the badge count a change the platform refused as soon as the run that met the refusal is over', async () => {
    const refusing = (async () =>
      new Response(JSON.stringify({ error: { code: 'not_pending', message: 'This session is already completed.' } }), {
        status: 422,
      })) as typeof globalThis.fetch;
    const badges: number[] = [];
    const runner = createSyncRunner(async () => ({ db, fetch: refusing, now: () => T0, random: () => 0, wakeAt: async () => {} }), {
      settled: async () => void badges.push((await readWeekOverview(db, T0)).badgeCount),
    });
    await db.put('outbox', anOutboxItem({ id: 'w1', params: { sessionId: 'sess-1' }, entity: null }));
    await runner.run({ pull: false });
    expect(badges).toEqual([1]);
    // A run that fails outright (the database gone) still lets the badge be read again.
    const broken = createSyncRunner(async () => Promise.reject(new Error('closed')), { settled: async () => void badges.push(-1) });
    await expect(broken.run()).rejects.toThrow('closed');
    expect(badges).toEqual([1, -1]);
  });

  it('runs one sync at a time, and once more for what came in meanwhile', async () => {
    const { runner, state, firstRequest } = slowPlatform();
    const first = runner.run();
    await firstRequest;
    await db.put('outbox', anOutboxItem({ id: 'w1', endpoint: 'cancelSession', params: { sessionId: 'sess-1' }, body: {}, entity: null }));
    const second = runner.run({ pull: false });
    expect(second).toBe(first);
    await first;
    expect(state.most).toBe(1);
    // The three reads of the first run, then the write queued while they ran.
    expect(state.paths).toEqual([...READS, '/sessions/sess-1/cancel']);
  });

  it('sends a change waiting out its backoff when "Sync now" is pressed during a run', async () => {
    const { runner, state, firstRequest } = slowPlatform();
    const background = runner.run();
    await firstRequest;
    // A change that failed a minute ago and would wait another minute, were the mentor not asking.
    await db.put(
      'outbox',
      anOutboxItem({ id: 'w1', params: { sessionId: 'sess-1' }, entity: null, attempts: 1, nextAttemptAt: T0 + 60_000 }),
    );
    await runner.run({ now: true, pull: false });
    await background;
    expect(state.paths).toEqual([...READS, '/sessions/sess-1/cancel']);
    expect(await db.count('outbox')).toBe(0);
  });

  it("reads the platform's changes after a run that only sent, when a read was asked during it", async () => {
    await db.put('outbox', anOutboxItem({ id: 'w1', params: { sessionId: 'sess-1' }, entity: null }));
    const { runner, state, firstRequest } = slowPlatform();
    const sending = runner.run({ pull: false });
    await firstRequest;
    expect(runner.run()).toBe(sending);
    await sending;
    expect(state.paths).toEqual(['/sessions/sess-1/cancel', ...READS]);
  });
});
