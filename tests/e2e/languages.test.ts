// The built extension speaks the browser's language in its dates and durations too: dayjs's
// locales and the French messages survive the bundle, and each page says which language it is in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../utils/shared/format-date-time';
import { openOptionsPage, sendFromPage } from './support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { SEED_STUDENT, seededExport } from './support/seed-records';

describe.each([
  // The 90-minute course part of the seeded week, as each language writes it.
  { locale: 'en-US', language: 'en', courseLength: '1 h 30 min' },
  { locale: 'fr-FR', language: 'fr', courseLength: '1 h 30' },
])('in $language', ({ locale, language, courseLength }) => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale });
    const options = await openOptionsPage(browser.context, browser.extensionId);
    expect(await sendFromPage(options, { type: 'data/import', json: seededExport('lang-call-abc', 3_600_000) })).toMatchObject({
      ok: true,
    });
    await options.close();
  });
  afterAll(() => browser?.close());

  it('the popup writes the next session’s date as the language does, on the mentor’s clock', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('heading', { name: SEED_STUDENT.name }).waitFor();
    const shown = await popup
      .locator('time')
      .first()
      .evaluate((time) => ({
        lang: document.documentElement.lang,
        start: time.getAttribute('datetime')!,
        text: time.textContent,
        timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }));
    expect(shown.lang).toBe(language);
    expect(shown.text).toBe(formatDateTime(shown.start, 'full', { language, timezone: shown.timezone }));
    await popup.close();
  });

  it('the student’s page writes lengths of work as the language does', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/student.html#${SEED_STUDENT.id}`);
    const course = page.locator('.assignment-history-title', { hasText: 'JavaScript functions course' });
    await course.waitFor();
    expect(await course.textContent()).toMatch(new RegExp(` · ${courseLength}$`));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    await page.close();
  });
});
