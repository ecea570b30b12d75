// The outbox against the reference platform: offline, a dying worker, lost and garbled answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPlatformServer, type PlatformServer } from '../platform-server/platform-server';
import { openOptionsPage, sendFromPage } from './support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures } from './support/meet-routes';
import { stopServiceWorker } from './support/service-worker';
import { until } from './support/until';

const TOKEN = 'e2e-token';

describe('sync with the platform', () => {
  let dir: string;
  let dataFile: string;
  let server: PlatformServer;
  let port: number;
  let browser: LaunchedBrowser;
  let options: Page;
  let day = 0;

  const start = async (faults = {}) => {
    server = await startPlatformServer({ port, dataFile, token: TOKEN, faults });
    port = server.port;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cadence-platform-'));
    dataFile = path.join(dir, 'platform.json');
    port = 0;
    await start();
    browser = await launchWithExtension();
    await routeMeetFixtures(browser.context);
    options = await openOptionsPage(browser.context, browser.extensionId);
    // The permission prompt cannot be answered in a headless browser: the reference
    // platform answers CORS, so the worker reaches it without host access.
    const connected = await sendFromPage(options, { type: 'platform/connect', baseUrl: server.url, token: TOKEN });
    expect(connected).toMatchObject({ ok: true, value: { ok: true, mentor: { timezone: 'Europe/Paris' } } });
    await until(records, (list) => list.students.length === 5);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => server.setFaults({}));

  const records = async () => (await sendFromPage(options, { type: 'records/list' })).value;
  const overview = async () => (await sendFromPage(options, { type: 'platform/overview' })).value;
  /** Each test schedules on its own days, so its sessions are told apart on the server. */
  const schedule = async (hour: number) => {
    const at = new Date(Date.UTC(2027, 0, 1 + day, hour)).toISOString();
    const reply = await sendFromPage(options, {
      type: 'records/schedule-session',
      session: { studentId: 'stu-01', start: at, plannedMinutes: 50, meetingUrl: '' },
    });
    expect(reply).toMatchObject({ ok: true });
    return at;
  };
  const onServer = (start: string) =>
    server.state().sessions.filter((s) => new Date(s.start).getTime() === new Date(start).getTime());
  const syncNow = () => sendFromPage(options, { type: 'platform/sync-now' });

  it('sends a change made while the platform was down once it is back', async () => {
    day = 1;
    await server.close();
    const at = await schedule(9);
    await expect.poll(async () => (await overview()).lastAttemptError?.code, { timeout: 10_000 }).toBe('network');
    expect((await overview()).waiting).toBe(1);
    expect((await records()).sessions.some((s: { start: string }) => s.start === at)).toBe(true);

    await start();
    await syncNow();
    expect(onServer(at)).toHaveLength(1);
    expect(await overview()).toMatchObject({ waiting: 0, attention: [] });
    // The local copy now carries the platform's id.
    const local = (await records()).sessions.filter((s: { start: string }) => s.start === at);
    expect(local.map((s: { id: string }) => s.id)).toEqual([onServer(at)[0]!.id]);
  });

  it('never writes twice when the worker dies fifty times in the middle of syncing', async () => {
    day = 2;
    server.setFaults({ latencyMs: 150 });
    const logged = server.writeLog().length;
    const starts: string[] = [];
    for (let hour = 8; hour < 18; hour++) starts.push(await schedule(hour));
    for (let round = 0; round < 50; round++) {
      void syncNow();
      await options.waitForTimeout(40 + ((round * 37) % 260));
      await stopServiceWorker(browser.context, browser.extensionId);
    }
    server.setFaults({});
    await expect.poll(async () => (await syncNow()).value?.waiting, { timeout: 30_000 }).toBe(0);
    expect(starts.map((start) => onServer(start).length)).toEqual(starts.map(() => 1));
    // Some answers were lost to a dying worker and replayed: the case this test is about.
    expect(server.writeLog().slice(logged).filter((entry) => entry.outcome === 'replayed').length).toBeGreaterThan(0);
  });

  it('does not duplicate a write whose answer was lost after the platform committed it', async () => {
    day = 3;
    const logged = server.writeLog().length;
    server.setFaults({ dropAfterCommit: { next: 1 } });
    const at = await schedule(10);
    // The retry comes on the outbox alarm, within the first backoff (at most 2 s).
    await expect.poll(async () => (await overview()).waiting, { timeout: 10_000 }).toBe(0);
    expect(server.writeLog().slice(logged).map((entry) => entry.outcome)).toEqual(['dropped', 'replayed']);
    expect(onServer(at)).toHaveLength(1);
  });

  it('shows an error for a garbled answer and loses nothing', async () => {
    day = 4;
    server.setFaults({ malformed: { next: 1, kind: 'not-json' } });
    const at = await schedule(11);
    await expect.poll(async () => (await overview()).lastAttemptError?.code, { timeout: 10_000 }).toBe('malformed-reply');
    expect((await records()).sessions.some((s: { start: string }) => s.start === at)).toBe(true);
    await syncNow();
    expect(onServer(at)).toHaveLength(1);

    // A garbled read keeps every local record and says so.
    server.setFaults({ malformed: { next: 1, kind: 'wrong-shape' } });
    await syncNow();
    expect((await overview()).lastError).toMatchObject({ code: 'malformed-reply' });
    expect((await records()).students).toHaveLength(5);
  });

  it('asks for a new token when the platform refuses it, keeping what waits', async () => {
    const wrong = await sendFromPage(options, { type: 'platform/test', baseUrl: server.url, token: 'wrong' });
    expect(wrong).toMatchObject({ ok: true, value: { ok: false, status: 401 } });
  });

  it('refuses requests forged by a web page', async () => {
    const meet = await browser.context.newPage();
    await meet.goto('https://meet.google.com/abc-defg-hij');
    const attempt = await meet.evaluate(async (id) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: Function } } }).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no channel to extensions';
      try {
        return await runtime.sendMessage(id, { type: 'data/export' });
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    }, browser.extensionId);
    expect(String(attempt)).toMatch(/no channel|refused/);
    await meet.close();
  });
});
