// The mentor sets the usual call length and the weekly session's split; the next call's agenda follows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures } from './support/meet-routes';
import { MeetCallPage, panelTexts } from './support/session-panel-page';

describe('the agenda settings', () => {
  let browser: LaunchedBrowser;
  const text = panelTexts('en');
  beforeAll(async () => {
    browser = await launchWithExtension();
    await routeMeetFixtures(browser.context);
  });
  afterAll(() => browser?.close());

  it('refuses a bad length with a clear message, then saves a new split that the next call uses', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('main').waitFor();
    expect(await options.title()).toBe(text('optionsTitle'));
    const agenda = options.getByRole('region', { name: text('optionsAgendaHeading') });
    const length = options.getByLabel(text('optionsPlannedLength'));
    await expect.poll(() => length.inputValue()).toBe('50');

    await length.fill('0');
    await options.getByRole('button', { name: text('optionsSave'), exact: true }).click();
    await expect
      .poll(() => options.getByRole('main').innerText())
      .toContain(text('optionsInvalidLength').replace('$P1$', '10').replace('$P2$', '240'));
    expect(await length.getAttribute('aria-invalid')).toBe('true');
    expect(await agenda.getByRole('status').innerText()).toBe('');

    await length.fill('60');
    await options.getByRole('button', { name: text('optionsSave'), exact: true }).click();
    await expect.poll(() => agenda.getByRole('status').innerText()).toBe(text('optionsSaved'));

    // The weekly session's split, as shares of the session.
    const kinds = options.getByRole('region', { name: text('optionsKindsHeading') });
    const weekly = kinds.getByRole('form', { name: text('kindWeekly') });
    const share = (n: number) =>
      weekly
        .getByRole('group', { name: text('optionsPhaseHeading').replace('$P1$', String(n)).replace('$P2$', '3') })
        .getByLabel(text('optionsPhaseShare'));
    await share(1).fill('10');
    await share(2).fill('65');
    await share(3).fill('25');
    await expect.poll(() => weekly.innerText()).toContain('A 45-minute call: Check-in 5 min · Progress 29 min · Goals 11 min');
    await weekly.getByRole('button', { name: text('optionsSaveKind') }).click();
    await expect.poll(() => weekly.getByRole('status').innerText()).toBe(text('optionsKindSaved').replace('$P1$', text('kindWeekly')));

    const call = await MeetCallPage.open(browser.context, 'opt-aaaa-one');
    await call.meetAction('join');
    await call.expectCallState('in-call');
    await expect
      .poll(() => call.phases())
      .toEqual([
        { name: text('phaseCheckIn'), planned: '6 min', current: true },
        { name: text('phaseProgress'), planned: '39 min', current: false },
        { name: text('phaseGoals'), planned: '15 min', current: false },
      ]);
    expect(await call.panel.getByTestId('session-elapsed').innerText()).toMatch(/of 1 h$/);

    // The saved settings are what the page shows when opened again.
    await options.reload();
    await expect.poll(() => options.getByLabel(text('optionsPlannedLength')).inputValue()).toBe('60');
  });
});
