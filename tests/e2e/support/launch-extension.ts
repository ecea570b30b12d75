// Launches Debian's Chromium headless with the built extension (or none, for benchmarks).
// Findings behind the flags are in README.md beside this file.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

// Relative to this file, so it does not depend on the cwd vitest runs in.
export const DEFAULT_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));

export interface LaunchOptions {
  /** Unpacked MV3 build; `null` launches the same browser without any extension. */
  extensionDir?: string | null;
  /** Reused as is (and kept) when given; otherwise a fresh temp profile, removed by close(). */
  userDataDir?: string;
  /** BCP 47 tag, e.g. 'fr' or 'fr-FR'. Default 'en-US'. */
  locale?: string;
  /** IANA zone the whole browser runs in (pages and the worker), e.g. 'Europe/Paris'. Default: the machine's. */
  timezone?: string;
  /** Extra Chromium switches. */
  args?: string[];
  /** How long to wait for the extension's service worker. Default 15 s. */
  timeout?: number;
  /** Playwright's own switches to leave out (see tests/faults/support/packed-extension.ts). */
  ignoreDefaultArgs?: string[];
}

export interface LaunchedBrowser<Id extends string | null = string> {
  context: BrowserContext;
  extensionId: Id;
  userDataDir: string;
  /** What this launch used, so browser-process.ts can relaunch on the same profile. */
  readonly launchOptions: Readonly<LaunchOptions>;
  /** Whether close() deletes userDataDir (true only for a temp profile made here). */
  removeUserDataDirOnClose: boolean;
  close(): Promise<void>;
}

export function launchWithExtension(options?: LaunchOptions & { extensionDir?: string }): Promise<LaunchedBrowser<string>>;
export function launchWithExtension(options: LaunchOptions & { extensionDir: null }): Promise<LaunchedBrowser<null>>;
export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedBrowser<string | null>> {
  const extensionDir = options.extensionDir === null ? null : resolveExtensionDir(options.extensionDir ?? DEFAULT_EXTENSION_DIR);
  const locale = options.locale ?? 'en-US';
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'cadence-e2e-profile-'));

  const args = [
    // Chrome picks the extension's _locales/<x> from --lang, not from `locale`; it must be the bare
    // language ('fr'): '--lang=fr-FR' falls back to default_locale (this build ships only en-US.pak).
    `--lang=${locale.split(/[-_]/)[0]}`,
    // Playwright already passes --no-sandbox, --disable-background-networking, --disable-component-update,
    // --no-first-run, --disable-sync; these keep the closed network and the 2-core machine quiet.
    '--disable-gpu',
    '--no-default-browser-check',
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ...(options.args ?? []),
  ];

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args,
    // navigator.language / chrome.i18n.getUILanguage() follow this, getMessage() follows --lang.
    locale,
    ignoreDefaultArgs: options.ignoreDefaultArgs,
    // TZ sets the zone of the browser's processes, the worker's included; timezoneId that of the pages Playwright opens.
    ...(options.timezone ? { timezoneId: options.timezone, env: { ...process.env, TZ: options.timezone } } : {}),
  });

  const launched: LaunchedBrowser<string | null> = {
    context,
    extensionId: null,
    userDataDir,
    launchOptions: { ...options, extensionDir, userDataDir },
    removeUserDataDirOnClose: ownsProfile,
    async close() {
      await context.close().catch(() => undefined); // already gone after a kill
      if (launched.removeUserDataDirOnClose) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  if (extensionDir) {
    try {
      launched.extensionId = await waitForExtensionId(context, extensionDir, options.timeout ?? 15_000);
    } catch (error) {
      await launched.close();
      throw error;
    }
  }
  return launched;
}

function resolveExtensionDir(dir: string): string {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir} (run \`npm run build\` first)`);
  }
  // Chromium derives an unpacked extension's id from its real path.
  return realpathSync(dir);
}

/** Id from the background worker's URL, the one thing that proves the extension really loaded. */
async function waitForExtensionId(context: BrowserContext, extensionDir: string, timeout: number): Promise<string> {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    key?: string;
  };
  const script = manifest.background?.service_worker;
  if (!script) return computeExtensionId(extensionDir, manifest.key); // nothing to wait for
  const isOurs = (worker: Worker) => new URL(worker.url()).pathname === `/${script.replace(/^\//, '')}`;
  const worker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout }).catch(() => {
      throw new Error(`Extension at ${extensionDir} did not start its service worker within ${timeout} ms`);
    }));
  return new URL(worker.url()).host;
}

/** Chromium's id for an unpacked extension: sha256 of the manifest key (or else the path), a–p encoded. */
export function computeExtensionId(extensionDir: string, manifestKey?: string): string {
  const input = manifestKey ? Buffer.from(manifestKey, 'base64') : Buffer.from(realpathSync(extensionDir));
  const hex = createHash('sha256').update(input).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}
