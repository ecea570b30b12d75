// The browser killed 20 times while the mentor types a report (a crash, a power cut), and
// reopened each time on the same profile.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killAndRelaunch } from '../e2e/support/browser-process';
import { launchWithExtension, type LaunchedBrowser } from '../e2e/support/launch-extension';
import { openReport, readSummary, summaryField } from '../e2e/support/report-page';
import { importSeededRecords } from '../e2e/support/seed-records';
import { until } from '../e2e/support/until';
import { watchExtensionErrors, type ExtensionErrors } from './support/extension-errors';
import { recordFault } from './support/fault-table';
import { wordsLost } from './support/words-lost';

const KILLS = 20;
const SESSION = 'local-this-week';

describe('a browser that is killed mid-typing', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ userDataDir: mkdtempSync(path.join(tmpdir(), 'cadence-kills-')) });
    browser.removeUserDataDirOnClose = true;
    await importSeededRecords(browser, 'kil-lsmi-dty');
  });
  afterAll(() => browser?.close());

  it(`keeps every word it said was saved through ${KILLS} kills`, async (context) => {
    const errors: ExtensionErrors[] = [];
    let acknowledged = '';
    let lostWords = 0;
    let typedAfterSaved = 0;
    let keptAfterSaved = 0;
    const losses: string[] = [];
    for (let kill = 1; kill <= KILLS; kill++) {
      errors.push(watchExtensionErrors(browser.context, browser.extensionId));
      const report = await openReport(browser, SESSION);
      await summaryField(report).click();
      await report.keyboard.press('Control+End');
      // A sentence, a pause long enough to see "Saved"…
      await report.keyboard.type(`round${kill} we went through the layout `);
      acknowledged = (
        await until(
          () => readSummary(report),
          (read) => read.saved,
          20_000,
        )
      ).value;
      // …then more words, and the power goes at some point in them.
      const tail = Array.from({ length: 1 + Math.floor(Math.random() * 5) }, (_, i) => `then${kill}x${i}`);
      for (const word of tail) {
        await report.keyboard.type(`${word} `, { delay: 30 });
        const read = await readSummary(report);
        if (read.saved) acknowledged = read.value;
      }
      await report.waitForTimeout(Math.floor(Math.random() * 700));
      errors.at(-1)!.stop();
      browser = await killAndRelaunch(browser);

      const reopened = await openReport(browser, SESSION);
      const kept = await summaryField(reopened).inputValue();
      const lost = wordsLost(acknowledged, kept);
      if (lost > 0) losses.push(`kill ${kill}: acknowledged …${acknowledged.slice(-80)} | kept …${kept.slice(-80)}`);
      lostWords += lost;
      typedAfterSaved += tail.length;
      keptAfterSaved += tail.filter((word) => kept.includes(word)).length;
      await reopened.close();
    }

    const unhandled = errors.flatMap((watcher) => watcher.list);
    recordFault(context, {
      fault: 'browser process killed mid-typing, relaunched',
      tried: KILLS,
      wordsLost: lostWords,
      duplicateWrites: 0,
      unhandledErrors: unhandled.length,
      checked: `of ${typedAfterSaved} words typed after the last "Saved", ${keptAfterSaved} kept too`,
    });
    expect(unhandled).toEqual([]);
    expect(losses).toEqual([]);
    expect(lostWords).toBe(0);
  });
});
