// A browser with Cadence connected to the reference platform, for the fault suite: the
// platform's data lives in a temp dir, the browser on a persistent profile of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startPlatformServer, type Faults, type PlatformServer } from '../../platform-server/platform-server';
import { openOptionsPage, sendFromPage } from '../../e2e/support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from '../../e2e/support/launch-extension';
import { routeMeetFixtures } from '../../e2e/support/meet-routes';
import { until } from '../../e2e/support/until';

const TOKEN = 'fault-suite-token';

export interface ConnectedBrowser {
  browser: LaunchedBrowser;
  server: PlatformServer;
  /** An options page, to send requests from as the extension's own pages do. */
  options: Page;
  /** Opens the options page again after a relaunch. */
  reopen(browser: LaunchedBrowser): Promise<void>;
  /** Asks for a sync until nothing waits (or `timeout`), then returns what the overview says. */
  drain(timeout?: number): Promise<{ waiting: number; attention: unknown[] }>;
  close(): Promise<void>;
}

export async function launchConnected(faults: Faults = {}): Promise<ConnectedBrowser> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cadence-faults-'));
  const server = await startPlatformServer({ dataFile: path.join(dir, 'platform.json'), token: TOKEN, faults });
  const connected: ConnectedBrowser = {
    browser: await launchWithExtension({ userDataDir: path.join(dir, 'profile') }),
    server,
    options: undefined as unknown as Page,
    async reopen(browser) {
      connected.browser = browser;
      await routeMeetFixtures(browser.context);
      connected.options = await openOptionsPage(browser.context, browser.extensionId);
    },
    async drain(timeout = 60_000) {
      return until(
        async () => {
          await sendFromPage(connected.options, { type: 'platform/sync-now' });
          return (await sendFromPage(connected.options, { type: 'platform/overview' })).value ?? { waiting: -1, attention: [] };
        },
        (overview) => overview.waiting === 0,
        timeout,
      );
    },
    async close() {
      await connected.browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await connected.reopen(connected.browser);
  const reply = await sendFromPage(connected.options, { type: 'platform/connect', baseUrl: server.url, token: TOKEN });
  if (!reply?.ok || !reply.value?.ok) throw new Error(`could not connect: ${JSON.stringify(reply)}`);
  await until(
    async () => (await sendFromPage(connected.options, { type: 'records/list' })).value?.sessions?.length ?? 0,
    (count) => count > 0,
  );
  return connected;
}
