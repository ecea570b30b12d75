// The mentor's month in the built extension: rates set in the options page, students put in their
// category in their form, a month of sessions with every status, the month page's figures, its CSV
// read back with the same figures, the keyboard, axe; in English (light) and French (dark).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, Student } from '../../utils/core/platform/platform-schemas';
import { seriousViolations } from './support/axe';
import { csvRows } from './support/csv-rows';
import { openOptionsPage, sendFromPage } from './support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { type PanelLanguage, panelTexts } from './support/session-panel-page';

const student = (id: string, name: string): Student => ({
  id,
  name,
  path: { id: 'local-path', name: 'Web developer' },
  currentProject: null,
  timezone: 'Europe/Paris',
  weeklyHours: 6,
  level: 2,
  active: true,
  updatedAt: '2026-09-01T09:00:00.000Z',
});
const AWA = student('local-awa', 'Awa Diallo');
const MARIE = student('local-marie', 'Dupont, Marie');
const LEILA = student('local-leila', 'ليلى حداد');

const session = (id: string, studentId: string, start: string, status: Session['status']): Session => ({
  id,
  studentId,
  start,
  plannedMinutes: 50,
  meetingUrl: null,
  status,
  cancellation: status === 'canceled' ? { by: 'student', at: '2026-10-17T08:00:00.000Z', reason: 'illness', comment: '' } : null,
  rescheduledFrom: null,
  updatedAt: '2026-10-01T09:00:00.000Z',
});

/**
 * October 2026 in Paris (summer time ends on the 25th): Awa (funded, 40.00) absent twice in a row,
 * Marie (self-funded, 32.50) canceled late and ahead, Leila (no category) with a session at 23:30 on
 * the 31st and one never settled; Awa's session of the 22nd is moved to November, and her session at
 * 00:30 on 1 November (still 31 October in UTC) is November's.
 */
const SESSIONS = [
  session('local-o1', AWA.id, '2026-10-01T16:00:00Z', 'completed'),
  session('local-o2', AWA.id, '2026-10-08T16:00:00Z', 'student_absent'),
  session('local-o3', AWA.id, '2026-10-15T16:00:00Z', 'student_absent'),
  session('local-o4', MARIE.id, '2026-10-06T16:00:00Z', 'completed'),
  session('local-o5', MARIE.id, '2026-10-13T16:00:00Z', 'late_canceled'),
  session('local-o6', MARIE.id, '2026-10-20T16:00:00Z', 'canceled'),
  session('local-o7', LEILA.id, '2026-10-07T16:00:00Z', 'completed'),
  session('local-o8', LEILA.id, '2026-10-31T22:30:00Z', 'completed'),
  session('local-o9', LEILA.id, '2026-10-21T16:00:00Z', 'pending'),
  session('local-o10', AWA.id, '2026-10-22T16:00:00Z', 'pending'),
  session('local-n1', AWA.id, '2026-10-31T23:30:00Z', 'completed'),
];
/** 4 held + 3 × 0.5 lost by the student; 40 + 2 × 20 + 32.50 + 16.25 euros (Leila's two have no rate). */
const UNITS = 5.5;
const AMOUNT = 128.75;
const LINES = 10;

const records = JSON.stringify({
  format: 'cadence-export',
  version: 2,
  exportedAt: '2026-12-01T09:00:00.000Z',
  students: [AWA, MARIE, LEILA],
  sessions: SESSIONS,
  exercises: [],
  liveSessions: [],
});

const spaces = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The sessions the month page counts, status by status. */
const counted = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-count]')].reduce((sum, group) => sum + Number(group.getAttribute('data-count')), 0),
  );

describe.each([
  { locale: 'en-US', language: 'en', scheme: 'light', separator: ',' },
  { locale: 'fr-FR', language: 'fr', scheme: 'dark', separator: ';' },
] as const)("the mentor's month in $language", ({ locale, language, scheme, separator }) => {
  const text = panelTexts(language as PanelLanguage);
  const fill = (key: string, ...values: (string | number)[]) =>
    values.reduce<string>((result, value, i) => result.replace(`$P${i + 1}$`, String(value)), text(key));
  const number = (value: number, options: Intl.NumberFormatOptions = {}) => spaces(new Intl.NumberFormat(locale, options).format(value));
  let browser: LaunchedBrowser;
  let month: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ locale, timezone: 'Europe/Paris' });
    const options = await openOptionsPage(browser.context, browser.extensionId);
    expect(await sendFromPage(options, { type: 'data/import', json: records })).toMatchObject({ ok: true });
    // Moved, not canceled: agreed with Awa, no verdict.
    expect(
      await sendFromPage(options, { type: 'sessions/move', sessionId: 'local-o10', start: '2026-11-05T17:00:00Z', plannedMinutes: 50 }),
    ).toMatchObject({ ok: true });
    await options.close();
  });
  afterAll(() => browser?.close());

  it('sets the pay rates in the options page and a category in each student’s form', async () => {
    const options = await openOptionsPage(browser.context, browser.extensionId);
    const rates = options.getByRole('region', { name: text('ratesHeading') });
    await rates.getByRole('button', { name: text('ratesAddCategory') }).click();
    await rates.getByLabel(text('ratesCategoryName')).last().fill('Funded');
    await rates.getByLabel(text('ratesCategoryRate')).last().fill('40');
    await rates.getByRole('button', { name: text('ratesAddCategory') }).click();
    await rates.getByLabel(text('ratesCategoryName')).last().fill('Self-funded');
    await rates.getByLabel(text('ratesCategoryRate')).last().fill('32.50');
    // fr-FR starts on the euro, en-US on the dollar.
    expect(await rates.getByLabel(text('ratesCurrency')).inputValue()).toBe(language === 'fr' ? 'EUR' : 'USD');
    await rates.getByLabel(text('ratesCurrency')).selectOption('EUR');
    await rates.getByRole('button', { name: text('ratesSave') }).click();
    await expect.poll(() => rates.getByRole('status').innerText()).toBe(text('ratesSaved'));

    for (const [name, category] of [
      [AWA.name, 'Funded'],
      [MARIE.name, 'Self-funded'],
    ]) {
      await options.getByRole('button', { name: fill('optionsEditStudent', name!) }).click();
      await options.getByLabel(text('studentCategoryField')).selectOption({ label: category! });
      await options.getByRole('button', { name: text('optionsSaveStudent') }).click();
      await expect.poll(() => options.getByRole('main').innerText()).toContain(fill('optionsStudentSaved', name!));
    }
    await options.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it('opens from the popup', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const link = popup.getByRole('link', { name: text('monthTitle') });
    expect(await link.getAttribute('href')).toBe(`chrome-extension://${browser.extensionId}/month.html`);
    await popup.close();
  });

  it('shows October by status, per student, with its totals, what is left to settle and the no-shows in a row', async () => {
    month = await browser.context.newPage();
    await month.emulateMedia({ colorScheme: scheme });
    await month.goto(`chrome-extension://${browser.extensionId}/month.html#2026-10`);
    const totals = month.getByRole('region', { name: text('monthTotalsHeading') });
    await totals.waitFor();
    expect(spaces(await totals.locator('[data-total="units"]').innerText())).toBe(number(UNITS));
    expect(spaces(await totals.locator('[data-total="amount"]').innerText())).toBe(number(AMOUNT, { style: 'currency', currency: 'EUR' }));
    const byStatus = async (key: string) => spaces(await totals.getByRole('row', { name: text(key) }).innerText());
    // Status, sessions, share paid, units, amount.
    expect(await byStatus('optionsSessionCompleted')).toContain(
      `${text('optionsSessionCompleted')} 4 ${number(1, { style: 'percent' })} ${number(4)}`,
    );
    expect(await byStatus('optionsSessionStudentAbsent')).toContain(`2 ${number(0.5, { style: 'percent' })} ${number(1)}`);
    expect(await byStatus('monthStatusMoved')).toContain(`1 ${number(0, { style: 'percent' })} ${number(0)}`);
    expect(spaces(await totals.innerText())).toContain(fill('monthUnpriced', number(2)));

    const students = month.getByRole('region', { name: text('monthStudentsHeading') });
    expect(spaces(await students.getByRole('row', { name: MARIE.name }).innerText())).toContain(
      number(48.75, { style: 'currency', currency: 'EUR' }),
    );
    expect(spaces(await students.getByRole('row', { name: LEILA.name }).innerText())).toContain(text('monthNoRate'));

    const settle = month.getByRole('region', { name: text('monthToSettleHeading') });
    expect(await settle.getByRole('listitem').count()).toBe(1);
    expect(await settle.getByRole('listitem').innerText()).toContain(LEILA.name);
    expect(await settle.getByRole('listitem').innerText()).toContain(text('monthOverdue'));

    const noShows = month.getByRole('region', { name: text('monthNoShowsHeading') });
    expect(await noShows.getByRole('row', { name: AWA.name }).innerText()).toContain(fill('monthNoShowFlag', 2));
    expect(await noShows.getByRole('row', { name: MARIE.name }).innerText()).not.toContain(fill('monthNoShowFlag', 1));

    // Every session by status: 00:30 on 1 November is November's. A status opens with the keyboard.
    const every = month.getByRole('region', { name: text('monthSessionsHeading') });
    expect(await counted(month)).toBe(LINES);
    const moved = every.locator('details[data-status="moved"]');
    await moved.locator('summary').focus();
    await month.keyboard.press('Enter');
    const movedRow = moved.getByRole('row', { name: AWA.name });
    await movedRow.waitFor();
    expect(spaces(await movedRow.innerText())).toContain(text('monthMovedTo').replace(' $P1$', ''));
    const closed = every.locator('details:not([open]) summary');
    while ((await closed.count()) > 0) await closed.first().click();
    // A row per session, in the groups.
    await expect.poll(() => every.locator('tbody tr').count()).toBe(LINES);
    expect(await seriousViolations(month)).toEqual([]);
  });

  it('downloads the month as a CSV file that reads back with the same figures', async () => {
    const download = month.waitForEvent('download');
    await month.getByRole('button', { name: text('monthExport') }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('cadence-2026-10.csv');
    const bytes = readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvRows(bytes.toString('utf8'), separator);
    expect(rows).toHaveLength(LINES);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    const column = (key: string) => header!.indexOf(text(key));
    const value = (field: string) => (field === '' ? 0 : Number(field.replace(',', '.')));
    expect(rows.reduce((sum, row) => sum + value(row[column('monthColumnUnits')]!), 0)).toBe(UNITS);
    const cents = rows.reduce((sum, row) => sum + Math.round(value(row[column('monthColumnAmount')]!) * 100), 0);
    expect(cents / 100).toBe(AMOUNT);
    // Names whole, dates with their offset (the 31st at 23:30, after the clocks went back).
    expect(rows.map((row) => row[column('monthColumnStudent')])).toEqual(expect.arrayContaining([MARIE.name, LEILA.name, AWA.name]));
    expect(rows.map((row) => row[column('monthCsvStart')])).toContain('2026-10-31T23:30:00+01:00');
    expect(rows.map((row) => row[column('monthCsvStart')])).toContain('2026-10-01T18:00:00+02:00');
  });

  it('goes to the next month and back with the keyboard alone', async () => {
    const heading = month.getByRole('navigation').getByRole('heading', { level: 2 });
    const october = await heading.innerText();
    await month.getByRole('button', { name: new RegExp(`^${text('monthNext')}`) }).focus();
    await month.keyboard.press('Enter');
    await expect.poll(() => heading.innerText()).not.toBe(october);
    expect(month.url()).toMatch(/#2026-11$/);
    // November: Awa's 00:30 session on the 1st, and the one moved to the 5th.
    await expect.poll(() => counted(month)).toBe(2);
    // From "Next month" back to "Previous month": the month's name between them is no stop.
    await month.keyboard.press('Shift+Tab');
    await month.keyboard.press('Enter');
    await expect.poll(() => heading.innerText()).toBe(october);
    expect(month.url()).toMatch(/#2026-10$/);
  });
});
