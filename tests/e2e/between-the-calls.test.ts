// Between the calls: what a mentor does around a session rather than in it (work given again,
// a session moved, the report's one page, what the student receives).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectToPlatform, type ConnectedPlatform } from './support/connected-platform';
import { openOptionsPage, readBadge, sendFromPage } from './support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { SEED_ASSIGNMENTS, SEED_STUDENT, importSeededRecords } from './support/seed-records';
import { panelTexts } from './support/session-panel-page';

const CODE = 'btw-abcd-efg';
const text = panelTexts('en');
const fill = (key: string, ...values: string[]) => values.reduce((result, value, i) => result.replace(`$P${i + 1}$`, value), text(key));

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

  it('previews what the student receives: a header, last week’s review without notes, next week’s work', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/report.html#local-this-week`);
    await page.getByLabel(text('reportSummary')).fill('Awa read the README course.');
    await page.getByRole('button', { name: text('reportPreview') }).click();
    const preview = page.getByRole('region', { name: text('reportPreviewHeading') });
    const header = preview.locator('.report-preview-header');
    expect(await header.locator('h4').innerText()).toBe(fill('reportTextTitle', SEED_STUDENT.name));
    expect(await header.innerText()).toContain('50 min');
    const shown = await preview.innerText();
    expect(shown).toContain(text('reportTextReview'));
    expect(shown).toContain(`${SEED_ASSIGNMENTS[2]!.title}: ${text('reviewOutcomeNotDone')}`);
    // Given again in the first test: next week's work too.
    expect(shown).toContain(text('reportTextGoals'));
    expect(shown.split(text('reportTextGoals'))[1]).toContain(SEED_ASSIGNMENTS[2]!.title);
    await page.close();
  });

  it('edits a session in the options: date, time, length and link, said and kept', async () => {
    const options = await openOptionsPage(browser.context, browser.extensionId);
    const { value } = await sendFromPage(options, { type: 'records/list' });
    const session = value.sessions.find((s: { id: string }) => s.id === 'local-this-week');
    const later = new Date(Date.parse(session.start) + 2 * 86_400_000);
    const day = later.toISOString().slice(0, 10);
    await options
      .getByRole('button', { name: new RegExp(`^${text('editSessionButtonLabel').split('$P1$')[0]}`) })
      .first()
      .click();
    const form = options.locator('form.move-session');
    await form.getByLabel(text('cancelNewDate')).fill(day);
    await form.getByLabel(text('cancelNewTime')).fill('09:15');
    await form.getByLabel(text('cancelNewMinutes')).fill('45');
    await form.getByLabel(text('optionsMeetingLink')).fill('https://meet.google.com/new-link-abc');
    await form.getByRole('button', { name: text('editSessionSubmit') }).click();
    await expect
      .poll(() =>
        options
          .getByRole('status')
          .filter({ hasText: text('editSessionDone').split('$P1$')[0]! })
          .count(),
      )
      .toBe(1);
    const after = (await sendFromPage(options, { type: 'records/list' })).value.sessions.find(
      (s: { id: string }) => s.id === 'local-this-week',
    );
    // The browser runs in UTC here: 09:15 typed is 09:15Z.
    expect(after).toMatchObject({
      start: `${day}T09:15:00.000Z`,
      plannedMinutes: 45,
      meetingUrl: 'https://meet.google.com/new-link-abc',
      status: 'pending',
    });
    await options.close();
  });

  it('opens every report on one page: from the popup, the student’s page, and the page without a session', async () => {
    const options = await openOptionsPage(browser.context, browser.extensionId);
    // Held two hours ago, its report not written.
    const held = await sendFromPage(options, {
      type: 'records/schedule-session',
      session: {
        studentId: SEED_STUDENT.id,
        start: new Date(Date.now() - 2 * 3_600_000).toISOString(),
        plannedMinutes: 50,
        meetingUrl: '',
      },
    });
    const reportUrl = `chrome-extension://${browser.extensionId}/report.html#${held.value.id}`;
    await options.close();

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const toWrite = popup.getByRole('region', { name: text('popupReportsHeading') }).getByRole('link');
    await expect.poll(() => toWrite.count()).toBe(1);
    expect(await toWrite.getAttribute('href')).toBe(reportUrl);
    await popup.close();

    const student = await browser.context.newPage();
    await student.goto(`chrome-extension://${browser.extensionId}/student.html#${SEED_STUDENT.id}`);
    const fromStudent = student.locator(`a[href="${reportUrl}"]`);
    await expect.poll(() => fromStudent.count()).toBeGreaterThan(0);
    await student.close();

    // Without a session in its address: the reports to write, not an error; one click opens it there.
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/report.html`);
    const list = page.getByRole('region', { name: text('reportListHeading') });
    await list.getByRole('link').first().waitFor();
    expect(await page.getByRole('main').innerText()).not.toContain(text('errorGeneric'));
    await list.getByRole('link').filter({ hasText: SEED_STUDENT.name }).click();
    await page.getByLabel(text('reportSummary')).waitFor();
    expect(page.url()).toBe(reportUrl);
    expect(await page.getByRole('main').innerText()).toContain(text('reportNextWeekHintPage'));
    await page.close();
  });

  it('takes a session canceled in the popup off its card at once: no Join, no report asked, the badge as it was', async () => {
    const options = await openOptionsPage(browser.context, browser.extensionId);
    const badge = () => readBadge(options);
    const student = await sendFromPage(options, {
      type: 'records/save-student',
      student: {
        id: null,
        name: 'Cleo Canceled',
        pathName: 'Web developer',
        projectName: '',
        mentorGuideUrl: '',
        timezone: 'UTC',
        weeklyHours: 5,
        level: 1,
      },
    });
    // Awa's session three days on (where it is, run alone or after the edit above), Cleo's in half an hour: the popup's next session.
    const awaLater = new Date(Date.now() + 3 * 86_400_000).toISOString();
    expect(
      await sendFromPage(options, { type: 'sessions/move', sessionId: 'local-this-week', start: awaLater, plannedMinutes: 50 }),
    ).toMatchObject({ ok: true });
    const link = 'https://meet.google.com/cnl-abcd-efg';
    const start = new Date(Date.now() + 30 * 60_000).toISOString();
    const session = { studentId: student.value.id, start, plannedMinutes: 50, meetingUrl: link };
    expect(await sendFromPage(options, { type: 'records/schedule-session', session })).toMatchObject({ ok: true });
    const before = await badge();

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const card = popup.locator('.popup-card').first();
    await expect.poll(() => card.innerText()).toContain('Cleo Canceled');
    expect(await popup.locator(`a[href="${link}"]`).count()).toBe(1);
    await card.getByRole('button', { name: text('popupCancel') }).click();
    await popup.getByLabel(text('cancelReason'), { exact: true }).selectOption('illness');
    await popup.getByRole('button', { name: text('cancelConfirm') }).click();
    // At once, the new date still to answer: no way into a call that will not be.
    await popup.getByRole('button', { name: text('cancelLater') }).waitFor();
    expect(await popup.locator(`a[href="${link}"]`).count()).toBe(0);
    expect(await card.locator('.popup-kicker').textContent()).toBe(text('popupCancelledKicker'));
    await popup.getByRole('button', { name: text('cancelLater') }).click();
    // The week read again: the session is nowhere, not among the reports to write either, and the badge has not moved.
    await expect.poll(() => popup.getByRole('main').innerText()).not.toContain('Cleo Canceled');
    expect(await badge()).toBe(before);
    const stored = (await sendFromPage(options, { type: 'records/list' })).value.sessions.find((s: { start: string }) => s.start === start);
    expect(stored.status).toBe('late_canceled');
    await popup.close();
    await options.close();
  });
});

describe('moving a session with the platform connected', () => {
  let platform: ConnectedPlatform;
  beforeAll(async () => {
    platform = await connectToPlatform();
  });
  afterAll(() => platform?.close());

  it('moves the next session from the popup with no verdict; the platform hears one reschedule', async () => {
    const next = platform.server.state().sessions.find((s) => s.id === 'ses-0004')!;
    const sessionsBefore = platform.server.state().sessions.length;
    const day = new Date(Date.parse(next.start) + 86_400_000).toISOString().slice(0, 10);
    const popup = await platform.browser.context.newPage();
    await popup.goto(`chrome-extension://${platform.browser.extensionId}/popup.html`);
    await popup.getByRole('button', { name: new RegExp(`^${text('moveSessionButtonLabel').split('$P1$')[0]}`) }).click();
    const form = popup.locator('form.move-session');
    await form.getByLabel(text('cancelNewDate')).fill(day);
    await form.getByLabel(text('cancelNewTime')).fill('16:00');
    // The student's own time is said before saving (Brussels is an hour ahead of this browser's UTC).
    await expect.poll(() => form.innerText()).toContain('5:00 PM for Jonas Peeters (Europe/Brussels)');
    await form.getByRole('button', { name: text('moveSessionSubmit') }).click();
    await expect.poll(() => popup.locator('.popup-notice').innerText()).toContain(text('moveSessionDone').split('$P1$')[0]!.trim());
    expect(await popup.locator('.cancel-verdict').count()).toBe(0);

    await platform.syncNow();
    await platform.syncNow();
    const onServer = platform.server.state().sessions;
    expect(onServer.find((s) => s.id === 'ses-0004')).toMatchObject({
      start: `${day}T16:00:00.000Z`,
      status: 'pending',
      cancellation: null,
    });
    // Moved, not cancelled and made again: no new session.
    expect(onServer).toHaveLength(sessionsBefore);
    expect(onServer.some((s) => s.rescheduledFrom === 'ses-0004')).toBe(false);
    expect(platform.server.writeLog().filter((entry) => entry.path.endsWith('/ses-0004/reschedule'))).toEqual([
      expect.objectContaining({ outcome: 'committed' }),
    ]);
    await popup.close();
  });
});

describe('the options page on first run', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US' });
  });
  afterAll(() => browser?.close());

  it('starts with what to set first, and finds a time zone from part of a city', async () => {
    const options = await openOptionsPage(browser.context, browser.extensionId);
    const start = options.getByRole('region', { name: text('firstStepsHeading') });
    await start.waitFor();
    expect(await options.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(
      expect.arrayContaining([text('firstStepsHeading'), text('optionsAgendaHeading'), text('optionsRecordsHeading')]),
    );
    await start.getByRole('link', { name: text('firstStepsStudents') }).click();
    await options.getByRole('button', { name: text('optionsAddStudent') }).click();
    await options.getByLabel(text('optionsStudentName'), { exact: true }).fill('Léa Martin');
    await options.getByLabel(text('optionsStudentPath'), { exact: true }).fill('Web developer');
    await options.getByLabel(text('optionsStudentHours'), { exact: true }).fill('8');
    const zone = options.getByRole('combobox', { name: text('optionsStudentTimezone') });
    await zone.fill('');
    await zone.pressSequentially('Par');
    const first = options
      .getByRole('listbox', { name: text('optionsStudentTimezone') })
      .getByRole('option')
      .first();
    expect(await first.innerText()).toBe('Europe/Paris');
    await zone.press('Enter');
    expect(await zone.inputValue()).toBe('Europe/Paris');
    await options.getByRole('button', { name: text('optionsAddStudentSubmit') }).click();
    await expect.poll(async () => (await sendFromPage(options, { type: 'records/list' })).value.students.length).toBe(1);
    expect((await sendFromPage(options, { type: 'records/list' })).value.students[0].timezone).toBe('Europe/Paris');
    await options.close();
  });
});
