// The platform misbehaving while Cadence syncs: 5xx and 429 in bursts, answers lost after the
// platform committed, garbled answers, a token expiring mid-sync, a server slower than Cadence's
// patience. Each time: every change the mentor made arrives exactly once, no word is lost, and
// nothing goes unhandled.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import { ATTEMPT_TIMEOUT_MS } from '../../utils/background/sync/platform-client';
import type { RequestLogEntry } from '../platform-server/platform-server';
import { connectToPlatform, type ConnectedPlatform } from '../e2e/support/connected-platform';
import { openOptionsPage, sendFromPage } from '../e2e/support/extension-page';
import { openReport, saveState, typeWords } from '../e2e/support/report-page';
import { panelTexts } from '../e2e/support/session-panel-page';
import { until } from '../e2e/support/until';
import { watchExtensionErrors, type ExtensionErrors } from './support/extension-errors';
import { recordFault } from './support/fault-table';
import type { ReportView } from '../../utils/protocol/reply-views';

const text = panelTexts('en');
/** A message's text up to its first placeholder: what a page shows before the variable part. */
const lead = (key: string) => text(key).split('$P1$')[0]!;
const MINUTE = 60_000;

/** A report the mentor ended, on a session scheduled while the platform could not be reached. */
interface Change {
  start: string;
  summary: string;
  /** Its id here until the platform names it; the platform's own for a session it already had. */
  sessionId: string;
}

describe('the platform misbehaving during a sync', () => {
  let platform: ConnectedPlatform;
  let errors: ExtensionErrors;
  /** Each test schedules on a day of its own, so its sessions are told apart on the platform. */
  let day = 0;

  beforeAll(async () => {
    platform = await connectToPlatform('fault-token');
  });
  afterAll(() => platform?.close());
  beforeEach(async () => {
    // Each test starts from a clean sync: a test that failed may leave changes waiting.
    expect(await platform.overview()).toMatchObject({ waiting: 0, attention: [], connection: { needsReconnect: false } });
    platform.server.setFaults({});
    errors = watchExtensionErrors(platform.browser.context, platform.browser.extensionId);
  });
  afterEach(() => errors.stop());

  /** A request from the options page that must succeed; its value. */
  const ask = async <T>(message: Parameters<typeof sendFromPage>[1]): Promise<T> => {
    const reply = await sendFromPage(platform.options, message);
    expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
    return reply.value as T;
  };

  /**
   * `count` sessions scheduled and reported, as a mentor catching up: two changes each, every one
   * saved here (the report saved, then ended) before the platform sees it.
   */
  const scheduleAndReport = async (count: number, label: string): Promise<Change[]> => {
    day++;
    const changes: Change[] = [];
    for (let i = 0; i < count; i++) {
      const start = new Date(Date.UTC(2027, 2, day, 7) + i * 20 * MINUTE).toISOString();
      const session = await ask<{ id: string }>({
        type: 'records/schedule-session',
        session: { studentId: `stu-0${1 + (i % 5)}`, start, plannedMinutes: 50, meetingUrl: '' },
      });
      const summary = `${label}, report ${i + 1}: the student reworked part ${i + 1} of the project and explained it back.`;
      const fields = { attendance: { status: 'present' as const, lateMinutes: 0 }, summary, privateNotes: '', skillEvaluations: [] };
      await ask({ type: 'report/save-draft', sessionId: session.id, editorId: crypto.randomUUID(), baseRevision: 0, fields });
      expect(await ask({ type: 'report/end', sessionId: session.id })).toMatchObject({ ended: true });
      changes.push({ start, summary, sessionId: session.id });
    }
    return changes;
  };

  /** "Sync now" until nothing waits, as a mentor pressing it would (the backoff between tries is skipped). */
  const drain = (timeout = 240_000) =>
    until(
      () => platform.syncNow(),
      (overview) => overview.waiting === 0,
      timeout,
    );

  /** The sync section of a freshly opened options page, as the mentor reads it. */
  const syncSection = async () => {
    const page = await openOptionsPage(platform.browser.context, platform.browser.extensionId);
    const section = page.getByRole('region', { name: text('optionsSyncHeading') });
    await section.waitFor();
    return { page, section };
  };

  const countWords = (words: string) => words.split(/\s+/).filter(Boolean).length;

  /**
   * What the faults cost, read from the platform's stored state and logs and from Cadence's own
   * records: writes applied more than once, and words acknowledged here that are missing there
   * (or here) once the faults have stopped.
   */
  const audit = async (changes: Change[]) => {
    const { sessions, reports } = platform.server.state();
    const sessionsAt = (start: string) => sessions.filter((s) => Date.parse(s.start) === Date.parse(start));
    const reportsWith = (summary: string) => reports.filter((r) => r.summary === summary);
    // Carried out (not replayed) more than once under the same key: cannot happen on this platform, counted anyway.
    const carriedOut = platform.server
      .writeLog()
      .filter((entry) => entry.outcome !== 'replayed')
      .map((entry) => entry.idempotencyKey);
    let duplicateWrites = carriedOut.length - new Set(carriedOut).size;
    let wordsLost = 0;
    let arrivedOnce = 0;
    for (const change of changes) {
      const onPlatform = change.sessionId.startsWith('local-')
        ? sessionsAt(change.start)
        : sessions.filter((s) => s.id === change.sessionId);
      const sent = reportsWith(change.summary);
      duplicateWrites += Math.max(0, onPlatform.length - 1) + Math.max(0, sent.length - 1);
      const session = onPlatform[0];
      const view = session && (await sendFromPage(platform.options, { type: 'report/open', sessionId: session.id }));
      const local = view?.ok ? (view.value as ReportView) : null;
      // The draft keeps the text as typed; the platform gets it trimmed.
      const kept = local?.draft.summary.trim() === change.summary && local.delivery.state === 'sent';
      const there = session !== undefined && sent.some((report) => report.sessionId === session.id);
      if (!kept || !there) wordsLost += countWords(change.summary);
      if (onPlatform.length === 1 && sent.length === 1 && kept && there) arrivedOnce++;
    }
    return { duplicateWrites, wordsLost, arrivedOnce };
  };

  /** Records the row, then holds the test to it: nothing lost, nothing twice, nothing unhandled. */
  const conclude = (
    context: Pick<TestContext, 'task'>,
    row: { fault: string; tried: number; checked: string },
    cost: { wordsLost: number; duplicateWrites: number },
  ) => {
    const { wordsLost, duplicateWrites } = cost;
    recordFault(context, { ...row, wordsLost, duplicateWrites, unhandledErrors: errors.list.length });
    expect(errors.list).toEqual([]);
    expect({ wordsLost, duplicateWrites }).toEqual({ wordsLost: 0, duplicateWrites: 0 });
    expect(row.tried).toBeGreaterThan(0);
  };

  const faultsIn = (log: RequestLogEntry[], fault: RequestLogEntry['fault']) => log.filter((entry) => entry.fault === fault);

  it('sends 50 changes made offline, and a report ended in the page, through bursts of 503', async (context) => {
    await platform.stop();
    // The mentor ends one session with its report in the report page, offline.
    const page = await openReport(platform.browser, 'ses-0003');
    const typed = await typeWords(page, 'Salma wrote the tests of the expense categories herself.'.split(' '), 60);
    await expect.poll(() => saveState(page), { timeout: 10_000 }).toBe('saved');
    await page.getByRole('button', { name: text('reportSend') }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: text('reportDeliverySending') })
          .count(),
      )
      .toBe(1);
    const byHand: Change = { start: '', summary: typed.map((t) => t.word).join(' '), sessionId: 'ses-0003' };
    const changes = [byHand, ...(await scheduleAndReport(25, '503 bursts'))];

    // Back, but failing every request: the report says why it is not sent yet.
    await platform.start({ serverErrorRate: 1 });
    await platform.syncNow();
    await page.reload();
    const failure = `${lead('reportDeliveryLastError')}A failure injected for testing; nothing was done. Cadence keeps trying.`;
    await expect.poll(() => page.locator('.report-delivery').innerText(), { timeout: 10_000 }).toContain(failure);

    // Then in bursts: 4 requests out of every 10 answered 503.
    platform.server.setFaults({ serverErrorBursts: { length: 4, every: 10 } });
    await drain();
    platform.server.setFaults({});
    expect(await platform.syncNow()).toMatchObject({ waiting: 0, attention: [], lastError: null });
    await page.reload();
    await expect.poll(() => page.locator('.report-delivery').innerText(), { timeout: 10_000 }).toContain(lead('reportDeliverySent'));
    await page.close();

    const cost = await audit(changes);
    const tried = faultsIn(platform.server.requestLog(), 'server-error').length;
    conclude(context, { fault: '503 in bursts while 51 changes drain', tried, checked: 'report says why, then "Sent"' }, cost);
    expect(cost.arrivedOnce, 'changes that arrived exactly once').toBe(changes.length);
  });

  it("sends 50 changes through bursts of 429, never asking before the platform's Retry-After", async (context) => {
    await platform.stop();
    const changes = await scheduleAndReport(25, '429 bursts');
    await platform.start({ rateLimitBursts: { length: 2, every: 8 }, retryAfterSeconds: 1 });
    // The first request is refused: the mentor sees the platform asked to wait, and until when.
    const first = await platform.syncNow();
    const [limited] = platform.server.requestLog();
    expect(limited).toMatchObject({ status: 429, retryAfterSeconds: 1 });
    expect(first.lastAttemptError).toMatchObject({ code: 'rate_limited' });
    expect(first.nextAttemptAt).toBeGreaterThanOrEqual(limited!.answeredAt + 1_000);
    await drain();
    platform.server.setFaults({});
    expect(await platform.syncNow()).toMatchObject({ waiting: 0, attention: [] });

    const log = platform.server.requestLog();
    const refusals = faultsIn(log, 'rate-limited');
    // A request is early when it reached the platform after a 429 and before the time it gave.
    const early = log.filter(({ receivedAt }) =>
      refusals.some(({ answeredAt, retryAfterSeconds }) => receivedAt > answeredAt && receivedAt < answeredAt + retryAfterSeconds! * 1_000),
    );
    const cost = await audit(changes);
    const checked = `requests before Retry-After: ${early.length}`;
    conclude(context, { fault: '429 + Retry-After in bursts, 50 changes', tried: refusals.length, checked }, cost);
    expect(early).toEqual([]);
    expect(cost.arrivedOnce, 'changes that arrived exactly once').toBe(changes.length);
  });

  it('applies a write once when its answer was lost after the platform committed it', async (context) => {
    await platform.stop();
    const changes = await scheduleAndReport(15, 'Lost answers');
    await platform.start({ dropAfterCommit: { rate: 0.4 }, seed: 7 });
    await drain();
    platform.server.setFaults({});
    expect(await platform.syncNow()).toMatchObject({ waiting: 0, attention: [] });

    const log = platform.server.requestLog();
    const dropped = faultsIn(log, 'dropped-after-commit');
    // Every dropped write was asked again with its key, and the platform replayed its first answer.
    const replays = platform.server.writeLog().filter((entry) => entry.outcome === 'replayed');
    expect(new Set(replays.map((entry) => entry.idempotencyKey))).toEqual(new Set(dropped.map((entry) => entry.idempotencyKey)));
    const cost = await audit(changes);
    conclude(
      context,
      { fault: 'answer lost after the commit', tried: dropped.length, checked: 'each retried with its key, replayed' },
      cost,
    );
    expect(cost.arrivedOnce, 'changes that arrived exactly once').toBe(changes.length);
  });

  it.for(['wrong-shape', 'not-json'] as const)('says so, loses nothing and recovers from malformed answers (%s)', async (kind, context) => {
    await platform.stop();
    const changes = await scheduleAndReport(10, `Malformed ${kind}`);
    // Every answer garbled at first: the write is committed there and unreadable here.
    await platform.start({ malformed: { rate: 1, kind } });
    await platform.syncNow();
    const { page, section } = await syncSection();
    const unreadable = text('optionsFailureUnreadable');
    await expect.poll(() => section.innerText()).toContain(`${text('optionsLastAttemptFailed')} ${unreadable}`);
    expect((await platform.records()).students).toHaveLength(5);

    platform.server.setFaults({ malformed: { rate: 0.3, kind }, seed: 3 });
    await drain();
    platform.server.setFaults({});
    // Recovered: the next sync reads well, and the mentor no longer sees an error.
    expect(await platform.syncNow()).toMatchObject({ waiting: 0, attention: [], lastError: null, lastAttemptError: null });
    await page.reload();
    await expect.poll(() => section.innerText()).toContain(text('optionsWaitingNone'));
    expect(await section.innerText()).not.toContain(unreadable);
    await page.close();

    const cost = await audit(changes);
    const tried = faultsIn(platform.server.requestLog(), 'malformed').length;
    conclude(context, { fault: `malformed answers (${kind})`, tried, checked: 'sync status says unreadable, then clears' }, cost);
    expect(cost.arrivedOnce, 'changes that arrived exactly once').toBe(changes.length);
  });

  it('asks to reconnect when the token expires mid-sync, keeps what waits, and sends the rest once with a new token', async (context) => {
    await platform.stop();
    const changes = await scheduleAndReport(10, 'Expired token');
    await platform.start({ tokenExpiresAfter: 7 });
    await until(
      () => platform.syncNow(),
      (overview) => overview.connection?.needsReconnect === true,
      60_000,
    );
    const refusedAt = platform.server.requestLog().length;
    const paused = await platform.overview();
    // Every change the platform did not take is still waiting, none set aside.
    const taken = platform.server.writeLog().length;
    expect(taken).toBeGreaterThan(0);
    expect(paused).toMatchObject({ waiting: changes.length * 2 - taken, attention: [] });

    // The mentor is told where it is said: the options page, and the report still waiting.
    const { page: options } = await syncSection();
    await expect
      .poll(
        () =>
          options
            .getByRole('alert')
            .filter({ hasText: lead('optionsReconnectNotice') })
            .count(),
        { timeout: 10_000 },
      )
      .toBe(1);
    await options.close();
    const last = changes.at(-1)!;
    const report = await openReport(platform.browser, last.sessionId);
    expect(await report.locator('.report-delivery').innerText()).toContain(text('reportDeliveryNeedsReconnect'));

    // The mentor goes on working meanwhile; nothing is asked of the platform with the dead token.
    const more = await scheduleAndReport(2, 'Written while the token was refused');
    expect((await platform.overview()).waiting).toBe(paused.waiting + 4);
    expect(platform.server.requestLog().slice(refusedAt)).toEqual([]);

    await platform.reconnect('fault-token-renewed');
    await drain();
    expect(await platform.syncNow()).toMatchObject({ waiting: 0, attention: [], connection: { needsReconnect: false } });
    // The report page left open says it went, though the platform has renamed its session meanwhile.
    await expect.poll(() => report.locator('.report-delivery').innerText(), { timeout: 15_000 }).toContain(lead('reportDeliverySent'));
    await report.close();

    const all = [...changes, ...more];
    const cost = await audit(all);
    const tried = faultsIn(platform.server.requestLog(), 'token-expired').length;
    conclude(context, { fault: 'token expired mid-sync (401)', tried, checked: 'asked to reconnect; rest sent once' }, cost);
    expect(cost.arrivedOnce, 'changes that arrived exactly once').toBe(all.length);
  });

  it("writes once when the platform answers after Cadence's attempt timeout, and commits anyway", async (context) => {
    await platform.stop();
    const changes = await scheduleAndReport(3, 'Slow platform');
    // The first two tries of the first write are held past the attempt timeout, then committed.
    await platform.start({ slowWrites: { next: 2, ms: ATTEMPT_TIMEOUT_MS + 3_000 } });
    const first = await platform.syncNow();
    expect(first.lastAttemptError).toMatchObject({ code: 'timeout' });
    const { page, section } = await syncSection();
    await expect.poll(() => section.innerText()).toContain(`${text('optionsLastAttemptFailed')} ${text('optionsFailureSlow')}`);
    await page.close();
    await drain();
    // The held attempts end on the platform's side too before anything is counted.
    await until(
      async () => faultsIn(platform.server.requestLog(), 'slow-write'),
      (slow) => slow.length === 2,
      30_000,
    );
    expect(await platform.syncNow()).toMatchObject({ waiting: 0, attention: [] });

    const slow = faultsIn(platform.server.requestLog(), 'slow-write');
    expect(slow.every((entry) => entry.clientGone)).toBe(true);
    const cost = await audit(changes);
    const fault = `slower than the ${ATTEMPT_TIMEOUT_MS / 1000} s attempt timeout`;
    conclude(context, { fault, tried: slow.length, checked: 'gave up, retried, one write' }, cost);
    expect(cost.arrivedOnce, 'changes that arrived exactly once').toBe(changes.length);
  });
});
