// Between the calls: what a mentor does around a session rather than in it (work given again,
// a session moved, the report's one page, what the student receives).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOptionsPage, sendFromPage } from './support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { SEED_ASSIGNMENTS, SEED_STUDENT, importSeededRecords } from './support/seed-records';
import { panelTexts } from './support/session-panel-page';

const CODE = 'btw-abcd-efg';
const text = panelTexts('en');
const fill = (key: string, ...values: string[]) =>
  values.reduce((result, value, i) => result.replace(`$P${i + 1}$`, value), text(key));

describe('between the calls', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US' });
    await importSeededRecords(browser, CODE);
  });
  afterAll(() => browser?.close());

  it('gives work not done again next week in one action; the student’s page shows it as one line', async () => {
    const options = await openOptionsPage(browser.context, browser.extensionId);
    const call = await sendFromPage(options, { type: 'live-session/start', meetingCode: CODE });
    await options.close();
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/session-workspace.html#${call.value.id}`);
    await page.getByRole('tab', { name: text('workspaceTabReview') }).click();
    const readme = page.getByRole('group', { name: SEED_ASSIGNMENTS[2]!.title, exact: true });
    const notDone = readme.getByRole('radio', { name: text('reviewOutcomeNotDone'), exact: true });
    await notDone.click();
    await expect.poll(() => notDone.isChecked()).toBe(true);

    // One action: the same work is next week's, said where the button was.
    await readme.getByRole('button', { name: fill('reviewGiveAgainLabel', SEED_ASSIGNMENTS[2]!.title) }).click();
    await expect.poll(() => readme.getByRole('status').last().innerText()).toBe(fill('reviewGivenAgain', '2'));
    expect(await readme.getByRole('button', { name: fill('reviewGiveAgainLabel', SEED_ASSIGNMENTS[2]!.title) }).count()).toBe(0);
    await page.getByRole('tab', { name: text('workspaceTabNextWeek') }).click();
    const goals = page.getByRole('region', { name: text('goalsHeading') });
    await expect.poll(() => goals.innerText()).toContain(SEED_ASSIGNMENTS[2]!.title);
    expect(await goals.innerText()).toContain(fill('workTimesGiven', '2'));

    // The student's page: one line, given twice, with each time's outcome.
    await page.goto(`chrome-extension://${browser.extensionId}/student.html#${SEED_STUDENT.id}`);
    const history = page.getByRole('region', { name: text('studentPageAssignments') });
    const line = history.getByRole('listitem').filter({ hasText: SEED_ASSIGNMENTS[2]!.title });
    await expect.poll(() => line.count()).toBe(1);
    const shown = await line.innerText();
    expect(shown).toContain(fill('studentPageGivenTimes', '2'));
    expect(shown).toContain(fill('studentPageOutcome', text('reviewOutcomeNotDone')));
    expect(shown).toContain(text('studentPageNotReviewed'));
    await page.close();
  });
});
