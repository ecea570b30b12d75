// The outbox against the reference platform: offline, a dying worker, lost and garbled answers.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectToPlatform, type ConnectedPlatform } from './support/connected-platform';
import { sendFromPage } from './support/extension-page';
import { stopServiceWorker } from './support/service-worker';

describe('sync with the platform', () => {
  let platform: ConnectedPlatform;
  let day = 0;

  beforeAll(async () => {
    platform = await connectToPlatform();
  });
  afterAll(() => platform?.close());
  beforeEach(() => platform.server.setFaults({}));

  const records = () => platform.records();
  const overview = () => platform.overview();
  /** Each test schedules on its own days, so its sessions are told apart on the server. */
  const schedule = async (hour: number) => {
    const at = new Date(Date.UTC(2027, 0, 1 + day, hour)).toISOString();
    const reply = await sendFromPage(platform.options, {
      type: 'records/schedule-session',
      session: { studentId: 'stu-01', start: at, plannedMinutes: 50, meetingUrl: '' },
    });
    expect(reply).toMatchObject({ ok: true });
    return at;
  };
  const onServer = (start: string) =>
    platform.server.state().sessions.filter((s) => new Date(s.start).getTime() === new Date(start).getTime());
  const syncNow = () => platform.syncNow();

  it('sends a change made while the platform was down once it is back', async () => {
    day = 1;
    await platform.stop();
    const at = await schedule(9);
    await expect.poll(async () => (await overview()).lastAttemptError?.code, { timeout: 10_000 }).toBe('network');
    expect((await overview()).waiting).toBe(1);
    expect((await records()).sessions.some((s) => s.start === at)).toBe(true);

    await platform.start();
    await syncNow();
    expect(onServer(at)).toHaveLength(1);
    expect(await overview()).toMatchObject({ waiting: 0, attention: [] });
    // The local copy now carries the platform's id.
    const local = (await records()).sessions.filter((s) => s.start === at);
    expect(local.map((s) => s.id)).toEqual([onServer(at)[0]!.id]);
  });

  it('never writes twice when the worker dies fifty times in the middle of syncing', async () => {
    day = 2;
    platform.server.setFaults({ latencyMs: 150 });
    const logged = platform.server.writeLog().length;
    const starts: string[] = [];
    for (let hour = 8; hour < 18; hour++) starts.push(await schedule(hour));
    for (let round = 0; round < 50; round++) {
      // A request the dying worker cuts off may get no answer at all: that is the point here.
      void syncNow().catch(() => undefined);
      await platform.options.waitForTimeout(40 + ((round * 37) % 260));
      await stopServiceWorker(platform.browser.context, platform.browser.extensionId);
    }
    platform.server.setFaults({});
    await expect.poll(async () => (await syncNow())?.waiting, { timeout: 30_000 }).toBe(0);
    expect(starts.map((start) => onServer(start).length)).toEqual(starts.map(() => 1));
    // Some answers were lost to a dying worker and replayed: the case this test is about.
    expect(
      platform.server
        .writeLog()
        .slice(logged)
        .filter((entry) => entry.outcome === 'replayed').length,
    ).toBeGreaterThan(0);
  });

  it('does not duplicate a write whose answer was lost after the platform committed it', async () => {
    day = 3;
    const logged = platform.server.writeLog().length;
    platform.server.setFaults({ dropAfterCommit: { next: 1 } });
    const at = await schedule(10);
    // The retry comes on the outbox alarm, within the first backoff (at most 2 s).
    await expect.poll(async () => (await overview()).waiting, { timeout: 10_000 }).toBe(0);
    expect(
      platform.server
        .writeLog()
        .slice(logged)
        .map((entry) => entry.outcome),
    ).toEqual(['dropped', 'replayed']);
    expect(onServer(at)).toHaveLength(1);
  });

  it('shows an error for a garbled answer and loses nothing', async () => {
    day = 4;
    // Every answer garbled until the platform mends: one garbled answer alone is said only until the
    // retry (at most 2 s later) goes through, which a loaded machine's reads can miss.
    platform.server.setFaults({ malformed: { rate: 1, kind: 'not-json' } });
    const at = await schedule(11);
    await expect.poll(async () => (await overview()).lastAttemptError?.code, { timeout: 10_000 }).toBe('malformed-reply');
    expect((await records()).sessions.some((s) => s.start === at)).toBe(true);
    // The platform committed the write whose answer was garbled: once it mends, the change is there once.
    platform.server.setFaults({});
    await syncNow();
    expect(onServer(at)).toHaveLength(1);

    // A garbled read keeps every local record and says so.
    platform.server.setFaults({ malformed: { next: 1, kind: 'wrong-shape' } });
    await syncNow();
    expect((await overview()).lastError).toMatchObject({ code: 'malformed-reply' });
    expect((await records()).students).toHaveLength(5);
  });

  it('asks for a new token when the platform refuses it, keeping what waits', async () => {
    const wrong = await sendFromPage(platform.options, { type: 'platform/test', baseUrl: platform.server.url, token: 'wrong' });
    expect(wrong).toMatchObject({ ok: true, value: { ok: false, status: 401 } });
  });

  it('refuses requests forged by a web page', async () => {
    const meet = await platform.browser.context.newPage();
    await meet.goto('https://meet.google.com/abc-defg-hij');
    const attempt = await meet.evaluate(async (id) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: Function } } }).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no channel to extensions';
      try {
        return await runtime.sendMessage(id, { type: 'data/export' });
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    }, platform.browser.extensionId);
    expect(String(attempt)).toMatch(/no channel|refused/);
    await meet.close();
  });
});
