import { beforeEach, describe, expect, it } from 'vitest';
import { type CadenceDb, openCadenceDb } from '../../utils/db/cadence-db';
import { createSyncRunner } from '../../utils/sync/sync-runner';
import { anOutboxItem, aSession, iso, T0 } from './support/platform-records';

describe('the sync runner', () => {
  let db: CadenceDb;
  beforeEach(async () => {
    db = await openCadenceDb();
    await db.put('meta', { key: 'connection', baseUrl: 'https://p.example', token: 't', mentorName: 'Nadia', needsReconnect: false, connectedAt: T0 });
  });

  it('runs one sync at a time, and once more for what came in meanwhile', async () => {
    let inFlight = 0;
    let most = 0;
    const requests: string[] = [];
    let firstRequest: () => void = () => {};
    const pulling = new Promise<void>((resolve) => (firstRequest = resolve));
    const fetch = (async (input: RequestInfo | URL) => {
      inFlight++;
      most = Math.max(most, inFlight);
      requests.push(String(input));
      firstRequest();
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      const cancel = String(input).endsWith('/cancel');
      return new Response(JSON.stringify(cancel ? aSession({ status: 'canceled' }) : { items: [], serverTime: iso(T0) }));
    }) as typeof globalThis.fetch;
    const runner = createSyncRunner(async () => ({ db, fetch, now: () => T0, random: () => 0, wakeAt: async () => {} }));
    const first = runner.run();
    await pulling;
    await db.put('outbox', anOutboxItem({ id: 'w1', endpoint: 'cancelSession', params: { sessionId: 'sess-1' }, body: {}, entity: null }));
    const second = runner.run({ pull: false });
    expect(second).toBe(first);
    await first;
    expect(most).toBe(1);
    // The three reads of the first run, then the write queued while they ran.
    expect(requests.map((url) => new URL(url).pathname)).toEqual([
      '/students',
      '/sessions',
      '/exercises',
      '/sessions/sess-1/cancel',
    ]);
  });
});
