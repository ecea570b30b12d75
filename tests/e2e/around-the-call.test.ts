// The mentor's week around the calls: the popup, the end-of-call prompt, reminders, the side panel, transfers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatformServer, type PlatformServer } from '../platform-server/platform-server';
import { openOptionsPage, readBadge, sendFromPage } from './support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures } from './support/meet-routes';
import { SEED_STUDENT, seededExport } from './support/seed-records';
import { MeetCallPage, panelTexts } from './support/session-panel-page';
import { until } from './support/until';

const text = panelTexts('en');
const fill = (key: string, ...values: (string | number)[]) =>
  values.reduce<string>((result, value, i) => result.replace(`$P${i + 1}$`, String(value)), text(key));
const MINUTE = 60_000;
const CODE = 'wek-abcd-efg';

/** The notifications Cadence shows now, by id, read from one of its pages. */
const notifications = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } } }).chrome;
    return Object.keys(await api.notifications.getAll());
  });

describe('around the call, in local mode', () => {
  let browser: LaunchedBrowser;
  let options: Page;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context);
    options = await openOptionsPage(browser.context, browser.extensionId);
    // This week's session starts in 2 h 15 min.
    const imported = await sendFromPage(options, { type: 'data/import', json: seededExport(CODE, 135 * MINUTE + 20_000) });
    expect(imported).toMatchObject({ ok: true });
  });
  afterAll(() => browser?.close());

  it('shows the next session in the popup with its countdown, and Join opens the meeting', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const card = popup.getByRole('main');
    await expect.poll(() => card.innerText()).toContain(SEED_STUDENT.name);
    expect(await card.innerText()).toContain(fill('popupCountdownInHoursMinutes', 2, 15));
    expect(await card.innerText()).toContain(SEED_STUDENT.currentProject!.name);
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('link', { name: text('popupJoin'), exact: true }).click();
    const meeting = await opened;
    await meeting.waitForURL(/meet\.google\.com/);
    expect(meeting.url()).toBe(`https://meet.google.com/${CODE}`);
    await meeting.close();
    await popup.close();
  });

  it('asks for the report when the call ends, and opens it with its draft in a tab', async () => {
    const call = await MeetCallPage.open(browser.context, CODE);
    await call.meetAction('join');
    await call.expectCallState('in-call');
    const work = call.page.frameLocator('iframe');
    await call.meetAction('leave');
    await call.expectCallState('ended');
    await expect.poll(() => call.panel.innerText()).toContain(text('endPromptTitle'));
    // The session's work opens by itself on the report; what is typed there is the draft the tab shows.
    await expect.poll(() => work.getByRole('tab', { selected: true }).innerText()).toBe(text('workspaceTabReport'));
    await work.getByLabel(text('reportSummary')).fill('Awa showed the new header.');
    await expect.poll(() => work.getByTestId('report-save-state').getAttribute('data-state')).toBe('saved');
    const opened = browser.context.waitForEvent('page');
    await call.panel.getByRole('button', { name: text('endPromptOpenTab') }).click();
    const tab = await opened;
    await tab.getByLabel(text('reportSummary')).waitFor();
    // The report's own page, laid out for it: not the session's work stretched across the screen.
    expect(tab.url()).toMatch(/\/report\.html#.+/);
    expect(await tab.getByRole('tab').count()).toBe(0);
    expect(await tab.getByLabel(text('reportSummary')).inputValue()).toBe('Awa showed the new header.');
    await tab.close();
    await call.page.close();
  });

  it('moves a call just ended from the next session to the reports to write, and badges it, long before its planned end', async () => {
    const badge = () => readBadge(options);
    const student = await sendFromPage(options, {
      type: 'records/save-student',
      student: {
        id: null,
        name: 'Bea Early',
        pathName: 'Web developer',
        projectName: '',
        mentorGuideUrl: '',
        timezone: 'Europe/Paris',
        weeklyHours: 5,
        level: 1,
      },
    });
    // The session starts in an hour: the call is held early and ended well before its planned end.
    const scheduled = await sendFromPage(options, {
      type: 'records/schedule-session',
      session: {
        studentId: student.value.id,
        start: new Date(Date.now() + 60 * MINUTE).toISOString(),
        plannedMinutes: 50,
        meetingUrl: 'https://meet.google.com/ear-lyen-ded',
      },
    });
    expect(scheduled).toMatchObject({ ok: true });
    const before = Number((await badge()) || 0);
    const popupCard = async () => {
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.getByRole('heading', { level: 1 }).waitFor();
      await popup.locator('.popup-card, #popup-empty-heading').first().waitFor();
      return popup;
    };
    const ahead = await popupCard();
    expect(await ahead.getByRole('main').innerText()).toContain('Bea Early');
    await ahead.close();

    const call = await MeetCallPage.open(browser.context, 'ear-lyen-ded');
    await call.meetAction('join');
    await call.expectCallState('in-call');
    await call.meetAction('leave');
    await call.expectCallState('ended');
    await expect.poll(badge).toBe(String(before + 1));
    const after = await popupCard();
    const reports = after.getByRole('region', { name: text('popupReportsHeading') });
    await expect.poll(() => reports.innerText()).toContain('Bea Early');
    // No card for her any more, nor a way into her call.
    expect(await after.getByRole('region', { name: 'Bea Early' }).count()).toBe(0);
    expect(await after.locator('a[href="https://meet.google.com/ear-lyen-ded"]').count()).toBe(0);
    await after.close();
    await call.page.close();
  });

  it('ends the session and notifies when the Meet tab is closed mid-call', async () => {
    const call = await MeetCallPage.open(browser.context, 'tab-clos-ing');
    await call.meetAction('join');
    await call.expectCallState('in-call');
    // Mid-call: the session is running, as the mentor sees it, before the tab goes (a student with no
    // session before this one: Cadence proposes the first session's agenda).
    await expect.poll(() => call.currentPhaseName(), { timeout: 5_000 }).toBe(text('phaseIntroductions'));
    await call.page.close();
    const ids = await until(
      () => notifications(options),
      (list) => list.some((id) => id.startsWith('cadence-report|')),
    );
    expect(ids.filter((id) => id.startsWith('cadence-report|'))).toHaveLength(1);
  });

  it('fires a reminder once, at its time, and never again', async () => {
    await options.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({ reminderSettings: { beforeSessionMinutes: 1, dailyReportsHour: null } });
    });
    // Starts in 1 min 6 s: its reminder is due in about 6 s.
    const start = new Date(Date.now() + 66_000).toISOString();
    const scheduled = await sendFromPage(options, {
      type: 'records/schedule-session',
      session: { studentId: SEED_STUDENT.id, start, plannedMinutes: 30, meetingUrl: 'https://meet.google.com/rem-inde-rrr' },
    });
    const id = `cadence-join|${scheduled.value.id}`;
    const askedAt = Date.now();
    await until(
      () => notifications(options),
      (list) => list.includes(id),
      20_000,
    );
    expect(Date.now() - askedAt).toBeGreaterThan(3_000);
    await options.evaluate(async (notification) => {
      const api = (globalThis as unknown as { chrome: { notifications: { clear(id: string): Promise<boolean> } } }).chrome;
      await api.notifications.clear(notification);
    }, id);
    // Another change sets the alarms again: the reminder already shown stays shown once.
    await sendFromPage(options, {
      type: 'records/save-student',
      student: {
        id: null,
        name: 'Second Student',
        pathName: 'Web developer',
        projectName: '',
        mentorGuideUrl: '',
        timezone: 'Europe/Paris',
        weeklyHours: 5,
        level: 1,
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(await notifications(options)).not.toContain(id);
  });

  it('moves the reminder already set when the mentor saves other minutes before', async () => {
    const alarms = () =>
      options.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> } } })
          .chrome;
        return api.alarms.getAll();
      });
    const setMinutes = (minutes: number) =>
      options.evaluate(async (before) => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
        await api.storage.local.set({ reminderSettings: { beforeSessionMinutes: before, dailyReportsHour: null } });
      }, minutes);
    await setMinutes(20);
    const start = Date.now() + 3 * 60 * MINUTE;
    const scheduled = await sendFromPage(options, {
      type: 'records/schedule-session',
      session: {
        studentId: SEED_STUDENT.id,
        start: new Date(start).toISOString(),
        plannedMinutes: 50,
        meetingUrl: 'https://meet.google.com/mov-edre-min',
      },
    });
    const name = `cadence-reminder|before:${encodeURIComponent(scheduled.value.id)}:${scheduled.value.start}`;
    const at = async () => (await alarms()).find((alarm) => alarm.name === name)?.scheduledTime;
    await expect.poll(at).toBeCloseTo(Date.parse(scheduled.value.start) - 20 * MINUTE, -4);
    await setMinutes(45);
    await expect.poll(at).toBeCloseTo(Date.parse(scheduled.value.start) - 45 * MINUTE, -4);
  });

  it("shows the call's session in the side panel at the same clock, the panel on the Meet page stepping aside meanwhile", async () => {
    const call = await MeetCallPage.open(browser.context, 'sid-epan-elz');
    await call.meetAction('join');
    await call.expectCallState('in-call');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    // The strip's seconds are the phase's: both views' clocks are compared in the phase at hand.
    const inPage = await call.phaseEndsAt();
    const side = await browser.context.newPage();
    const sideErrors: string[] = [];
    side.on('console', (message) => message.type() === 'error' && sideErrors.push(message.text()));
    side.on('pageerror', (error) => sideErrors.push(error.message));
    await side.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    // The side panel follows the window's active tab: the call.
    await call.page.bringToFront();
    await expect
      .poll(() => side.getByRole('complementary').innerText(), { timeout: 10_000 })
      .toContain(fill('sidePanelFollowsMeet', 'sid-epan-elz'));
    const sideEnd = () => side.locator('.strip').getAttribute('data-phase-ends-at').then(Number);
    expect(Math.abs(inPage - (await sideEnd()))).toBeLessThanOrEqual(1_000);
    // One panel at a time: the page's steps aside, still following the call underneath.
    await expect.poll(() => call.panel.isVisible()).toBe(false);
    expect(await call.page.locator('cadence-panel').count()).toBe(1);
    // Reloaded, the call's page gets its panel back, and the side panel has it step aside again.
    await call.page.reload();
    await call.page.locator('cadence-panel').waitFor({ state: 'attached' });
    await expect.poll(() => call.page.locator('cadence-panel').getAttribute('data-beside-side-panel'), { timeout: 10_000 }).toBe('');
    expect(await call.panel.isVisible()).toBe(false);
    // Whatever the reload did to its port, the side panel said nothing was wrong.
    expect(sideErrors).toEqual([]);
    // The mentor moves on in the side panel, then closes it: the page's panel is back, on the same
    // session, at the phase the side panel left it at.
    await side.getByRole('button', { name: text('nextPhase'), exact: true }).click();
    await expect.poll(() => side.locator('ol li[aria-current="step"] .phase-name').innerText()).toBe(text('phaseProgress'));
    const endInSide = await sideEnd();
    await side.close();
    await expect.poll(() => call.panel.isVisible()).toBe(true);
    await expect.poll(() => call.currentPhaseName()).toBe(text('phaseProgress'));
    expect(Math.abs(endInSide - (await call.phaseEndsAt()))).toBeLessThanOrEqual(1_000);
    await call.page.close();
  });
});

describe('a transfer, with the platform', () => {
  const TOKEN = 'cadence-transfer-token';
  let dir: string;
  let server: PlatformServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cadence-transfer-'));
    server = await startPlatformServer({ port: 0, dataFile: path.join(dir, 'platform.json'), token: TOKEN });
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the transfer request with its handoff summary to the platform', async () => {
    const options = await openOptionsPage(browser.context, browser.extensionId);
    expect(await sendFromPage(options, { type: 'platform/connect', baseUrl: server.url, token: TOKEN })).toMatchObject({ ok: true });
    await until(
      async () => (await sendFromPage(options, { type: 'records/list' })).value.students,
      (s: unknown[]) => s.length === 5,
    );
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/student.html#stu-01`);
    await page.getByRole('heading', { level: 1, name: 'Léa Moreau' }).waitFor();
    await page.getByRole('button', { name: text('transferOpen') }).click();
    await page.getByLabel(text('transferReason')).fill('My evenings are full from January.');
    await page.getByLabel(text('transferWhatWorks')).fill('Short exercises first, then the project.');
    await page.getByRole('button', { name: text('transferSend') }).click();
    await until(
      async () => {
        await sendFromPage(options, { type: 'platform/sync-now' });
        return server.state().transferRequests;
      },
      (requests) => requests.length === 1,
      15_000,
    );
    const [request] = server.state().transferRequests;
    expect(request).toMatchObject({ studentId: 'stu-01', reason: 'My evenings are full from January.', status: 'requested' });
    expect(request!.handoffSummary).toContain('Léa Moreau');
    expect(request!.handoffSummary).toContain('Short exercises first, then the project.');
  });
});
