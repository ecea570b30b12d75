// The service worker stopped 200 times while the mentor drafts a report and changes sync.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFromPage } from '../e2e/support/extension-page';
import { openReport, readSummary, summaryField } from '../e2e/support/report-page';
import { stopServiceWorker } from '../e2e/support/service-worker';
import { until } from '../e2e/support/until';
import { launchConnected, type ConnectedBrowser } from './support/connected-browser';
import { watchExtensionErrors } from './support/extension-errors';
import { recordFault } from './support/fault-table';
import { wordsLost } from './support/words-lost';

const STOPS = 200;
/** Every so many stops, the page must come back to "Saved": that text is then promised. */
const ACKNOWLEDGE_EVERY = 10;
/** Every so many stops, a change is made that the platform must receive exactly once. */
const SCHEDULE_EVERY = 5;

describe('a service worker that keeps dying', () => {
  let connected: ConnectedBrowser;
  beforeAll(async () => {
    connected = await launchConnected();
  });
  afterAll(() => connected?.close());

  it(`loses no acknowledged word and writes nothing twice through ${STOPS} stops`, async (context) => {
    const { browser, server, options } = connected;
    const errors = watchExtensionErrors(browser.context, browser.extensionId);
    const sessionId = server.state().sessions[0]!.id;
    const report = await openReport(browser, sessionId);
    await summaryField(report).click();

    let acknowledged = '';
    const scheduled: string[] = [];
    for (let stop = 1; stop <= STOPS; stop++) {
      await report.keyboard.type(`word${stop} `);
      if (stop % SCHEDULE_EVERY === 0) {
        // Each on a day of its own, so the server's copy is told apart; then a sync the stop cuts short.
        const start = new Date(Date.UTC(2027, 2, 1 + stop / SCHEDULE_EVERY, 9)).toISOString();
        const reply = await sendFromPage(options, {
          type: 'records/schedule-session',
          session: { studentId: server.state().students[0]!.id, start, plannedMinutes: 50, meetingUrl: '' },
        });
        // A stop can only land between requests here, so every change asked for is made locally.
        expect(reply).toMatchObject({ ok: true });
        scheduled.push(start);
        void sendFromPage(options, { type: 'platform/sync-now' });
      }
      // The stop lands anywhere in a save or a sync: right away, or up to 0.4 s later.
      await report.waitForTimeout(Math.floor(Math.random() * 400));
      await stopServiceWorker(browser.context, browser.extensionId);
      if (stop % ACKNOWLEDGE_EVERY === 0) {
        acknowledged = (
          await until(
            () => readSummary(report),
            (read) => read.saved,
            20_000,
          )
        ).value;
      }
    }

    await connected.drain();
    await report.reload();
    await summaryField(report).waitFor();
    const kept = await summaryField(report).inputValue();
    const lostWords = wordsLost(acknowledged, kept);
    const onServer = (start: string) =>
      server.state().sessions.filter((session) => new Date(session.start).getTime() === new Date(start).getTime()).length;
    const counts = scheduled.map(onServer);
    const duplicateWrites = counts.reduce((sum, count) => sum + Math.max(0, count - 1), 0);
    recordFault(context, {
      fault: 'service worker stopped while drafting and syncing',
      tried: STOPS,
      wordsLost: lostWords,
      duplicateWrites,
      unhandledErrors: errors.list.length,
      checked: `${acknowledged.split(' ').filter(Boolean).length} words acknowledged, ${scheduled.length} changes synced`,
    });
    errors.stop();
    expect(errors.list).toEqual([]);
    expect(lostWords).toBe(0);
    expect(kept.startsWith(acknowledged)).toBe(true);
    // Every change reached the platform, and once.
    expect(counts).toEqual(scheduled.map(() => 1));
  });
});
