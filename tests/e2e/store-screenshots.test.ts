// The stores' screenshots, at their size (1280×800), in English and French, made from the built
// extension as a mentor uses it: the panel in a Meet call, the review of last week's work, the report.
// `npm run screenshots` writes them to docs/store/screenshots/<language>/; `npm test` makes them in
// .output/store-screenshots/ so a run leaves the repository alone. Times follow the real clock.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures } from './support/meet-routes';
import { importSeededRecords, SEED_STUDENT } from './support/seed-records';
import { reviewSeededWork } from './support/review-seeded-work';
import { MeetCallPage, panelTexts } from './support/session-panel-page';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = path.join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs/store/screenshots' : '.output/store-screenshots');
/** The size both stores take (the Chrome Web Store's only full size; addons.mozilla.org's recommended one). */
const WIDTH = 1280;
const HEIGHT = 800;

/** A PNG's width and height, from its header. */
function pngSize(file: string) {
  const header = readFileSync(file).subarray(0, 24);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

const SUMMARIES = {
  en: 'Awa centred the card with flexbox on her own and explained why. Functions are still hard: we went through two examples together.',
  fr: 'Awa a centré la carte avec flexbox seule et a expliqué pourquoi. Les fonctions restent difficiles : nous avons fait deux exemples ensemble.',
};

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('store screenshots in %s', (language, locale) => {
  const dir = path.join(OUT, language);
  const text = panelTexts(language);
  const code = `sto-${language}ab-cde`;
  let browser: LaunchedBrowser;

  async function shoot(page: Page, name: string) {
    const file = path.join(dir, name);
    await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    expect(pngSize(file)).toEqual({ width: WIDTH, height: HEIGHT });
    expect(statSync(file).size).toBeGreaterThan(10_000);
  }

  async function storePage() {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    return page;
  }

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    browser = await launchWithExtension({ locale });
    await routeMeetFixtures(browser.context);
    // This week's session starts in 2 minutes on the call's link.
    await importSeededRecords(browser, code, 2 * 60_000);
  });
  afterAll(() => browser?.close());

  it('the panel in a call, then the review of last week’s work', async () => {
    const page = await storePage();
    const call = new MeetCallPage(page, language);
    await page.goto(`https://meet.google.com/${code}`);
    await call.expectCallState('lobby');
    await call.meetAction('join');
    await call.expectCallState('in-call');
    await call.panel.locator('.checklist-toggle').click();
    await call.panel.getByRole('checkbox').first().check();
    await expect.poll(() => call.panel.getByRole('checkbox').first().isChecked()).toBe(true);
    await expect.poll(() => call.panel.locator('.strip').innerText()).toContain(SEED_STUDENT.name.split(' ')[0]!);
    await expect.poll(() => call.currentPhaseName()).toBe(text('phaseCheckIn'));
    await shoot(page, '1-panel-in-call.png');

    await call.button('nextPhase').click();
    await call.openWork();
    const work = page.frameLocator('iframe');
    await reviewSeededWork(work, text);
    // The first assignment in view (the last click scrolled the work down to the third).
    await work.getByRole('tab', { selected: true }).scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await shoot(page, '2-review.png');
    await page.close();
  });

  it('the report, with its summary written', async () => {
    const report = await storePage();
    await report.goto(`chrome-extension://${browser.extensionId}/report.html#local-this-week`);
    await report.getByLabel(text('reportSummary')).fill(SUMMARIES[language]);
    await expect.poll(() => report.getByTestId('report-save-state').getAttribute('data-state')).toBe('saved');
    await report.locator('body').click({ position: { x: 5, y: 5 } });
    await shoot(report, '3-report.png');
    await report.close();
  });
});
