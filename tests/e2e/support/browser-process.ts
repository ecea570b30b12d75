// Browser "crash" for tests: SIGKILL the Chromium of a launchWithExtension() and relaunch it on
// the same profile (extension IndexedDB / storage survive: LevelDB has written them to disk).
import { readFileSync, readlinkSync } from 'node:fs';
import { launchWithExtension, type LaunchedBrowser } from './launch-extension';

/**
 * Pid of the browser process. Playwright does not expose it for persistent contexts
 * (there is no Browser.process()), but Chromium's profile lock is a symlink "<host>-<pid>".
 */
export function browserPid(userDataDir: string): number {
  const pid = Number(readlinkSync(`${userDataDir}/SingletonLock`).split('-').pop());
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  if (!Number.isInteger(pid) || !cmdline.includes(`--user-data-dir=${userDataDir}`)) {
    throw new Error(`SingletonLock of ${userDataDir} does not point at its browser (pid ${pid})`);
  }
  return pid;
}

/** SIGKILL, no shutdown: waits until Playwright sees the context close and the process is gone. */
export async function killBrowser(launched: LaunchedBrowser<string | null>, timeout = 10_000): Promise<void> {
  const pid = browserPid(launched.userDataDir);
  const closed = new Promise<void>((resolve) => launched.context.once('close', () => resolve()));
  // Playwright spawns the browser as a process-group leader: take its renderers down with it,
  // so no orphan keeps burning one of the two cores.
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    process.kill(pid, 'SIGKILL');
  }
  await withTimeout(closed, timeout, 'context did not report the killed browser');
  const deadline = Date.now() + timeout;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`browser pid ${pid} still alive after SIGKILL`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Launches again on the same profile with the same options (closing the old browser first if it
 * is still alive). The new handle takes over deleting a temp profile; the old close() keeps it.
 */
export async function relaunch(previous: LaunchedBrowser<string>): Promise<LaunchedBrowser<string>>;
export async function relaunch(previous: LaunchedBrowser<null>): Promise<LaunchedBrowser<null>>;
export async function relaunch(previous: LaunchedBrowser<string | null>): Promise<LaunchedBrowser<string | null>> {
  const removeUserDataDirOnClose = previous.removeUserDataDirOnClose;
  previous.removeUserDataDirOnClose = false;
  await previous.close();
  const { extensionDir, ...rest } = previous.launchOptions;
  const next = extensionDir
    ? await launchWithExtension({ ...rest, extensionDir, userDataDir: previous.userDataDir })
    : await launchWithExtension({ ...rest, extensionDir: null, userDataDir: previous.userDataDir });
  next.removeUserDataDirOnClose = removeUserDataDirOnClose;
  return next;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A killed child stays a zombie until Playwright reaps it: count that as gone.
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timedOut]).finally(() => clearTimeout(timer));
}
