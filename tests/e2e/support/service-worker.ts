// Stop / find the extension's MV3 service worker. Chromium never idles a worker out while
// Playwright's debugger is attached, so tests that need a cold worker stop it explicitly.
import type { BrowserContext, CDPSession, Worker } from 'playwright-core';

export interface WaitOptions {
  /** Default 10 s. */
  timeout?: number;
}

/**
 * Stops the worker like Chromium's idle timeout would (Target.closeTarget on a service_worker
 * target ends in ServiceWorkerVersion::StopWorker) and waits until its target is gone: Chromium
 * lists a worker target only while the worker is starting or running. No-op if already stopped.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string, options: WaitOptions = {}): Promise<void> {
  await withBrowserSession(context, async (session) => {
    const running = await workerTargetIds(session, extensionId);
    const close = async (ids: string[]) => {
      for (const targetId of ids) await session.send('Target.closeTarget', { targetId }).catch(() => undefined);
    };
    await close(running);
    // A worker still starting ignores the close, and keeps its target id when it
    // restarts: ask again until a reading finds it gone.
    let asked = Date.now();
    await poll(
      async () => {
        const left = (await workerTargetIds(session, extensionId)).filter((id) => running.includes(id));
        if (left.length && Date.now() - asked > 250) {
          await close(left);
          asked = Date.now();
        }
        return left.length === 0;
      },
      options.timeout,
      'stop',
    );
  });
}

/**
 * The extension's worker, once it is running. Playwright keeps one Worker object per worker
 * version: after a stop and restart it is the same object (no new 'serviceworker' event, no
 * 'close' event) and it evaluates in the new instance; an evaluate() sent while the worker is
 * stopped just waits for the next start. With `wake`, a stopped worker is started through CDP
 * (as a message or an alarm would) instead of waiting for the page to wake it.
 */
export async function getServiceWorker(
  context: BrowserContext,
  extensionId: string,
  options: WaitOptions & { wake?: boolean } = {},
): Promise<Worker> {
  const timeout = options.timeout ?? 10_000;
  const deadline = Date.now() + timeout;
  if (options.wake) await startServiceWorker(context, extensionId);
  await withBrowserSession(context, (session) =>
    poll(async () => (await workerTargetIds(session, extensionId)).length > 0, timeout, 'start'),
  );
  const isOurs = (worker: Worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`);
  return (
    context.serviceWorkers().find(isOurs) ??
    context.waitForEvent('serviceworker', { predicate: isOurs, timeout: Math.max(1, deadline - Date.now()) })
  );
}

/** ServiceWorker.startWorker exists only on page targets; any page of the context will do. */
async function startServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const existing = context.pages()[0];
  const page = existing ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${extensionId}/` });
  } finally {
    await session.detach().catch(() => undefined);
    if (!existing) await page.close();
  }
}

async function withBrowserSession<T>(context: BrowserContext, body: (session: CDPSession) => Promise<T>): Promise<T> {
  // Non-null for launchPersistentContext and connectOverCDP contexts in playwright-core 1.65.
  const browser = context.browser();
  if (!browser) throw new Error('context.browser() is null: cannot open a browser-level CDP session');
  const session = await browser.newBrowserCDPSession();
  try {
    return await body(session);
  } finally {
    await session.detach().catch(() => undefined);
  }
}

async function workerTargetIds(session: CDPSession, extensionId: string): Promise<string[]> {
  const { targetInfos } = await session.send('Target.getTargets');
  return targetInfos
    .filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))
    .map((t) => t.targetId);
}

async function poll(done: () => Promise<boolean>, timeout = 10_000, what: string): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`Extension service worker did not ${what} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Reloads the extension the way applying an update does (`runtime.reload()` from its worker):
 * its pages close, its content scripts are orphaned, and its next worker is a new one (the id
 * stays). Waits until the old worker is gone.
 */
export async function reloadExtension(context: BrowserContext, extensionId: string, options: WaitOptions = {}): Promise<void> {
  await inDeveloperMode(context);
  const worker = await getServiceWorker(context, extensionId, { ...options, wake: true });
  const gone = new Promise<void>((resolve) => worker.once('close', () => resolve()));
  // Later than the evaluate's answer, which the reload would cut off.
  await worker.evaluate(() => {
    setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 0);
  });
  await withTimeout(gone, options.timeout ?? 10_000, 'Extension did not reload');
}

function withTimeout<T>(promise: Promise<T>, timeout: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${message} within ${timeout} ms`)), timeout)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const developerProfiles = new WeakSet<BrowserContext>();

/**
 * An unpacked extension reloads only in developer mode (which loading one by hand turns on):
 * otherwise Chromium disables it as an "unsupported developer extension" and it is gone.
 */
async function inDeveloperMode(context: BrowserContext): Promise<void> {
  if (developerProfiles.has(context)) return;
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { developerPrivate: { updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void> } };
        }
      ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
    );
    developerProfiles.add(context);
  } finally {
    await page.close();
  }
}
