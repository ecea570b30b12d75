// Kills the browser the way a crash or a power cut would, and starts it again on the same profile.
import { readlinkSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, type LaunchedBrowser } from './launch-extension';

/** The browser's pid, from the profile's `SingletonLock` symlink (`<host>-<pid>`). */
export function browserPid(userDataDir: string): number {
  const target = readlinkSync(path.join(userDataDir, 'SingletonLock'));
  const pid = Number(target.slice(target.lastIndexOf('-') + 1));
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`No pid in SingletonLock -> ${target}`);
  return pid;
}

/**
 * SIGKILL to the browser's whole process group (it leads it, renderers and
 * the extension's worker included): nothing gets to flush or say goodbye.
 * Then the same profile is launched again, as the mentor would reopen it.
 */
export async function killAndRelaunch(browser: LaunchedBrowser): Promise<LaunchedBrowser> {
  const pid = browserPid(browser.userDataDir);
  process.kill(-pid, 'SIGKILL');
  await waitUntilGone(pid);
  await browser.context.close().catch(() => undefined);
  const { extensionDir } = browser.launchOptions;
  if (!extensionDir) throw new Error('relaunching a browser without Cadence is not what this is for');
  const relaunched = await launchWithExtension({ ...browser.launchOptions, extensionDir, userDataDir: browser.userDataDir });
  // The profile is still the first launch's to remove.
  relaunched.removeUserDataDirOnClose = browser.removeUserDataDirOnClose;
  return relaunched;
}

async function waitUntilGone(pid: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`browser ${pid} still alive after SIGKILL`);
}
