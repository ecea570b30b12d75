// The report page (report.html#<session id>) as a mentor uses it, in English.
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from './launch-extension';
import { panelTexts } from './session-panel-page';

const text = panelTexts('en');

export async function openReport(browser: LaunchedBrowser, sessionId: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/report.html#${sessionId}`);
  await page.getByLabel(text('reportSummary')).waitFor();
  return page;
}

/** The save line's state: `saved` once the words are on disk. */
export const saveState = (page: Page) => page.getByTestId('report-save-state').getAttribute('data-state');

/** Types `words` into the summary a word at a time, with a pause after each. Returns what was typed, with when. */
export async function typeWords(page: Page, words: string[], pauseMs: number) {
  const typed: { word: string; at: number }[] = [];
  const field = page.getByLabel(text('reportSummary'));
  await field.click();
  await page.keyboard.press('End');
  for (const word of words) {
    await page.keyboard.type(`${word} `);
    typed.push({ word, at: Date.now() });
    await page.waitForTimeout(pauseMs);
  }
  return typed;
}
