// A mentor without a platform keeps their students and sessions by hand, and can take them away or wipe them.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOptionsPage, sendFromPage } from './support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures } from './support/meet-routes';
import { panelTexts } from './support/session-panel-page';

describe('local mode in the options page', () => {
  let browser: LaunchedBrowser;
  const text = panelTexts('en');
  const fill = (message: string, ...values: string[]) =>
    values.reduce((result, value, i) => result.replace(`$P${i + 1}$`, value), text(message));
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-GB' });
    await routeMeetFixtures(browser.context);
  });
  afterAll(() => browser?.close());

  it('adds a student, schedules a session, exports it all, then wipes it in two steps', async () => {
    const page = await openOptionsPage(browser.context, browser.extensionId);
    await expect.poll(() => page.getByRole('main').innerText()).toContain(text('optionsLocalMode'));

    await page.getByRole('button', { name: text('optionsAddStudent'), exact: true }).click();
    await page.getByLabel(text('optionsStudentName'), { exact: true }).fill('Inès Martin');
    await page.getByLabel(text('optionsStudentPath'), { exact: true }).fill('Web developer');
    await page.getByLabel(text('optionsStudentProject'), { exact: true }).fill('Portfolio');
    await page.getByLabel(text('optionsStudentHours')).fill('6');
    await page.getByRole('button', { name: text('optionsAddStudentSubmit') }).click();
    await expect.poll(() => page.getByRole('main').innerText()).toContain(fill('optionsStudentAdded', 'Inès Martin'));

    await page.getByRole('button', { name: fill('optionsScheduleSession', 'Inès Martin') }).click();
    await page.getByLabel(text('optionsSessionStart')).fill('2027-01-11T18:30');
    await page.getByRole('button', { name: text('optionsScheduleSubmit'), exact: true }).click();
    await expect.poll(() => page.getByRole('main').innerText()).toContain(text('optionsSessionPending'));
    const { value } = await sendFromPage(page, { type: 'records/list' });
    expect(value.students.map((s: { name: string }) => s.name)).toEqual(['Inès Martin']);
    expect(value.sessions).toHaveLength(1);
    expect(value.sessions[0]).toMatchObject({ plannedMinutes: 50, status: 'pending' });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: text('optionsExport') }).click();
    const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
    expect(exported).toMatchObject({ format: 'cadence-export', students: [{ name: 'Inès Martin' }] });

    await page.getByRole('button', { name: text('optionsWipe') }).click();
    await expect.poll(() => page.getByRole('main').innerText()).toContain(text('optionsWipeQuestion'));
    expect((await sendFromPage(page, { type: 'records/list' })).value.students).toHaveLength(1);
    await page.getByRole('button', { name: text('optionsWipeConfirm') }).click();
    await expect.poll(() => page.getByRole('main').innerText()).toContain(text('optionsWiped'));
    expect((await sendFromPage(page, { type: 'records/list' })).value.students).toEqual([]);
  });
});
