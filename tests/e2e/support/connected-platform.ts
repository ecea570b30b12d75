// The reference platform on this machine and the built extension connected to it: the setup of
// every test that syncs. The platform can go down and come back on the same address and data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { PageToBackgroundReplies } from '../../../utils/protocol/page-to-background';
import { startPlatformServer, type Faults, type PlatformServer } from '../../platform-server/platform-server';
import { openOptionsPage, sendFromPage } from './extension-page';
import { launchWithExtension, type LaunchedBrowser } from './launch-extension';
import { routeMeetFixtures } from './meet-routes';
import { until } from './until';
import type { SyncOverview } from '../../../utils/protocol/reply-views';

export interface ConnectedPlatform {
  readonly browser: LaunchedBrowser;
  /** An options page, where requests to the background are sent from. */
  readonly options: Page;
  /** The platform as it runs now: another object after `stop` and `start`. */
  readonly server: PlatformServer;
  /** The token the extension is connected with. */
  readonly token: string;
  /** The platform goes down: nothing answers at its address. */
  stop(): Promise<void>;
  /** The platform comes back at the same address, with the same data. */
  start(faults?: Faults): Promise<void>;
  /** The platform issues a new token and the mentor connects with it, as after the old one expired. */
  reconnect(token: string): Promise<void>;
  records(): Promise<PageToBackgroundReplies['records/list']>;
  overview(): Promise<SyncOverview>;
  /** The options page's "Sync now": what is waiting goes, whatever the backoff said. */
  syncNow(): Promise<SyncOverview>;
  close(): Promise<void>;
}

/** Starts the platform, launches the extension and connects it, once its five students and their sessions are in. */
export async function connectToPlatform(firstToken = 'e2e-token'): Promise<ConnectedPlatform> {
  let token = firstToken;
  const dir = mkdtempSync(path.join(tmpdir(), 'cadence-platform-'));
  const dataFile = path.join(dir, 'platform.json');
  let server = await startPlatformServer({ port: 0, dataFile, token });
  const { port } = server;
  const browser = await launchWithExtension();
  await routeMeetFixtures(browser.context);
  const options = await openOptionsPage(browser.context, browser.extensionId);
  // The permission prompt cannot be answered in a headless browser: the reference
  // platform answers CORS, so the worker reaches it without host access.
  const connect = async () => {
    const connected = await sendFromPage(options, { type: 'platform/connect', baseUrl: server.url, token });
    if (!connected?.value?.ok) throw new Error(`could not connect to the platform: ${JSON.stringify(connected)}`);
  };
  await connect();
  const value = async <T>(reply: Promise<{ value: T }>) => (await reply).value;
  const platform: ConnectedPlatform = {
    browser,
    options,
    get server() {
      return server;
    },
    get token() {
      return token;
    },
    stop: () => server.close(),
    async start(faults = {}) {
      server = await startPlatformServer({ port, dataFile, token, faults });
    },
    async reconnect(next) {
      token = next;
      server.issueToken(token);
      await connect();
    },
    records: () => value(sendFromPage(options, { type: 'records/list' })),
    overview: () => value(sendFromPage(options, { type: 'platform/overview' })),
    syncNow: () => value(sendFromPage(options, { type: 'platform/sync-now' })),
    async close() {
      await browser.close();
      await server.close().catch(() => undefined); // already down
      rmSync(dir, { recursive: true, force: true });
    },
  };
  // Students and sessions alike: a test may stop the platform at once and open a session's report.
  await until(platform.records, (list) => list.students.length === 5 && list.sessions.length >= server.state().sessions.length);
  return platform;
}
