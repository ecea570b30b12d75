// Cadence packed and installed as a store installs an extension, with its own update server on
// loopback: the one way found to have Chromium offer a test an update (runtime.onUpdateAvailable).
// An unpacked build never gets one. Chromium (Linux, Chromium-branded) installs the CRX named in
// `<profile>/External Extensions/<id>.json`, then asks the manifest's `update_url` for updates.
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'playwright-core';
import { DEFAULT_EXTENSION_DIR, launchWithExtension, type LaunchedBrowser } from '../../e2e/support/launch-extension';

export interface PackedCadence {
  browser: LaunchedBrowser<null>;
  extensionId: string;
  /** The version installed first: the build's own. */
  firstVersion: string;
  /** Packs `build` (the current build by default) as `version` and offers it from the update server from now on. */
  publish(version: string, build?: string): void;
  /** The extension's worker, once it runs `version`. */
  workerRunning(version: string, timeout?: number): Promise<Worker>;
  /**
   * Waits until the profile, as the browser keeps it on disk, has `version` of the extension: held
   * back (`idle_install_info`, applied at the browser's next start) or installed. Read from the
   * profile's `Preferences`, not from the extension, whose worker may be the one holding it back.
   */
  updateInProfile(version: string, timeout?: number): Promise<'held back' | 'installed'>;
  /**
   * Closes the browser as the mentor quits it and starts it again on the same profile (`browser` is
   * then the new one): what the browser holds back, it applies as it starts.
   */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Playwright's switches that would stop it: no extensions but the command line's, no update
 * checks, no external extensions. The update server is on loopback: nothing leaves the machine.
 */
const KEPT_OUT = ['--disable-extensions', '--disable-background-networking', '--disable-default-apps'];

/** `firstBuild`: the unpacked build installed first (the current build by default), e.g. the previous release's. */
export async function launchPackedCadence(options: { locale?: string; firstBuild?: string } = {}): Promise<PackedCadence> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cadence-packed-'));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyFile = path.join(dir, 'key.pem');
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const extensionId = idOf(createPublicKey(privateKey).export({ type: 'spki', format: 'der' }));

  let offered: string | null = null;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/updates.xml') {
      const check = offered
        ? `<updatecheck codebase='${origin}/${offered}.crx' version='${offered}' />`
        : `<updatecheck status='noupdate' />`;
      response.setHeader('content-type', 'application/xml');
      response.end(
        `<?xml version='1.0' encoding='UTF-8'?><gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'><app appid='${extensionId}'>${check}</app></gupdate>`,
      );
      return;
    }
    const crx = path.join(dir, path.basename(url.pathname));
    if (url.pathname.endsWith('.crx') && existsSync(crx)) {
      response.setHeader('content-type', 'application/x-chrome-extension');
      response.end(readFileSync(crx));
      return;
    }
    response.statusCode = 404;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const pack = (version: string, build = DEFAULT_EXTENSION_DIR) => {
    const unpacked = path.join(dir, version);
    cpSync(build, unpacked, { recursive: true });
    const manifestFile = path.join(unpacked, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, version, update_url: `${origin}/updates.xml` }));
    // Chromium packs and exits; its own throwaway profile keeps it off anyone else's.
    execFileSync(
      process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      [
        '--headless',
        '--no-sandbox',
        `--user-data-dir=${path.join(dir, 'packer')}`,
        `--pack-extension=${unpacked}`,
        `--pack-extension-key=${keyFile}`,
      ],
      { stdio: 'ignore' },
    );
    if (!existsSync(`${unpacked}.crx`)) throw new Error(`Chromium did not pack ${unpacked}`);
  };

  const firstBuild = options.firstBuild ?? DEFAULT_EXTENSION_DIR;
  const firstVersion = (JSON.parse(readFileSync(path.join(firstBuild, 'manifest.json'), 'utf8')) as { version: string }).version;
  pack(firstVersion, firstBuild);
  const profile = path.join(dir, 'profile');
  mkdirSync(path.join(profile, 'External Extensions'), { recursive: true });
  writeFileSync(
    path.join(profile, 'External Extensions', `${extensionId}.json`),
    JSON.stringify({ external_crx: path.join(dir, `${firstVersion}.crx`), external_version: firstVersion }),
  );
  const launch = () =>
    launchWithExtension({
      extensionDir: null,
      userDataDir: profile,
      locale: options.locale,
      ignoreDefaultArgs: KEPT_OUT,
    });
  let browser = await launch();

  const packed: PackedCadence = {
    get browser() {
      return browser;
    },
    extensionId,
    firstVersion,
    publish(version, build) {
      pack(version, build);
      offered = version;
    },
    async workerRunning(version, timeout = 30_000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        for (const worker of browser.context.serviceWorkers()) {
          if (!worker.url().startsWith(`chrome-extension://${extensionId}/`)) continue;
          // A worker the update stopped waits for its next start to answer: ask again rather than wait.
          const running = await Promise.race([worker.evaluate(runningVersion).catch(() => null), sleep(1_000).then(() => null)]);
          if (running === version) return worker;
        }
        if (Date.now() > deadline) throw new Error(`Cadence ${version} not running after ${timeout} ms`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async updateInProfile(version, timeout = 60_000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const kept = profileRecord(profile, extensionId);
        if (kept?.manifest?.version === version) return 'installed';
        if (kept?.idle_install_info?.manifest?.version === version) return 'held back';
        if (Date.now() > deadline)
          throw new Error(`the profile has no ${version} after ${timeout} ms: ${JSON.stringify(kept?.manifest?.version)}`);
        await sleep(250);
      }
    },
    async restart() {
      await browser.close();
      browser = await launch();
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
  // The browser installs it a moment after it starts.
  await packed.workerRunning(firstVersion);
  return packed;
}

interface ProfileRecord {
  manifest?: { version?: string };
  idle_install_info?: { manifest?: { version?: string } };
}

/**
 * What the profile keeps of the extension (`extensions.settings.<id>` in `Default/Preferences`),
 * written by the browser within about 10 s of a change; `null` while it is not there (or, in the
 * moment the browser replaces the file, not readable).
 */
function profileRecord(profile: string, extensionId: string): ProfileRecord | null {
  try {
    const preferences = JSON.parse(readFileSync(path.join(profile, 'Default', 'Preferences'), 'utf8')) as {
      extensions?: { settings?: Record<string, ProfileRecord> };
    };
    return preferences.extensions?.settings?.[extensionId] ?? null;
  } catch {
    return null;
  }
}

/** Evaluated in the extension's worker. */
export function runningVersion(): string {
  return (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version;
}

/** Chromium's id for a key: sha256 of its public key, first 16 bytes, a–p encoded. */
function idOf(publicKey: Buffer): string {
  const hex = createHash('sha256').update(publicKey).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}
