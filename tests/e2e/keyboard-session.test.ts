// A whole session on Meet with the keyboard alone: Tab, Shift+Tab, Enter, Space, the arrows and
// typing; no click, no fill(), no focus() from the test. The focus must show at every stop in
// Cadence, and never fall back to Meet's page when a redraw takes away what held it.
// The panel's shortcut (Alt+Shift+K, a browser command) cannot be pressed from a headless page:
// the walk reaches the panel with Tab, after Meet's own controls.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOptionsPage, sendFromPage } from './support/extension-page';
import { type Focused, focused } from './support/keyboard-focus';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures } from './support/meet-routes';
import { SEED_ASSIGNMENTS, SEED_STUDENT, seededExport } from './support/seed-records';
import { MeetCallPage, panelTexts, workFrame } from './support/session-panel-page';

const CODE = 'kbd-walk-abc';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const text = panelTexts('en');
const fill = (key: string, ...values: string[]) => values.reduce((result, value, i) => result.replace(`$P${i + 1}$`, value), text(key));

interface Target {
  where: Focused['where'];
  name?: string | RegExp;
  role?: string | null;
  checked?: boolean;
}

const matches = (focus: Focused, target: Target) =>
  focus.where === target.where &&
  (target.name === undefined || (typeof target.name === 'string' ? focus.name === target.name : target.name.test(focus.name))) &&
  (target.role === undefined || focus.role === target.role) &&
  (target.checked === undefined || focus.checked === target.checked);

/** The keyboard, and a record of every stop the focus made in Cadence with whether it showed. */
class KeyboardWalk {
  readonly stops: Focused[] = [];
  constructor(readonly page: Page) {}

  private note(focus: Focused) {
    if (focus.where === 'panel' || focus.where === 'work') this.stops.push(focus);
    return focus;
  }

  async press(key: string) {
    await this.page.keyboard.press(key);
  }

  async type(words: string) {
    await this.page.keyboard.type(words);
  }

  /** Presses `key` until the focus is on `target`; returns every stop on the way. */
  async tabTo(target: Target, key: 'Tab' | 'Shift+Tab' = 'Tab', most = 60): Promise<Focused[]> {
    const passed: Focused[] = [];
    for (let i = 0; i < most; i++) {
      await this.press(key);
      const focus = this.note(await focused(this.page));
      passed.push(focus);
      if (matches(focus, target)) return passed;
    }
    throw new Error(`${key} never reached ${JSON.stringify(target)}; passed ${JSON.stringify(passed.map((f) => [f.where, f.name]))}`);
  }

  /** The focus is (or soon is: a redraw may move it) on `target`. */
  async expectFocus(target: Target) {
    let last: Focused | null = null;
    await expect
      .poll(
        async () => {
          last = await focused(this.page);
          return matches(last, target);
        },
        { timeout: 5_000 },
      )
      .toBe(true)
      .catch(() => {
        // The last stops say how the focus got there.
        const before = this.stops.slice(-5).map((stop) => [stop.where, stop.tag, stop.role, stop.name]);
        throw new Error(`focus is on ${JSON.stringify(last)}, not ${JSON.stringify(target)}; before: ${JSON.stringify(before)}`);
      });
    this.note(last!);
  }
}

describe('a whole session with the keyboard alone', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context);
    const options = await openOptionsPage(browser.context, browser.extensionId);
    // This week's session is on another link and 13 hours away: Cadence asks which session the call is.
    const seeded = seededExport('oth-erco-dex', 13 * HOUR);
    expect(await sendFromPage(options, { type: 'data/import', json: seeded })).toMatchObject({ ok: true });
    await options.close();
  });
  afterAll(() => browser?.close());

  it('runs from the lobby to the ended report, into and out of the session’s work, with the focus always shown', async () => {
    const call = await MeetCallPage.open(browser.context, CODE);
    const { page } = call;
    await page.setViewportSize({ width: 1280, height: 900 });
    await call.expectCallState('lobby');
    const walk = new KeyboardWalk(page);
    const work = () => workFrame(page)!;

    // The lobby: Meet's own controls come first, then the panel: its edge, its strip, then what
    // prepares the call (no session fits this call: the preview says so).
    const toPreview = await walk.tabTo({ where: 'panel', name: text('workClose') });
    const firstInPanel = toPreview.findIndex((stop) => stop.where === 'panel');
    expect(toPreview.slice(0, firstInPanel).map((stop) => stop.name)).toContain('Join now');
    expect(toPreview.slice(firstInPanel).map((stop) => stop.name)).toEqual(
      expect.arrayContaining([text('panelWidth'), text('openBesideCall'), text('panelCollapse')]),
    );
    // The panel's edge moves with the arrow keys: wider to the left.
    await walk.tabTo({ where: 'panel', name: text('panelWidth') }, 'Shift+Tab');
    const width = async () => (await call.panel.boundingBox())!.width;
    const before = await width();
    await walk.press('ArrowLeft');
    await expect.poll(width).toBeGreaterThan(before);
    await walk.press('ArrowRight');
    await expect.poll(width).toBe(before);

    // Join with Meet's own button, back before the panel.
    await walk.tabTo({ where: 'meet', name: 'Join now' }, 'Shift+Tab');
    await walk.press('Enter');
    await call.expectCallState('in-call');

    // Tick the check-in's first item, behind the line that counts them.
    await walk.tabTo({ where: 'panel', name: fill('checklistCount', text('phaseCheckIn'), '0', '3') });
    await walk.press('Enter');
    const howAreYou = text('checkInHowAreYou');
    await walk.tabTo({ where: 'panel', role: 'checkbox', name: howAreYou });
    await walk.press('Space');
    await walk.expectFocus({ where: 'panel', role: 'checkbox', name: howAreYou, checked: true });

    // To the next phase and back: "Previous phase" is disabled on the first phase, so the focus moves beside it.
    await walk.tabTo({ where: 'panel', name: text('nextPhase') });
    await walk.press('Enter');
    await expect.poll(() => call.currentPhaseName()).toBe(text('phaseProgress'));
    await walk.expectFocus({ where: 'panel', name: text('nextPhase') });
    await walk.tabTo({ where: 'panel', name: text('previousPhase') }, 'Shift+Tab');
    await walk.press('Enter');
    await expect.poll(() => call.currentPhaseName()).toBe(text('phaseCheckIn'));
    await walk.expectFocus({ where: 'panel', name: text('nextPhase') });
    expect(await call.panel.getByRole('checkbox', { name: howAreYou }).isChecked()).toBe(true);

    // Open the session's work, and into it (a frame), once it shows its choices as a mentor would
    // wait to see them; back out with Shift+Tab, and in again.
    await walk.tabTo({ where: 'panel', name: text('workOpen') });
    await walk.press('Enter');
    await walk.expectFocus({ where: 'panel', name: text('workClose') });
    await expect.poll(() => workFrame(page) !== undefined).toBe(true);
    await work().getByRole('radio').first().waitFor();
    await walk.tabTo({ where: 'work' });
    await walk.expectFocus({ where: 'work', role: 'radio' });
    await walk.press('Shift+Tab');
    await walk.expectFocus({ where: 'panel', name: text('workClose') });
    await walk.press('Tab');
    await walk.expectFocus({ where: 'work', role: 'radio', checked: false });

    // Cadence could not tell who the call is with: pick this week's session.
    expect(
      await work()
        .getByRole('heading', { name: text('linkHeading') })
        .isVisible(),
    ).toBe(true);
    await walk.press('Space');
    await walk.expectFocus({ where: 'work', role: 'radio', name: new RegExp(`^${SEED_STUDENT.name} · `), checked: true });
    await walk.tabTo({ where: 'work', name: text('linkUse') });
    await walk.press('Enter');
    // The picker gave way to the student's tab: the focus goes to that content.
    await walk.expectFocus({ where: 'work', role: 'tabpanel', name: text('workspaceTabStudent') });
    expect(await work().getByRole('heading', { name: SEED_STUDENT.name }).isVisible()).toBe(true);

    // Review: to the tab list, the arrow to "Review", then the first assignment.
    const [flexbox] = SEED_ASSIGNMENTS;
    await walk.press('Shift+Tab');
    await walk.expectFocus({ where: 'work', role: 'tab', name: text('workspaceTabStudent') });
    await walk.press('ArrowRight');
    await walk.expectFocus({ where: 'work', role: 'tab', name: text('workspaceTabReview') });
    await walk.press('Tab');
    await walk.expectFocus({ where: 'work', role: 'radio', name: text('reviewOutcomeDone') });
    await walk.press('ArrowRight');
    await walk.expectFocus({ where: 'work', role: 'radio', name: text('reviewChoiceDifficulties'), checked: true });
    // The advice and the note are folded in the row: Enter on their button opens them.
    const flexboxItem = work().getByRole('group', { name: flexbox!.title, exact: true });
    await walk.tabTo({ where: 'work', name: text('reviewAdviceAndNote') });
    await walk.press('Enter');
    await expect.poll(() => flexboxItem.innerText()).toContain(text('reviewGuidanceDifficulties3'));
    await walk.tabTo({ where: 'work', name: text('reviewNote') });
    const note = 'Mixed up justify-content and align-items; found it herself.';
    await walk.type(note);
    await walk.tabTo({ where: 'work', name: fill('reviewSaveNoteLabel', flexbox!.title) });
    await walk.press('Enter');
    await expect.poll(() => flexboxItem.innerText()).toContain(text('reviewNoteSaved'));

    // Goals: back to the panel for the next phases; on the last one "Next phase" is disabled.
    await walk.tabTo({ where: 'panel', name: text('nextPhase') }, 'Shift+Tab');
    await walk.press('Enter');
    await expect.poll(() => call.currentPhaseName()).toBe(text('phaseProgress'));
    await walk.press('Enter');
    await expect.poll(() => call.currentPhaseName()).toBe(text('phaseGoals'));
    await walk.expectFocus({ where: 'panel', name: text('previousPhase') });
    // The work followed the agenda to next week. Tab lands on the work's first control (the kind of
    // session, above the tabs) or that tab, or straight in its content when the review's note held
    // the frame's focus (Chrome goes on from where that was).
    await expect.poll(() => work().getByRole('tab', { selected: true }).innerText()).toBe(text('workspaceTabNextWeek'));
    const entered = (await walk.tabTo({ where: 'work' })).at(-1)!;
    const addGoal: Target = { where: 'work', name: text('goalsAdd') };
    if (!matches(entered, addGoal)) {
      expect([text('kindLabel'), text('workspaceTabNextWeek')]).toContain(entered.name);
      await walk.tabTo(addGoal);
    }

    // A goal of their own.
    await walk.press('Enter');
    await walk.expectFocus({ where: 'work', name: text('goalsFormTitle') });
    const goal = 'Build the contact form';
    await walk.type(goal);
    await walk.tabTo({ where: 'work', name: text('goalsFormMinutes') });
    await walk.type('60');
    await walk.press('Enter');
    await walk.expectFocus({ where: 'work', name: text('goalsAdd') });
    const goals = work().getByRole('region', { name: text('goalsHeading') });
    await expect.poll(() => goals.innerText()).toContain(goal);

    // The next session: a week later, at 10:30 this time.
    await walk.tabTo({ where: 'work', name: text('nextSessionTime') });
    await walk.type('1030A');
    await walk.tabTo({ where: 'work', name: text('nextSessionFix') });
    await walk.press('Enter');
    await walk.expectFocus({ where: 'work', name: text('nextSessionChange') });
    await expect.poll(() => work().locator('main').innerText()).toContain(text('nextSessionFixed').split('$P1$')[0]!);

    // End the session from the panel: the focus goes to the one move that takes it back.
    await walk.tabTo({ where: 'panel', name: text('endSession') });
    await walk.press('Enter');
    await walk.expectFocus({ where: 'panel', name: new RegExp(`^${text('undoEnd').split(' (')[0]}`) });

    // The report, in the same frame: late by 5 minutes, how it went, one skill at level 3, then end it.
    await walk.tabTo({ where: 'work', role: 'radio', name: text('reportPresent') });
    await walk.press('ArrowDown');
    await walk.expectFocus({ where: 'work', role: 'radio', name: text('reportLate'), checked: true });
    await walk.tabTo({ where: 'work', name: text('reportLateMinutes') });
    await walk.press('Control+A');
    await walk.type('5');
    await walk.tabTo({ where: 'work', name: text('reportSummary') });
    const summary = 'Awa centred her card and explained flexbox back to me.';
    await walk.type(summary);
    await walk.tabTo({ where: 'work', name: text('reportSkillToAdd') });
    await walk.type('CSS flexbox');
    await walk.press('Enter');
    await walk.expectFocus({ where: 'work', role: 'radio', name: text('reportLevel1') });
    await walk.press('ArrowDown');
    await walk.press('ArrowDown');
    await walk.expectFocus({ where: 'work', role: 'radio', name: text('reportLevel3'), checked: true });
    await walk.tabTo({ where: 'work', name: text('reportSkillComment') });
    await walk.type('Centres anything now.');
    await walk.tabTo({ where: 'work', name: text('reportFinish') });
    await walk.press('Enter');
    await walk.expectFocus({ where: 'work', name: new RegExp(text('reportDeliverySavedLocally')) });

    // Every stop in Cadence showed the focus.
    expect(walk.stops.length).toBeGreaterThan(40);
    expect(walk.stops.filter((stop) => !stop.visible)).toEqual([]);

    // What the keyboard did is what was stored.
    const liveSessionId = new URL(work().url()).hash.slice(1);
    const records = await openOptionsPage(browser.context, browser.extensionId);
    const workspace = (await sendFromPage(records, { type: 'workspace/open', liveSessionId })).value;
    expect(workspace.live.checked).toContain('check-in.how-are-you');
    expect(workspace.live.endedAt).not.toBeNull();
    expect(workspace.session.id).toBe('local-this-week');
    expect(workspace.review.find((a: { title: string }) => a.title === flexbox!.title).review).toMatchObject({
      outcome: 'difficulties',
      note,
    });
    expect(workspace.goals).toEqual([expect.objectContaining({ title: goal, estimatedMinutes: 60 })]);
    const expected = new Date(workspace.session.start);
    expected.setDate(expected.getDate() + 7);
    expected.setHours(10, 30, 0, 0);
    expect(Date.parse(workspace.nextSession.start)).toBe(expected.getTime());
    expect(Date.parse(workspace.nextSession.start) - Date.parse(workspace.session.start)).toBeGreaterThan(6 * DAY);

    const report = (await sendFromPage(records, { type: 'report/open', sessionId: 'local-this-week' })).value;
    expect(report.draft).toMatchObject({
      attendance: { status: 'late', lateMinutes: 5 },
      summary,
      skillEvaluations: [{ skill: 'CSS flexbox', level: 3, comment: 'Centres anything now.' }],
    });
    expect(report.draft.ended).not.toBeNull();
    expect(report.delivery.state).toBe('saved-locally');
    const { value } = await sendFromPage(records, { type: 'records/list' });
    expect(value.sessions.find((s: { id: string }) => s.id === 'local-this-week').status).toBe('completed');
    await records.close();
    await page.close();
  });
});
