// The disk fills up while the mentor writes the report: Chromium's quota for the extension's
// origin is set just above what it uses (CDP Storage.overrideQuotaForOrigin), then lifted.
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFromPage } from '../e2e/support/extension-page';
import { openReport, readSummary, saveState, summaryField } from '../e2e/support/report-page';
import { panelTexts } from '../e2e/support/session-panel-page';
import { until } from '../e2e/support/until';
import { launchConnected, type ConnectedBrowser } from './support/connected-browser';
import { watchExtensionErrors } from './support/extension-errors';
import { recordFault } from './support/fault-table';
import { wordsLost } from './support/words-lost';

const ROUNDS = 5;
/** Room left on the "disk": a save or two of the draft. */
const ROOM_BYTES = 1_000;
const text = panelTexts('en');

/** Chromium's quota for the extension, set just above what it uses now, or lifted. */
function extensionDisk(cdp: CDPSession, extensionId: string) {
  const origin = `chrome-extension://${extensionId}`;
  return {
    async fill() {
      const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + ROOM_BYTES });
    },
    async free() {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    },
  };
}

describe('a disk that fills up while the mentor writes', () => {
  let connected: ConnectedBrowser;
  beforeAll(async () => {
    connected = await launchConnected();
  });
  afterAll(() => connected?.close());

  it(`tells the mentor, loses nothing saved, and saves again by itself, ${ROUNDS} times`, async (context) => {
    const { browser, server, options } = connected;
    const errors = watchExtensionErrors(browser.context, browser.extensionId);
    // A session of the past with no report yet: the report ends at the close, and must arrive once.
    const { sessions, reports: before } = server.state();
    const session = sessions.find(
      (s) => s.status === 'pending' && Date.parse(s.start) < Date.now() && !before.some((r) => r.sessionId === s.id),
    )!;
    const report = await openReport(browser, session.id);
    const disk = extensionDisk(await browser.context.newCDPSession(report), browser.extensionId);
    const savedSummary = async () =>
      (await sendFromPage(options, { type: 'report/open', sessionId: session.id })).value.draft.summary as string;
    const scheduled: string[] = [];
    const schedule = (day: number) => {
      const start = new Date(Date.UTC(2027, 3, day, 9)).toISOString();
      const reply = sendFromPage(options, {
        type: 'records/schedule-session',
        session: { studentId: session.studentId, start, plannedMinutes: 50, meetingUrl: '' },
      });
      return { start, reply };
    };

    let typed = '';
    let acknowledged = '';
    let lostWords = 0;
    let words = 0;
    const type = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const word = `word${++words} `;
        await report.keyboard.type(word);
        typed += word;
        await report.waitForTimeout(100);
      }
    };
    const acknowledge = async () => {
      const read = await readSummary(report);
      if (read.saved) acknowledged = read.value;
    };
    await summaryField(report).click();

    for (let round = 1; round <= ROUNDS; round++) {
      await type(3);
      acknowledged = (
        await until(
          () => readSummary(report),
          (read) => read.saved,
          20_000,
        )
      ).value;

      await disk.fill();
      // Type on until a save is refused.
      const deadline = Date.now() + 120_000;
      while ((await saveState(report)) !== 'error') {
        expect(Date.now(), 'the writes never failed').toBeLessThan(deadline);
        await type(1);
        await acknowledge();
      }
      const line = report.getByTestId('report-save-state');
      expect(await line.getAttribute('role')).toBe('status');
      expect(await line.innerText()).toBe(text('reportSaveErrorFull'));
      // Typing on a full disk: the words stay on screen, the message stands.
      await type(3);
      expect(await summaryField(report).inputValue()).toBe(typed);
      expect(await saveState(report)).toBe('error');
      if (round === 1) {
        await report.getByRole('button', { name: text('reportSend') }).click();
        await expect.poll(() => report.getByRole('alert').innerText()).toBe(text('errorStorageFull'));
        // Closing the tab now would take the words on screen with it: the browser asks, and staying keeps them.
        const asked = new Promise<string>((resolve) =>
          report.once('dialog', (dialog) => {
            resolve(dialog.type());
            void dialog.dismiss();
          }),
        );
        await report.close({ runBeforeUnload: true });
        expect(await asked).toBe('beforeunload');
        expect(report.isClosed()).toBe(false);
        expect(await summaryField(report).inputValue()).toBe(typed);
      }
      // A change for the platform is refused in plain words, and nothing of it is made.
      const refused = schedule(round);
      expect(await refused.reply).toEqual({ ok: false, error: { code: 'storage-full' } });
      // What was saved before is whole.
      lostWords += wordsLost(acknowledged, await savedSummary());

      await disk.free();
      // Nothing to do but wait: "Saved" comes back by itself, for everything on screen.
      acknowledged = (
        await until(
          () => readSummary(report),
          (read) => read.saved,
          60_000,
        )
      ).value;
      expect(acknowledged).toBe(typed);
      const made = schedule(round);
      expect(await made.reply).toMatchObject({ ok: true });
      scheduled.push(made.start);

      await report.reload();
      await summaryField(report).waitFor();
      const kept = await summaryField(report).inputValue();
      lostWords += wordsLost(acknowledged, kept);
      expect(kept).toBe(typed);
      await summaryField(report).click();
      // The end of the text, not of the wrapped line the click landed on.
      await report.keyboard.press('Control+End');
    }

    // The report ends, and reaches the platform whole, once; so does each change made.
    await report.getByRole('button', { name: text('reportSend') }).click();
    await connected.drain();
    const reports = server.state().reports.filter((r) => r.sessionId === session.id);
    const onServer = scheduled.map(
      (start) => server.state().sessions.filter((s) => new Date(s.start).getTime() === new Date(start).getTime()).length,
    );
    const duplicateWrites = Math.max(0, reports.length - 1) + onServer.reduce((sum, count) => sum + Math.max(0, count - 1), 0);
    recordFault(context, {
      fault: 'storage full (quota exceeded)',
      tried: ROUNDS,
      wordsLost: lostWords,
      duplicateWrites,
      unhandledErrors: errors.list.length,
      checked: `message shown, text kept on screen, closing asked first, "Saved" back by itself; ${words} words typed, report sent once`,
    });
    errors.stop();
    expect(errors.list).toEqual([]);
    expect(lostWords).toBe(0);
    expect(duplicateWrites).toBe(0);
    expect(reports.map((r) => r.summary)).toEqual([typed.trim()]);
    expect(onServer).toEqual(scheduled.map(() => 1));
  });
});
