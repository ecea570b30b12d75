// The outbox figures of the platform issue: how fast a change is durable locally, and how fast a
// backlog of changes drains to the reference platform.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { openOptionsPage, sendFromPage } from '../e2e/support/extension-page';
import { startPlatformServer } from '../platform-server/platform-server';

export interface OutboxFigures {
  writes: number;
  /** Page request → background reply, the reply sent once the transaction is committed. */
  durableMs: number[];
  drainSeconds: number;
  onServer: number;
}

/**
 * Connects the extension to a fresh reference platform, stops the platform,
 * makes `writes` changes (each timed until the background says it is
 * saved), starts the platform again and times the drain of the backlog.
 */
export async function measureOutbox(context: BrowserContext, extensionId: string, writes: number): Promise<OutboxFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cadence-bench-platform-'));
  const dataFile = path.join(dir, 'platform.json');
  const token = 'bench-token';
  let server = await startPlatformServer({ port: 0, dataFile, token });
  const port = server.port;
  const page = await openOptionsPage(context, extensionId);
  try {
    const connected = await sendFromPage(page, { type: 'platform/connect', baseUrl: server.url, token });
    if (!connected?.value?.ok) throw new Error(`could not connect: ${JSON.stringify(connected)}`);
    // The students come with the first pull; the changes are made for one of them.
    for (let tries = 0; (await sendFromPage(page, { type: 'records/list' })).value.students.length === 0; tries++) {
      if (tries > 100) throw new Error('the platform students never arrived');
      await page.waitForTimeout(100);
    }
    await server.close();

    const durableMs: number[] = [];
    for (let i = 0; i < writes; i++) {
      const start = new Date(Date.UTC(2028, 0, 1) + i * 3_600_000).toISOString();
      const took = await page.evaluate(
        async (session) => {
          const began = performance.now();
          const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome
            .runtime;
          const reply = await runtime.sendMessage({ type: 'records/schedule-session', session });
          if (!reply.ok) throw new Error(JSON.stringify(reply));
          return performance.now() - began;
        },
        { studentId: 'stu-01', start, plannedMinutes: 50, meetingUrl: '' },
      );
      durableMs.push(took);
    }

    server = await startPlatformServer({ port, dataFile, token });
    const began = Date.now();
    for (;;) {
      const overview = await sendFromPage(page, { type: 'platform/sync-now' });
      if (overview?.value?.waiting === 0) break;
      if (Date.now() - began > 120_000) throw new Error(`outbox not drained: ${JSON.stringify(overview)}`);
    }
    const drainSeconds = (Date.now() - began) / 1000;
    const onServer = server.state().sessions.filter((s) => s.start.startsWith('2028-')).length;
    return { writes, durableMs, drainSeconds, onServer };
  } finally {
    await page.close();
    await server.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}
