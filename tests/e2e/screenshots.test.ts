// The README's pictures, made from the built extension as a mentor uses it: the lobby, the panel in a
// Meet call, the session's work, the strip beside Meet's chat, the report and the toolbar popup;
// English, light scheme, a laptop's screen for the call.
// `npm run screenshots` writes them to docs/screenshots/; `npm test` makes them in .output/screenshots/
// so a run leaves the repository alone. Times and dates follow the real clock, so they differ per run.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOptionsPage, sendFromPage } from './support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures } from './support/meet-routes';
import { SEED_ASSIGNMENTS, SEED_STUDENT, seededExport } from './support/seed-records';
import { reviewSeededWork } from './support/review-seeded-work';
import { MeetCallPage, panelTexts } from './support/session-panel-page';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = path.join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : '.output/screenshots');
const CODE = 'shw-abcd-efg';
// Small enough for the README to load at a glance.
const MAX_BYTES = 150 * 1024;
const text = panelTexts('en');

/** Writes `name` and checks it is a picture of a sensible weight. */
async function shoot(page: Page, name: string, fullPage = false) {
  const file = path.join(DIR, name);
  await page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'hide' });
  const { size } = statSync(file);
  expect(size, `${name}: ${size} B`).toBeGreaterThan(5_000);
  expect(size, `${name}: ${size} B`).toBeLessThanOrEqual(MAX_BYTES);
}

async function lightPage(browser: LaunchedBrowser, width: number, height: number) {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.setViewportSize({ width, height });
  return page;
}

describe('screenshots for the README', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context);
    const options = await openOptionsPage(browser.context, browser.extensionId);
    // This week's session starts in 2 minutes on the call's link.
    expect(await sendFromPage(options, { type: 'data/import', json: seededExport(CODE, 2 * 60_000) })).toMatchObject({ ok: true });
    await options.close();
  });
  afterAll(() => browser?.close());

  it('the toolbar popup, with the next session', async () => {
    const popup = await lightPage(browser, 360, 400);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('heading', { name: SEED_STUDENT.name }).waitFor();
    await shoot(popup, 'popup.png', true);
    await popup.close();
  });

  it('the lobby, the panel in the call, the review of last week’s work, the strip beside Meet’s chat', async () => {
    // A laptop's screen: what most mentors have in a call.
    const page = await lightPage(browser, 1366, 681);
    const call = new MeetCallPage(page);
    await page.goto(`https://meet.google.com/${CODE}`);
    await call.expectCallState('lobby');
    const work = page.frameLocator('iframe');
    await work.getByRole('heading', { name: SEED_STUDENT.name }).waitFor();
    await expect.poll(() => call.panel.locator('.strip').innerText()).toContain(SEED_STUDENT.name.split(' ')[0]!);
    await shoot(page, 'lobby.png');

    await call.meetAction('join');
    await call.expectCallState('in-call');
    await call.panel.locator('.checklist-toggle').click();
    await call.panel.getByRole('checkbox').first().check();
    await expect.poll(() => call.panel.getByRole('checkbox').first().isChecked()).toBe(true);
    await shoot(page, 'panel-in-call.png');

    await call.button('nextPhase').click();
    await call.openWork();
    await reviewSeededWork(work, text);
    const aced = work
      .getByRole('group', { name: SEED_ASSIGNMENTS[0]!.title, exact: true })
      .getByRole('checkbox', { name: text('reviewOutcomeAced') });
    await aced.check();
    await expect.poll(() => aced.isChecked()).toBe(true);
    await shoot(page, 'session-work.png');

    // Goals: the first suggestion goes to next week, for the report to show.
    await call.button('nextPhase').click();
    const goals = work.getByRole('region', { name: text('goalsHeading') });
    await work
      .getByRole('region', { name: text('suggestHeading') })
      .getByRole('button', { name: new RegExp(`^${text('suggestAdd')}`) })
      .first()
      .click();
    await expect.poll(() => goals.getByRole('listitem').count()).toBe(1);

    // Meet's chat opens: the panel waits beside it as its strip.
    await call.panel.getByTestId('work-toggle').click();
    await expect.poll(() => call.panel.getAttribute('data-work-open')).toBe('false');
    await page.locator('button[data-fixture-panel="chat"]').click();
    await expect.poll(() => call.panel.getAttribute('data-beside-meet-panel'), { timeout: 5_000 }).toBe('true');
    await page.mouse.move(0, 0);
    await shoot(page, 'beside-meet-chat.png');
    await page.close();
  });

  it('the report, with its summary written', async () => {
    const report = await lightPage(browser, 960, 900);
    await report.goto(`chrome-extension://${browser.extensionId}/report.html#local-this-week`);
    const summary = report.getByLabel(text('reportSummary'));
    await summary.fill(
      'Awa centred the card with flexbox on her own and explained why. Functions are still hard: we went through ' +
        'two examples together. The README is for next week.',
    );
    await report.getByLabel(text('reportPrivateNotes')).fill('Tired this week (exams); keep next week light.');
    await expect.poll(() => report.getByTestId('report-save-state').getAttribute('data-state')).toBe('saved');
    await report.locator('body').click({ position: { x: 5, y: 5 } });
    await shoot(report, 'report.png', true);
    await report.close();
  });
});
