// The report a mentor writes after the call, and the sessions that do not happen.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatformServer, type PlatformServer } from '../platform-server/platform-server';
import { killAndRelaunch } from './support/browser-process';
import { openOptionsPage, sendFromPage } from './support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures } from './support/meet-routes';
import { importSeededRecords } from './support/seed-records';
import { stopServiceWorker } from './support/service-worker';
import { openReport, saveState, typeWords } from './support/report-page';
import { MeetCallPage, panelTexts } from './support/session-panel-page';
import { until } from './support/until';

const text = panelTexts('en');
const SESSION = 'local-this-week';
const MINUTE = 60_000;

/** Everything typed more than a second before `at` must be in `kept`. */
function expectAllButTheLastSecond(kept: string, typed: { word: string; at: number }[], at: number) {
  const mustHave = typed.filter((t) => t.at <= at - 1_000).map((t) => t.word);
  expect(kept).toContain(mustHave.join(' '));
}

describe('a report that is never lost', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US', userDataDir: mkdtempSync(path.join(tmpdir(), 'cadence-report-')) });
    browser.removeUserDataDirOnClose = true;
    await routeMeetFixtures(browser.context);
    await importSeededRecords(browser, 'rpt-aaaa-one');
  });
  afterAll(() => browser?.close());

  it('shows "Saved" only once the words are durable, and keeps them when the tab closes mid-sentence', async () => {
    let page = await openReport(browser, SESSION);
    // Every state the save line goes through, as the mentor would see it change.
    await page.evaluate(() => {
      const line = document.querySelector('[data-testid="report-save-state"]')!;
      const seen: string[] = [];
      (globalThis as unknown as { seenStates: string[] }).seenStates = seen;
      new MutationObserver(() => seen.push(line.getAttribute('data-state') ?? '')).observe(line, { attributes: true });
    });
    await typeWords(page, ['Awa', 'rebuilt', 'the', 'header.'], 100);
    await expect.poll(() => saveState(page), { timeout: 3_000 }).toBe('saved');
    const seen = await page.evaluate(() => (globalThis as unknown as { seenStates: string[] }).seenStates);
    expect(seen[0]).toBe('saving');
    expect(seen.at(-1)).toBe('saved');

    // Typing without a pause still saves as it goes, and the tab closes mid-sentence.
    const typed = await typeWords(page, 'Then we went through the media queries one by one and'.split(' '), 120);
    const closedAt = Date.now();
    await page.close();
    page = await openReport(browser, SESSION);
    const kept = await page.getByLabel(text('reportSummary')).inputValue();
    expect(kept.startsWith('Awa rebuilt the header.')).toBe(true);
    expectAllButTheLastSecond(kept, typed, closedAt);
    await page.close();
  });

  it('keeps typing through a stopped service worker', async () => {
    const page = await openReport(browser, SESSION);
    await stopServiceWorker(browser.context, browser.extensionId);
    const typed = await typeWords(page, ['She', 'explained', 'flexbox', 'back', 'to', 'me.'], 150);
    await expect.poll(() => saveState(page), { timeout: 5_000 }).toBe('saved');
    await page.reload();
    await page.getByLabel(text('reportSummary')).waitFor();
    expect(await page.getByLabel(text('reportSummary')).inputValue()).toContain(typed.map((t) => t.word).join(' '));
    await page.close();
  });

  it('loses at most the last second when the browser is killed mid-typing', async () => {
    let page = await openReport(browser, SESSION);
    const typed = await typeWords(page, 'Next week she starts the desktop layout of the product grid'.split(' '), 150);
    const killedAt = Date.now();
    browser = await killAndRelaunch(browser);
    await routeMeetFixtures(browser.context);
    page = await openReport(browser, SESSION);
    const kept = await page.getByLabel(text('reportSummary')).inputValue();
    expect(kept).toContain('She explained flexbox back to me.');
    expectAllButTheLastSecond(kept, typed, killedAt);
    await page.close();
  });
});

describe('reports, no-shows and cancellations on the platform', () => {
  const TOKEN = 'cadence-report-token';
  let dir: string;
  let server: PlatformServer;
  let port = 0;
  let browser: LaunchedBrowser;
  let options: Page;

  const start = async () => {
    server = await startPlatformServer({ port, dataFile: path.join(dir, 'platform.json'), token: TOKEN });
    port = server.port;
  };
  /** A session made on the platform directly, as the school would. */
  const platformSession = async (startsInMs: number, code: string) => {
    const reply = await fetch(`${server.url}/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': randomUUID(), 'content-type': 'application/json' },
      body: JSON.stringify({
        studentId: 'stu-02',
        start: new Date(Date.now() + startsInMs).toISOString(),
        plannedMinutes: 45,
        meetingUrl: `https://meet.google.com/${code}`,
      }),
    });
    expect(reply.status).toBe(201);
    const session = (await reply.json()) as { id: string };
    await sendFromPage(options, { type: 'platform/sync-now' });
    await until(
      async () => (await sendFromPage(options, { type: 'records/list' })).value.sessions,
      (sessions: { id: string }[]) => sessions.some((s) => s.id === session.id),
    );
    return session.id;
  };
  const onServer = (id: string) => server.state().sessions.find((s) => s.id === id);
  const syncUntil = (done: () => boolean) =>
    until(
      async () => {
        await sendFromPage(options, { type: 'platform/sync-now' });
        return done();
      },
      (value) => value,
      15_000,
    );

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cadence-report-platform-'));
    await start();
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context);
    options = await openOptionsPage(browser.context, browser.extensionId);
    const connected = await sendFromPage(options, { type: 'platform/connect', baseUrl: server.url, token: TOKEN });
    expect(connected).toMatchObject({ ok: true, value: { ok: true } });
    await until(
      async () => (await sendFromPage(options, { type: 'records/list' })).value.students,
      (students: unknown[]) => students.length === 5,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends a session offline; once the platform is back, exactly one report arrives', async () => {
    const page = await openReport(browser, 'ses-0003');
    await typeWords(page, 'Salma finished the expense categories and their tests.'.split(' '), 60);
    await expect.poll(() => saveState(page), { timeout: 5_000 }).toBe('saved');
    await server.close();
    await page.getByRole('button', { name: text('reportSend') }).click();
    await expect.poll(() => page.getByRole('main').innerText()).toContain(text('reportDeliverySending').split('$P1$')[0]!);
    await start();
    await syncUntil(() => server.state().reports.some((r) => r.sessionId === 'ses-0003'));
    await sendFromPage(options, { type: 'platform/sync-now' });
    const reports = server.state().reports.filter((r) => r.sessionId === 'ses-0003');
    expect(reports).toHaveLength(1);
    expect(reports[0]!.summary).toBe('Salma finished the expense categories and their tests.');
    expect(onServer('ses-0003')?.status).toBe('completed');
    await page.close();
  });

  it('flags a no-show 16 minutes after the scheduled start: the platform shows student_absent with the comment', async () => {
    const id = await platformSession(-16 * MINUTE, 'nos-howw-abc');
    const call = await MeetCallPage.open(browser.context, 'nos-howw-abc');
    await call.meetAction('join');
    await call.expectCallState('in-call');
    await call.openWork();
    const work = call.page.frameLocator('iframe');
    await work
      .getByRole('button', { name: text('lateFlagNoShow') })
      .first()
      .click();
    await work.getByLabel(text('lateNoShowComment')).fill('I waited for you 16 minutes; see you next week.');
    await work.getByRole('button', { name: text('lateNoShowConfirm') }).click();
    // The panel hears it at once: the clock stops, and no report is asked, nor an end offered to undo.
    await call.panel.getByRole('heading', { name: text('noReportAbsent') }).waitFor({ timeout: 5_000 });
    expect(await call.panel.getByRole('heading', { name: text('endPromptInCall') }).count()).toBe(0);
    expect(await call.panel.getByRole('button', { name: /^Undo/ }).count()).toBe(0);
    expect(await call.panel.getByRole('button', { name: text('writeReport') }).count()).toBe(0);
    expect(await call.panel.getByRole('button', { name: text('endPromptOpenTab') }).count()).toBe(0);
    expect(await call.panel.getByRole('button', { name: text('endSession') }).count()).toBe(0);
    // Nor does the work jump to a report it could not finish: it says the session's status where the no-show was recorded.
    await expect.poll(() => work.getByTestId('workspace-no-report').innerText()).toBe(text('noReportAbsent'));
    expect(await work.getByRole('tab', { name: text('workspaceTabStudent') }).getAttribute('aria-selected')).toBe('true');
    await syncUntil(() => onServer(id)?.status === 'student_absent');
    expect(onServer(id)?.cancellation).toMatchObject({ by: 'student', comment: 'I waited for you 16 minutes; see you next week.' });
  });

  it('cancels 30 hours ahead as a planned absence and reschedules it', async () => {
    const id = await platformSession(30 * 60 * MINUTE, 'can-cell-abc');
    const live = await sendFromPage(options, { type: 'live-session/start', meetingCode: null });
    await sendFromPage(options, { type: 'workspace/link', liveSessionId: live.value.id, choice: { sessionId: id } });
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/session-workspace.html#${live.value.id}`);
    await page.getByRole('tab', { name: text('workspaceTabStudent') }).click();
    await page.getByRole('button', { name: text('cancelOpen') }).click();
    await page.getByLabel(text('cancelByStudent').replace('$P1$', 'Samuel Gagnon')).check();
    await page.getByLabel(text('cancelReason')).selectOption('illness');
    await page.getByLabel(text('cancelComment')).fill('Get well soon; see you on Monday.');
    await page.getByRole('button', { name: text('cancelConfirm') }).click();
    await page.getByRole('button', { name: text('cancelReschedule') }).waitFor();
    const inFourDays = new Date(Date.now() + 4 * 24 * 60 * MINUTE);
    await page.getByLabel(text('cancelNewDate')).fill(inFourDays.toISOString().slice(0, 10));
    await page.getByLabel(text('cancelNewTime')).fill('17:00');
    await page.getByRole('button', { name: text('cancelReschedule') }).click();
    await syncUntil(() => server.state().sessions.some((s) => s.rescheduledFrom === id));
    expect(onServer(id)).toMatchObject({
      status: 'canceled',
      cancellation: { by: 'student', comment: 'Get well soon; see you on Monday.' },
    });
    expect(server.state().sessions.find((s) => s.rescheduledFrom === id)).toMatchObject({ status: 'pending', studentId: 'stu-02' });
    await page.close();
  });
});
