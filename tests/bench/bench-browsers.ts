// Launches the bench's browsers through the e2e helper and makes sure none outlives the bench:
// close() normally ends Chromium and removes the temp profile, but a browser that hangs on
// close (or a Ctrl-C) would leave a process tree and a profile behind, so we track the pid.
import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, type LaunchedBrowser } from '../e2e/support/launch-extension';

export interface BenchBrowser<Id extends string | null> {
  launched: LaunchedBrowser<Id>;
  /** Chromium's main pid; it leads its process group (renderers, GPU, utility processes). */
  pid: number | null;
}

const open = new Set<BenchBrowser<string | null>>();

export async function launchBenchBrowser(withExtension: true): Promise<BenchBrowser<string>>;
export async function launchBenchBrowser(withExtension: false): Promise<BenchBrowser<null>>;
export async function launchBenchBrowser(withExtension: boolean): Promise<BenchBrowser<string | null>> {
  const launched = withExtension ? await launchWithExtension() : await launchWithExtension({ extensionDir: null });
  const browser = { launched, pid: browserPid(launched.userDataDir) };
  open.add(browser);
  return browser;
}

/** The profile's SingletonLock is a symlink to `<host>-<pid>` (see tests/e2e/support/README.md). */
function browserPid(userDataDir: string): number | null {
  try {
    const pid = Number(readlinkSync(path.join(userDataDir, 'SingletonLock')).split('-').pop());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether any process of the group `pid` leads is still there (renderers exit after the browser). */
function alive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Pids whose command line names this profile: only a browser we launched on it can. */
function processesUsing(userDataDir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(userDataDir);
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
}

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export interface CleanupReport {
  browsers: number;
  /** Process groups (or stray processes on our profiles) still alive after close() and killed here. */
  killed: number[];
  /** Temp profiles that close() did not remove (removed here). */
  profilesLeft: string[];
}

/** Closes every browser launched here; kills a process group that outlives close() by 5 s. */
export async function closeBenchBrowsers(report: CleanupReport = emptyReport()): Promise<CleanupReport> {
  for (const browser of open) await closeBenchBrowser(browser, report);
  return report;
}

export const emptyReport = (): CleanupReport => ({ browsers: 0, killed: [], profilesLeft: [] });

/** Closes one browser (the bench goes on with others), adding what it took to `report`. */
export async function closeBenchBrowser(browser: BenchBrowser<string | null>, report: CleanupReport): Promise<void> {
  if (!open.has(browser)) return;
  report.browsers += 1;
  await Promise.race([browser.launched.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  const { pid } = browser;
  if (pid !== null) {
    const deadline = Date.now() + 5_000;
    while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    if (alive(pid)) {
      report.killed.push(pid);
      kill(-pid);
    }
  }
  const dir = browser.launched.userDataDir;
  for (const stray of processesUsing(dir)) {
    report.killed.push(stray);
    kill(stray);
  }
  if (browser.launched.removeUserDataDirOnClose && existsSync(dir)) {
    report.profilesLeft.push(dir);
    rmSync(dir, { recursive: true, force: true });
  }
  open.delete(browser);
}
