// One of Cadence's own pages, and the background requests a page may send.
import type { BrowserContext, Page } from 'playwright-core';
import type { PageToBackground } from '../../../utils/protocol/page-to-background';
import type { UiToBackground } from '../../../utils/protocol/ui-to-background';

export async function openOptionsPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('main').waitFor();
  return page;
}

/**
 * Sends a request from the page, as its own code would. A worker stopped
 * mid-request closes the channel: that comes back as `{ closed: true }`.
 */
export function sendFromPage(page: Page, message: PageToBackground | UiToBackground): Promise<any> {
  return page.evaluate(
    (request) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime
        .sendMessage(request)
        .catch(() => ({ closed: true })),
    message,
  );
}

/** The toolbar button's badge as the browser shows it ('' when it shows none), read from one of Cadence's pages. */
export function readBadge(page: Page): Promise<string> {
  return page.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }).chrome.action.getBadgeText({}),
  );
}
