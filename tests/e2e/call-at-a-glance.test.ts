// The call at a glance, as a mentor who is talking uses it on a laptop and on a large screen:
// the session's own agenda, the time always in view, nothing of Meet's covered, an end that can be
// taken back, and a lobby that prepares the call instead of raising a false alarm.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures, type MeetFixture } from './support/meet-routes';
import { SEED_STUDENT, importSeededRecords } from './support/seed-records';
import { MeetCallPage, type PanelLanguage, workFrame } from './support/session-panel-page';
import { until } from './support/until';

const LAPTOP = { width: 1366, height: 681 };
const LARGE = { width: 1920, height: 1080 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (box: Box, viewport: { width: number; height: number }) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;

/** The boxes that matter on Meet's page: Cadence's panel, Meet's control bar, Meet's own right-hand panel. */
async function boxes(page: Page) {
  const box = async (selector: string) => ((await page.locator(selector).count()) ? page.locator(selector).first().boundingBox() : null);
  return {
    panel: (await page.getByRole('complementary', { name: /Cadence/ }).boundingBox())!,
    // In the call there is always a control bar, which Meet (and the fixture) re-renders now and then: measured once drawn.
    controlBar: await until(
      () => box('[data-fixture="control-bar"]'),
      (bar) => bar !== null,
      5_000,
    ),
    meetPanel: await box('[data-fixture="side-panel"]'),
  };
}

/** Fails at once if the panel ever says it cannot find the call while the page settles. */
async function watchForFalseAlarm(call: MeetCallPage, ms: number) {
  const said: string[] = [];
  const until = Date.now() + ms;
  while (Date.now() < until) {
    said.push(await call.panel.innerText());
    await call.page.waitForTimeout(100);
  }
  return said;
}

describe.each([
  { fixture: 'meet-en', locale: 'en-US', language: 'en', code: 'gla-aaaa-one', viewport: LAPTOP, other: LARGE },
  { fixture: 'meet-fr', locale: 'fr-FR', language: 'fr', code: 'glf-aaaa-one', viewport: LARGE, other: LAPTOP },
] as { fixture: MeetFixture; locale: string; language: PanelLanguage; code: string; viewport: typeof LAPTOP; other: typeof LAPTOP }[])(
  'a 30-minute session on $fixture',
  ({ fixture, locale, language, code, viewport, other }) => {
    let browser: LaunchedBrowser;
    beforeAll(async () => {
      browser = await launchWithExtension({ locale });
      await routeMeetFixtures(browser.context, { fixture });
      await importSeededRecords(browser, code, 60_000, 30);
    });
    afterAll(() => browser?.close());

    it('prepares the call in the lobby, runs its own agenda, keeps out of Meet’s way and takes an end back', async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`https://meet.google.com/${code}`);
      const call = new MeetCallPage(page, language);
      const { text } = call;
      const firstName = SEED_STUDENT.name.split(' ')[0]!;

      // The lobby: no false alarm while the page settles; whose session, how long, and what prepares it.
      const said = await watchForFalseAlarm(call, 3_000);
      expect(said.filter((words) => words.includes(text('callStateUnknown')) || words.includes(text('startHintUnknown')))).toEqual([]);
      await call.expectCallState('lobby');
      await expect.poll(() => call.panel.locator('.strip').innerText()).toContain(firstName);
      expect(await call.panel.locator('.strip').innerText()).toContain('30 min');
      await expect.poll(() => workFrame(page)?.url() ?? '').toContain(`#call/${code}`);
      await expect.poll(() => workFrame(page)!.locator('main').innerText()).toContain(SEED_STUDENT.name);

      // In the call: the session's own 30 minutes, 6 / 18 / 6; the preview gives way.
      await call.meetAction('join');
      await call.expectCallState('in-call');
      const minutes = (n: number) => text('phaseMinutes').replace('$P1$', String(n));
      await expect
        .poll(() => call.phases())
        .toEqual([
          { name: text('phaseCheckIn'), planned: minutes(6), current: true },
          { name: text('phaseProgress'), planned: minutes(18), current: false },
          { name: text('phaseGoals'), planned: minutes(6), current: false },
        ]);
      await expect.poll(() => call.panel.getAttribute('data-work-open')).toBe('false');
      expect(await call.panel.locator('iframe').count()).toBe(0);
      expect(await call.panel.getByTestId('session-elapsed').innerText()).toMatch(/ 30 min$/);

      // The time is large, in view, and covers neither Meet's control bar, open or folded, at either size.
      for (const size of [viewport, other]) {
        await page.setViewportSize(size);
        for (const folded of [false, true]) {
          if (folded) await call.panel.getByRole('button', { name: text('panelCollapse') }).click();
          await expect.poll(() => call.panel.getAttribute('data-collapsed')).toBe(String(folded));
          const clock = call.panel.getByTestId('phase-remaining');
          expect(await clock.isVisible()).toBe(true);
          expect(parseFloat(await clock.evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(24);
          const { panel, controlBar } = await boxes(page);
          expect(inside(panel, size)).toBe(true);
          expect(overlaps(panel, controlBar!)).toBe(false);
          if (folded) await call.panel.getByRole('button', { name: text('panelExpand') }).click();
        }
      }
      await page.setViewportSize(viewport);

      // Meet's chat opens on the right: the panel waits beside it as its strip, and comes back when it closes.
      // The control bar's button, never the open chat (it carries the same attribute, and the fixture redraws
      // the bar after it every 4 s, as Meet does).
      await page.locator('button[data-fixture-panel="chat"]').click();
      await expect.poll(() => call.panel.getAttribute('data-beside-meet-panel'), { timeout: 5_000 }).toBe('true');
      let now = await boxes(page);
      expect(overlaps(now.panel, now.meetPanel!)).toBe(false);
      expect(overlaps(now.panel, now.controlBar!)).toBe(false);
      expect(await call.panel.getByTestId('phase-remaining').isVisible()).toBe(true);
      await page.locator('button[data-fixture-panel="chat"]').click();
      await expect.poll(() => call.panel.getAttribute('data-beside-meet-panel'), { timeout: 5_000 }).toBe('false');
      await expect.poll(() => call.panel.getByRole('list', { name: text('agendaLabel') }).isVisible()).toBe(true);
      now = await boxes(page);
      expect(now.meetPanel).toBeNull();

      // Ending can be taken back: the same phase, and the clock that kept running with the call.
      await call.button('nextPhase').click();
      await expect.poll(() => call.currentPhaseName()).toBe(text('phaseProgress'));
      const beforeEnd = await call.phaseRemainingSeconds();
      await call.button('endSession').click();
      await expect.poll(() => call.panel.innerText()).toContain(text('endPromptInCall'));
      expect(await call.panel.innerText()).not.toContain(text('endPromptTitle'));
      await page.waitForTimeout(2_000);
      await call.panel.getByRole('button', { name: new RegExp(text('undoEnd').split(' (')[0]!) }).click();
      await expect.poll(() => call.currentPhaseName()).toBe(text('phaseProgress'));
      const afterUndo = await call.phaseRemainingSeconds();
      expect(beforeEnd - afterUndo).toBeGreaterThanOrEqual(2);
      expect(beforeEnd - afterUndo).toBeLessThanOrEqual(6);
      await page.close();
    });

    it('follows a new session at once in the session’s work', async () => {
      const call = await MeetCallPage.open(browser.context, code.replace('one', 'two'), language);
      await call.page.setViewportSize(viewport);
      await call.meetAction('join');
      await call.expectCallState('in-call');
      await call.button('endSession').click();
      await call.panel.getByRole('button', { name: call.text('writeReport') }).click();
      await expect.poll(() => workFrame(call.page)?.url() ?? '', { timeout: 5_000 }).toMatch(/#[0-9a-f-]{36}$/);
      const ended = workFrame(call.page)!.url().split('#')[1];
      // Past the undo's seconds, a new session may start.
      await call.button('startNewSession').click({ timeout: 20_000 });
      // The new session's frame replaces the ended one's: wait for a frame, and for it to be another session's.
      await expect.poll(() => workFrame(call.page)?.url().split('#')[1] ?? ended, { timeout: 5_000 }).not.toBe(ended);
      const started = workFrame(call.page)!.url().split('#')[1];
      await expect.poll(() => call.panel.getAttribute('data-work-open'), { timeout: 5_000 }).toBe('true');
      expect(started).toMatch(/^[0-9a-f-]{36}$/);
      await call.page.close();
    });
  },
);

describe('opening beside the call', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context, { fixture: 'meet-en' });
  });
  afterAll(() => browser?.close());

  it('asks the browser for its side panel from the strip’s click, on this tab', async () => {
    const call = await MeetCallPage.open(browser.context, 'bes-aaaa-one');
    await call.meetAction('join');
    await call.expectCallState('in-call');
    const worker = browser.context.serviceWorkers()[0]!;
    // What the background is asked, seen where it arrives: Chrome's own side panel UI cannot be driven headless.
    await worker.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { sidePanel: { open(options: unknown): Promise<void> } } }).chrome.sidePanel;
      const open = api.open.bind(api);
      const calls: unknown[] = ((globalThis as unknown as { sidePanelCalls: unknown[] }).sidePanelCalls = []);
      api.open = (options) => {
        calls.push(options);
        return open(options);
      };
    });
    await call.panel.getByRole('button', { name: call.text('openBesideCall') }).click();
    await expect.poll(() => worker.evaluate(() => (globalThis as unknown as { sidePanelCalls: unknown[] }).sidePanelCalls.length)).toBe(1);
    expect(await worker.evaluate(() => (globalThis as unknown as { sidePanelCalls: unknown[] }).sidePanelCalls[0])).toEqual({
      tabId: expect.any(Number),
    });
  });
});
