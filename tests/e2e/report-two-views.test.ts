// One report open in two places (two tabs of report.html#<session>, as the panel's and the report's
// tab are two pages of the same report): typed in turns and at once, with the service worker
// stopped between steps. No word either page showed as "Saved" is ever lost, and when both changed
// the same field the mentor settles it by keyboard.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures } from './support/meet-routes';
import { openReport, saveState } from './support/report-page';
import { importSeededRecords } from './support/seed-records';
import { stopServiceWorker } from './support/service-worker';
import { panelTexts } from './support/session-panel-page';

const text = panelTexts('en');
const SESSION = 'local-this-week';
const FIELDS = { summary: text('reportSummary'), notes: text('reportPrivateNotes') } as const;
type Field = keyof typeof FIELDS;

/**
 * From now on, every 25 ms while the page says "Saved", the words of both fields are noted:
 * that is what the mentor has been promised is kept.
 */
async function notePromisedWords(page: Page) {
  await page.evaluate(() => {
    const promised = new Set<string>();
    (globalThis as unknown as { promised: Set<string> }).promised = promised;
    setInterval(() => {
      const state = document.querySelector('[data-testid="report-save-state"]')?.getAttribute('data-state');
      if (state !== 'saved') return;
      for (const field of document.querySelectorAll<HTMLTextAreaElement>('.report-editor textarea')) {
        for (const word of field.value.split(/\s+/)) if (word) promised.add(word);
      }
    }, 25);
  });
}

const promisedWords = (page: Page) => page.evaluate(() => [...(globalThis as unknown as { promised: Set<string> }).promised]);

const fieldOf = (page: Page, field: Field) => page.getByLabel(FIELDS[field], { exact: true });

/** Types `words` at the end of a field, a word at a time, as a mentor would. */
async function typeInto(page: Page, field: Field, words: string[], pauseMs = 120) {
  await fieldOf(page, field).click();
  await page.keyboard.press('Control+End');
  for (const word of words) {
    await page.keyboard.type(`${word} `);
    await page.waitForTimeout(pauseMs);
  }
}

const words = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

describe('one report open in two places', () => {
  let browser: LaunchedBrowser;
  let tab: Page;
  let panel: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US', userDataDir: mkdtempSync(path.join(tmpdir(), 'cadence-two-views-')) });
    browser.removeUserDataDirOnClose = true;
    await routeMeetFixtures(browser.context);
    await importSeededRecords(browser, 'two-view-rpt');
    tab = await openReport(browser, SESSION);
    panel = await openReport(browser, SESSION);
    await notePromisedWords(tab);
    await notePromisedWords(panel);
  });
  afterAll(() => browser?.close());

  const stopWorker = () => stopServiceWorker(browser.context, browser.extensionId);
  const bothSaved = async () => {
    await expect.poll(() => saveState(tab), { timeout: 5_000 }).toBe('saved');
    await expect.poll(() => saveState(panel), { timeout: 5_000 }).toBe('saved');
  };

  it('takes the other page’s words at once, typed in turns, with the worker stopped between', async () => {
    await typeInto(tab, 'summary', words('tabturn', 6));
    await expect.poll(() => saveState(tab), { timeout: 5_000 }).toBe('saved');
    // The other page had nothing unsaved: it shows the newer text without a reload.
    await expect.poll(() => fieldOf(panel, 'summary').inputValue(), { timeout: 5_000 }).toContain('tabturn6');

    await stopWorker();
    await typeInto(panel, 'notes', words('panelturn', 6));
    await expect.poll(() => fieldOf(tab, 'notes').inputValue(), { timeout: 5_000 }).toContain('panelturn6');

    await stopWorker();
    // The case the issue saw: words added in the tab, then a private note typed in the panel.
    await typeInto(tab, 'summary', words('tabagain', 4));
    await expect.poll(() => saveState(tab), { timeout: 5_000 }).toBe('saved');
    await stopWorker();
    await typeInto(panel, 'notes', words('panelagain', 4));
    await bothSaved();
    // The page that typed last has its words at its save's reply; the other reads them once the news
    // reaches it, one more round trip to the background.
    for (const page of [tab, panel]) {
      await expect
        .poll(() => fieldOf(page, 'summary').inputValue(), { timeout: 5_000 })
        .toContain('tabturn1 tabturn2 tabturn3 tabturn4 tabturn5 tabturn6 tabagain1');
      await expect
        .poll(() => fieldOf(page, 'notes').inputValue(), { timeout: 5_000 })
        .toContain('panelturn6 panelagain1 panelagain2 panelagain3 panelagain4');
    }
  });

  it('merges words typed at once in two fields, the worker stopped mid-way', async () => {
    await stopWorker();
    await Promise.all([typeInto(tab, 'summary', words('tabonce', 8), 90), typeInto(panel, 'notes', words('panelonce', 8), 110)]);
    await stopWorker();
    await bothSaved();
    await expect.poll(() => fieldOf(panel, 'summary').inputValue(), { timeout: 5_000 }).toContain('tabonce8');
    await expect.poll(() => fieldOf(tab, 'notes').inputValue(), { timeout: 5_000 }).toContain('panelonce8');
    await expect.poll(() => saveState(tab), { timeout: 5_000 }).toBe('saved');
    await expect.poll(() => saveState(panel), { timeout: 5_000 }).toBe('saved');
  });

  it('shows both versions when both change the summary at once, and the mentor merges them by keyboard', async () => {
    await stopWorker();
    await Promise.all([typeInto(tab, 'summary', words('tabsame', 6), 100), typeInto(panel, 'summary', words('panelsame', 6), 100)]);
    // One page's save came first; the other holds both texts for the mentor.
    const states = async () => [await saveState(tab), await saveState(panel)].sort();
    await expect.poll(states, { timeout: 5_000 }).toEqual(['conflict', 'saved']);
    const [held, other] = (await saveState(tab)) === 'conflict' ? [tab, panel] : [panel, tab];
    const conflict = held.getByTestId('conflict-summary');
    await expect.poll(() => conflict.getByRole('heading', { name: text('reportConflictTheirs') }).count()).toBe(1);
    expect(await seriousViolations(held)).toEqual([]);
    await stopWorker();

    // By keyboard alone: to "Merge them", then the combined text, then "Use the merged text".
    await conflict.getByRole('button', { name: text('reportConflictKeepYours') }).focus();
    await held.keyboard.press('Tab');
    expect(await held.evaluate(() => document.activeElement?.textContent)).toBe(text('reportConflictMerge'));
    await held.keyboard.press('Enter');
    const merged = held.getByLabel(text('reportConflictMerged'));
    await expect.poll(() => merged.evaluate((element) => element === document.activeElement)).toBe(true);
    const combined = await merged.inputValue();
    expect(combined).toContain('tabsame6');
    expect(combined).toContain('panelsame6');
    await held.keyboard.press('Control+End');
    await held.keyboard.type(' mergedbyhand');
    await held.keyboard.press('Tab');
    await held.keyboard.press('Enter');
    await expect.poll(() => saveState(held), { timeout: 5_000 }).toBe('saved');
    // The choice made, the focus is back in the summary, which holds the merged text.
    expect(await held.evaluate(() => document.activeElement?.classList.contains('report-summary'))).toBe(true);
    expect(await fieldOf(held, 'summary').inputValue()).toContain('mergedbyhand');
    await expect.poll(() => fieldOf(other, 'summary').inputValue(), { timeout: 5_000 }).toContain('mergedbyhand');
  });

  it('lost no word either page showed as saved', async () => {
    await stopWorker();
    const fresh = await openReport(browser, SESSION);
    const kept = `${await fieldOf(fresh, 'summary').inputValue()} ${await fieldOf(fresh, 'notes').inputValue()}`.split(/\s+/);
    const promised = [...new Set([...(await promisedWords(tab)), ...(await promisedWords(panel))])];
    expect(promised.length).toBeGreaterThan(30);
    // A word caught half-typed ("panelt") was finished afterwards: it is kept as the start of the whole word.
    expect(promised.filter((word) => !kept.some((whole) => whole.startsWith(word)))).toEqual([]);
    for (const whole of ['tabturn6', 'panelturn6', 'tabagain4', 'panelagain4', 'tabonce8', 'panelonce8', 'tabsame6', 'panelsame6']) {
      expect(kept).toContain(whole);
    }
    // And both pages show what is on disk.
    for (const page of [tab, panel]) {
      expect(await fieldOf(page, 'summary').inputValue()).toBe(await fieldOf(fresh, 'summary').inputValue());
      expect(await fieldOf(page, 'notes').inputValue()).toBe(await fieldOf(fresh, 'notes').inputValue());
    }
    await fresh.close();
  });
});
