// The extension reloaded under an open call, as applying an update does: the panel freezes and
// says what is safe, the tab reloaded brings the same session back, and nothing saved is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from '../e2e/support/launch-extension';
import { routeMeetFixtures } from '../e2e/support/meet-routes';
import { importSeededRecords } from '../e2e/support/seed-records';
import { reloadExtension } from '../e2e/support/service-worker';
import { MeetCallPage, panelTexts } from '../e2e/support/session-panel-page';
import { watchExtensionErrors } from './support/extension-errors';
import { recordFault } from './support/fault-table';
import { wordsLost } from './support/words-lost';

const CODE = 'rld-abcd-efg';
const RELOADS = 10;
const text = panelTexts('en');

describe('the extension reloaded during a call (as an update does)', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context);
    await importSeededRecords(browser, CODE);
  });
  afterAll(() => browser?.close());

  it(`freezes the open panel with what is safe and how to go on, ${RELOADS} times; the reloaded tab carries on`, async (context) => {
    const errors = watchExtensionErrors(browser.context, browser.extensionId);
    const call = await MeetCallPage.open(browser.context, CODE);
    await call.meetAction('join');
    await call.expectCallState('in-call');
    await call.openWork();
    const liveSession = await call.panel.locator('iframe').getAttribute('src');
    let lost = 0;
    let acknowledged = '';

    for (let round = 1; round <= RELOADS; round++) {
      // Words typed into the report's draft, and shown "Saved".
      const field = await call.reportDraft();
      await field.click();
      await field.press('End');
      await call.page.keyboard.type(` Round ${round}: Awa explained her layout grid.`);
      await expect.poll(() => call.reportSaveState(), { timeout: 10_000 }).toBe('saved');
      acknowledged = await field.inputValue();
      // The strip's seconds are the phase's (the session's time is in minutes): the rounds stay in the first phase.
      const leftBefore = await call.phaseRemainingSeconds();
      const before = Date.now();

      await reloadExtension(browser.context, browser.extensionId);

      // The panel stays, frozen: it says so, what is safe and how to go on; nothing in it acts.
      const notice = call.panel.getByRole('alert');
      await expect.poll(() => notice.innerText().catch(() => ''), { timeout: 10_000 }).toContain(text('frozenTitle'));
      const said = await notice.innerText();
      expect(said).toContain(text('frozenSaved'));
      expect(said).toContain(text('frozenReload'));
      for (const key of ['nextPhase', 'endSession']) expect(await call.button(key).isDisabled()).toBe(true);
      expect(await call.panel.locator('.checklist-toggle').isDisabled()).toBe(true);
      // The frame's page died with the extension: the notice stands in its place.
      expect(await call.panel.locator('iframe').count()).toBe(0);
      // Its clock stands still at the last second it knew, and says so: the notice's time is the strip's minute.
      const frozenClock = await call.panel.getByTestId('phase-remaining').innerText();
      const stoppedAt = new RegExp(text('frozenClock').replace('$P1$', '(\\d+):\\d\\d').replace('.', '\\.')).exec(said);
      expect(await call.panel.getByTestId('session-elapsed').innerText()).toMatch(new RegExp(`^${stoppedAt![1]} min `));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await call.panel.getByTestId('phase-remaining').innerText()).toBe(frozenClock);

      // Reloading the tab brings the same session back, its clock carried on, the draft whole.
      await call.page.reload();
      await call.panel.getByTestId('phase-remaining').waitFor();
      await call.meetAction('join');
      await call.expectCallState('in-call');
      await call.openWork();
      expect(await call.panel.locator('iframe').getAttribute('src')).toBe(liveSession);
      const left = await call.phaseRemainingSeconds();
      // Both readings may be up to a second behind the panel's tick.
      expect(Math.abs(leftBefore - left - (Date.now() - before) / 1000)).toBeLessThanOrEqual(3);
      const kept = await (await call.reportDraft()).inputValue();
      lost += wordsLost(acknowledged, kept);
    }

    errors.stop();
    recordFault(context, {
      fault: 'extension reloaded during a call (as an update does)',
      tried: RELOADS,
      wordsLost: lost,
      duplicateWrites: 0,
      unhandledErrors: errors.list.length,
      checked: 'frozen panel said so, controls disabled; same session and clock after the tab reload; report draft whole',
    });
    expect(errors.list).toEqual([]);
    expect(lost).toBe(0);
    expect(acknowledged).toContain(`Round ${RELOADS}:`);
    await call.page.close();
  });
});
