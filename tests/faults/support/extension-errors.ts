// Counts unhandled errors in every context of the extension while a fault test runs: uncaught
// exceptions and rejections in any page (extension pages, and Meet pages where the content script
// runs), console errors of Cadence's code in any page (its own pages, and its frame inside Meet),
// and errors the service worker writes to its console (its global handlers log every unhandled
// error there, see utils/background/log-unhandled-errors.ts). A reloaded extension's new worker
// is a new Worker, met through the context's 'serviceworker' event like the first.
import type { BrowserContext, ConsoleMessage, Page, Worker } from 'playwright-core';

export interface ExtensionErrors {
  /** Each error, with where it came from. */
  readonly list: readonly string[];
  /** Stops listening (a relaunched browser needs a new watcher). */
  stop(): void;
}

export function watchExtensionErrors(context: BrowserContext, extensionId: string): ExtensionErrors {
  const list: string[] = [];
  const origin = `chrome-extension://${extensionId}/`;
  const onWebError = (error: { error(): Error; page(): Page | null }) =>
    list.push(`${error.page()?.url() ?? 'page'}: ${error.error().message}`);
  // An extension page, or Cadence's code in another page: the panel's frame in Meet is one of its pages.
  const onPageConsole = (page: Page) => (message: ConsoleMessage) => {
    const ours = page.url().startsWith(origin) || message.location().url.startsWith(origin);
    if (message.type() === 'error' && ours) list.push(`${message.location().url || page.url()}: ${message.text()}`);
  };
  const onWorkerConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') list.push(`service worker: ${message.text()}`);
  };
  const watchedPages = new Map<Page, (message: ConsoleMessage) => void>();
  const watchPage = (page: Page) => {
    const listener = onPageConsole(page);
    watchedPages.set(page, listener);
    page.on('console', listener);
  };
  const watchedWorkers = new Set<Worker>();
  const watchWorker = (worker: Worker) => {
    if (!worker.url().startsWith(origin) || watchedWorkers.has(worker)) return;
    watchedWorkers.add(worker);
    worker.on('console', onWorkerConsole);
  };
  context.on('weberror', onWebError);
  context.on('page', watchPage);
  context.on('serviceworker', watchWorker);
  context.pages().forEach(watchPage);
  context.serviceWorkers().forEach(watchWorker);
  return {
    list,
    stop() {
      context.off('weberror', onWebError);
      context.off('page', watchPage);
      context.off('serviceworker', watchWorker);
      for (const [page, listener] of watchedPages) page.off('console', listener);
      for (const worker of watchedWorkers) worker.off('console', onWorkerConsole);
    },
  };
}
