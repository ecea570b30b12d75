// A mentor's call on Meet, from the lobby to the end screen, with the panel keeping time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures, type MeetFixture, type MeetRoutes } from './support/meet-routes';
import { MeetCallPage, type PanelLanguage } from './support/session-panel-page';
import { stopServiceWorker } from './support/service-worker';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each([
  { fixture: 'meet-en', locale: 'en-US', language: 'en', code: 'enc-aaaa-one' },
  { fixture: 'meet-fr', locale: 'fr-FR', language: 'fr', code: 'frc-aaaa-one' },
  // Cadence has no German texts: the panel speaks English, the call is still read from Meet's German page.
  { fixture: 'meet-de', locale: 'de-DE', language: 'en', code: 'dec-aaaa-one' },
] as { fixture: MeetFixture; locale: string; language: PanelLanguage; code: string }[])(
  'a call on $fixture',
  ({ fixture, locale, language, code }) => {
    let browser: LaunchedBrowser;
    beforeAll(async () => {
      browser = await launchWithExtension({ locale });
      await routeMeetFixtures(browser.context, { fixture });
    });
    afterAll(() => browser?.close());

    it('runs the agenda from joining to leaving, through a reload and a stopped worker', async () => {
      const call = await MeetCallPage.open(browser.context, code, language);
      const { text } = call;
      await call.expectCallState('lobby');
      await expect.poll(() => call.panel.innerText()).toContain(text('startHintLobby'));

      await call.meetAction('join');
      await call.expectCallState('in-call');
      await expect
        .poll(() => call.phases())
        .toEqual([
          { name: text('phaseCheckIn'), planned: text('phaseMinutes').replace('$P1$', '10'), current: true },
          { name: text('phaseProgress'), planned: text('phaseMinutes').replace('$P1$', '30'), current: false },
          { name: text('phaseGoals'), planned: text('phaseMinutes').replace('$P1$', '10'), current: false },
        ]);
      await pause(3_000);
      const before = await call.phaseRemainingSeconds();
      expect(before).toBeLessThanOrEqual(10 * 60 - 2);
      const beforeAt = Date.now();

      // A reload lands in Meet's lobby again: the session and its clock carry on.
      await call.page.reload();
      await call.panel.getByTestId('phase-remaining').waitFor();
      const after = await call.phaseRemainingSeconds();
      expect(Math.abs(after - (before - (Date.now() - beforeAt) / 1000))).toBeLessThanOrEqual(2);
      await call.meetAction('join');
      await call.expectCallState('in-call');
      expect(await call.currentPhaseName()).toBe(text('phaseCheckIn'));

      // The service worker dies: the clock keeps running (its minute turns over) and the next move still lands.
      await stopServiceWorker(browser.context, browser.extensionId);
      const clock = call.panel.getByTestId('phase-remaining');
      const whileStopped = await clock.innerText();
      await expect.poll(() => clock.innerText(), { timeout: 65_000, interval: 1_000 }).not.toBe(whileStopped);
      expect(await clock.innerText()).toBe(
        text('goalsDurationMinutes').replace('$P1$', String(Math.ceil((await call.phaseRemainingSeconds()) / 60))),
      );
      await call.button('nextPhase').click();
      await expect.poll(() => call.currentPhaseName()).toBe(text('phaseProgress'));
      await call.button('nextPhase').click();
      await expect.poll(() => call.currentPhaseName()).toBe(text('phaseGoals'));
      await call.button('previousPhase').click();
      await expect.poll(() => call.currentPhaseName()).toBe(text('phaseProgress'));

      await call.meetAction('leave');
      await call.expectCallState('ended');
      await expect.poll(() => call.panel.getByTestId('strip-status').innerText()).toBe(text('glanceSessionEnded'));
      await call.page.close();
    });

    it('keeps the call through Meet re-rendering its control bar', async () => {
      const call = await MeetCallPage.open(browser.context, code.replace('one', 'two'), language);
      await call.meetAction('join');
      await call.expectCallState('in-call');
      // The fixture drops its control bar for 400 ms every 4 s, as Meet does; watch for 9 s.
      const states = await call.page.evaluate(async () => {
        const panel = document.querySelector('cadence-panel')!.shadowRoot!.querySelector('[data-call-state]')!;
        const seen = new Set<string>();
        for (let i = 0; i < 90; i++) {
          seen.add(panel.getAttribute('data-call-state')!);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return [...seen];
      });
      expect(states).toEqual(['in-call']);
      await call.page.close();
    });
  },
);

describe('a call on a Meet whose markup changed', () => {
  let browser: LaunchedBrowser;
  let routes: MeetRoutes;
  beforeAll(async () => {
    browser = await launchWithExtension();
    routes = await routeMeetFixtures(browser.context, { fixture: 'meet-renamed' });
  });
  afterAll(() => browser?.close());

  it('reads unknown, never ended, and lets the mentor run the session by hand', async () => {
    expect(routes.aborted).toEqual([]);
    const call = await MeetCallPage.open(browser.context, 'ren-aaaa-one');
    await call.meetAction('join');
    await call.page.waitForTimeout(2_500);
    await call.expectCallState('unknown');
    await expect.poll(() => call.panel.innerText()).toContain(call.text('startHintUnknown'));

    await call.button('startSession').click();
    await expect.poll(() => call.currentPhaseName()).toBe(call.text('phaseCheckIn'));
    await call.meetAction('leave');
    await call.page.waitForTimeout(2_500);
    expect(await call.callState()).toBe('unknown');
    expect(await call.currentPhaseName()).toBe(call.text('phaseCheckIn'));

    await call.button('endSession').click();
    // First the end can be taken back; a new session is offered once that has passed.
    await expect.poll(() => call.panel.innerText()).toContain(call.text('undoEnd').split(' (')[0]!);
    await expect.poll(() => call.panel.innerText(), { timeout: 20_000 }).toContain(call.text('startNewSession'));
  });
});
