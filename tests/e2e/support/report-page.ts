// The report page (`report.html#<session>`): open it, type into its summary, and read what
// the mentor has been told is saved.
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from './launch-extension';
import { panelTexts } from './session-panel-page';

const text = panelTexts('en');

export async function openReport(browser: Pick<LaunchedBrowser, 'context' | 'extensionId'>, sessionId: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/report.html#${sessionId}`);
  await page.getByLabel(text('reportSummary')).waitFor();
  return page;
}

export const summaryField = (page: Page) => page.getByLabel(text('reportSummary'));

export const saveState = (page: Page) => page.getByTestId('report-save-state').getAttribute('data-state');

/**
 * The summary as it stands and whether the page says it is saved, read in one go: when it
 * says "Saved", that whole text is what the mentor has been promised is kept.
 */
export function readSummary(page: Page): Promise<{ value: string; saved: boolean }> {
  return page.evaluate(() => {
    const line = document.querySelector('[data-testid="report-save-state"]');
    const field = document.querySelector<HTMLTextAreaElement>('textarea.report-summary');
    return { value: field?.value ?? '', saved: line?.getAttribute('data-state') === 'saved' };
  });
}

/**
 * Types `words` a word at a time, noting when each was typed.
 */
export async function typeWords(page: Page, words: string[], pauseMs: number) {
  const typed: { word: string; at: number }[] = [];
  await summaryField(page).click();
  await page.keyboard.press('Control+End');
  for (const word of words) {
    await page.keyboard.type(`${word} `);
    typed.push({ word, at: Date.now() });
    await page.waitForTimeout(pauseMs);
  }
  return typed;
}
