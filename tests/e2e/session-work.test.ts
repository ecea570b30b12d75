// The heart of a session on Meet: the student found from the link, last week reviewed, next week set.
import type { FrameLocator, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOptionsPage, sendFromPage } from './support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures } from './support/meet-routes';
import { SEED_ASSIGNMENTS, SEED_STUDENT, importSeededRecords } from './support/seed-records';
import { MeetCallPage, panelTexts, workFrame } from './support/session-panel-page';

const CODE = 'wrk-abcd-efg';
const text = panelTexts('en');
const fill = (key: string, ...values: string[]) => values.reduce((result, value, i) => result.replace(`$P${i + 1}$`, value), text(key));
const before = (key: string) => text(key).split('$P1$')[0]!;

/** The session's work, in its frame inside the panel. */
const workOf = (call: MeetCallPage) => call.page.frameLocator('iframe');

/** Picks an outcome; the radio shows it once the background has saved it. */
async function choose(item: Locator, outcome: string) {
  const radio = item.getByRole('radio', { name: text(outcome), exact: true });
  await radio.click();
  await expect.poll(() => radio.isChecked()).toBe(true);
}

/** Opens a row's advice (folded until asked for), as the mentor would. */
const unfold = (item: Locator) => item.getByRole('button', { name: text('reviewAdviceAndNote') }).click();

const assignment = (work: FrameLocator | Locator, title: string) => work.getByRole('group', { name: title, exact: true });

describe('the session’s work beside a Meet call', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context);
    await importSeededRecords(browser, CODE);
  });
  afterAll(() => browser?.close());

  it('shows in the lobby what prepares the call: the student, when and how long, last week’s goals', async () => {
    // The frame the panel shows before the call, at the size it gets on a laptop.
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 420 });
    await page.goto(`chrome-extension://${browser.extensionId}/session-workspace.html#call/${CODE}`);
    await page.getByRole('heading', { name: SEED_STUDENT.name }).waitFor();
    const main = page.getByRole('main', { name: text('previewTitle') });
    expect(await main.getByRole('link', { name: text('studentGuideLink') }).getAttribute('href')).toBe(
      SEED_STUDENT.currentProject!.mentorGuideUrl,
    );
    const shown = await main.innerText();
    expect(shown).toContain(before('previewSessionLine'));
    expect(shown).toContain('50 min');
    for (const work of SEED_ASSIGNMENTS) expect(shown).toContain(work.title);
    expect(shown).toContain(`${SEED_ASSIGNMENTS[1]!.title} · ${text('reviewKindCoursePart')}`);
    await page.close();
  });

  it('finds the student, reviews last week, plans next week and its date; all of it survives a reload', async () => {
    const call = await MeetCallPage.open(browser.context, CODE);
    await call.page.setViewportSize({ width: 1280, height: 900 });
    await call.meetAction('join');
    await call.expectCallState('in-call');
    // The session's work opens when the mentor asks for it.
    await call.openWork();
    const work = workOf(call);

    // Check-in: the student, found from the meeting link.
    await expect.poll(() => work.getByRole('tab', { selected: true }).innerText()).toBe(text('workspaceTabStudent'));
    await work.getByRole('heading', { name: SEED_STUDENT.name }).waitFor();
    expect(await work.getByRole('link', { name: /guide/i }).getAttribute('href')).toBe(SEED_STUDENT.currentProject!.mentorGuideUrl);

    // Progress: the workspace follows the agenda to the review; three assignments, three outcomes.
    await call.button('nextPhase').click();
    await expect.poll(() => work.getByRole('tab', { selected: true }).innerText()).toBe(text('workspaceTabReview'));
    const [flexbox, functions, readme] = SEED_ASSIGNMENTS.map((a) => assignment(work, a.title));
    await choose(flexbox!, 'reviewOutcomeDone');
    const aced = flexbox!.getByRole('checkbox', { name: text('reviewOutcomeAced') });
    await aced.check();
    await expect.poll(() => aced.isChecked()).toBe(true);
    await unfold(flexbox!);
    await expect.poll(() => flexbox!.innerText()).toContain(text('reviewGuidanceAced3'));
    await choose(functions!, 'reviewChoiceDifficulties');
    await unfold(functions!);
    await expect.poll(() => functions!.innerText()).toContain(text('reviewGuidanceDifficulties3'));
    await choose(readme!, 'reviewOutcomeNotDone');
    await unfold(readme!);
    await expect.poll(() => readme!.innerText()).toContain(text('reviewGuidanceNotDone2'));
    await expect.poll(() => work.locator('main').innerText()).toContain(fill('reviewProgress', '3', '3'));

    // Goals: suggestions follow the review; two go to next week within the student's 6 hours.
    await call.button('nextPhase').click();
    await expect.poll(() => work.getByRole('tab', { selected: true }).innerText()).toBe(text('workspaceTabNextWeek'));
    const suggestions = work.getByRole('region', { name: text('suggestHeading') });
    await expect.poll(() => suggestions.innerText()).toContain(fill('suggestReasonStruggled', 'JavaScript functions'));
    const suggested = await suggestions.getByRole('heading', { level: 3 }).allInnerTexts();
    for (const title of suggested.slice(0, 2)) {
      const count = await work
        .getByRole('region', { name: text('goalsHeading') })
        .getByRole('listitem')
        .count();
      await suggestions
        .getByRole('button', { name: new RegExp(`^${text('suggestAdd')}`) })
        .first()
        .click();
      await expect
        .poll(() =>
          work
            .getByRole('region', { name: text('goalsHeading') })
            .getByRole('listitem')
            .count(),
        )
        .toBe(count + 1);
      await expect.poll(() => work.getByRole('region', { name: text('goalsHeading') }).innerText()).toContain(title);
    }
    const goals = work.getByRole('region', { name: text('goalsHeading') });
    expect(await goals.innerText()).toContain(before('goalsBudget'));
    expect(await goals.innerText()).not.toContain(before('goalsOver'));

    // The next date: next week, same time; fixed.
    await work.getByRole('button', { name: text('nextSessionFix') }).click();
    await expect.poll(() => work.locator('main').innerText()).toContain(before('nextSessionFixed'));
    // The goals' checklist ticked itself: next week's work set, the date fixed. Its line closes the work to show it.
    await call.panel.getByRole('button', { name: new RegExp(`^${before('checklistCount')}`) }).click();
    const nextDate = call.panel.getByRole('checkbox', { name: text('goalsNextDate') });
    await expect.poll(() => nextDate.isChecked()).toBe(true);
    expect(await call.panel.getByRole('checkbox', { name: text('goalsSetWork') }).isChecked()).toBe(true);
    // Still the mentor's to untick.
    await nextDate.uncheck();
    await expect.poll(() => nextDate.isChecked()).toBe(false);

    // A reload of the tab: the outcomes, the goals and the date are all still there.
    await call.page.reload();
    await call.meetAction('join');
    await call.expectCallState('in-call');
    await call.openWork();
    await expect.poll(() => work.getByRole('region', { name: text('goalsHeading') }).innerText()).toContain(suggested[0]!);
    expect(await goals.getByRole('listitem').allInnerTexts()).toHaveLength(2);
    expect(await work.locator('main').innerText()).toContain(text('nextSessionHeading'));
    await work.getByRole('tab', { name: text('workspaceTabReview') }).click();
    expect(await flexbox!.getByRole('radio', { name: text('reviewOutcomeDone'), exact: true }).isChecked()).toBe(true);
    expect(await flexbox!.getByRole('checkbox', { name: text('reviewOutcomeAced') }).isChecked()).toBe(true);
    expect(await functions!.getByRole('radio', { name: text('reviewChoiceDifficulties') }).isChecked()).toBe(true);
    expect(await readme!.getByRole('radio', { name: text('reviewOutcomeNotDone') }).isChecked()).toBe(true);

    // Next week's session lists those goals for review.
    const records = await openOptionsPage(browser.context, browser.extensionId);
    const { value } = await sendFromPage(records, { type: 'records/list' });
    const next = value.sessions.find(
      (s: { id: string; start: string }) => s.id.startsWith('local-') && Date.parse(s.start) > Date.now() + 6 * 86_400_000,
    );
    expect(next).toBeDefined();
    const nextCall = await sendFromPage(records, { type: 'live-session/start', meetingCode: null });
    await sendFromPage(records, { type: 'workspace/link', liveSessionId: nextCall.value.id, choice: { sessionId: next.id } });
    await records.goto(`chrome-extension://${browser.extensionId}/session-workspace.html#${nextCall.value.id}`);
    await records.getByRole('tab', { name: text('workspaceTabReview') }).click();
    const review = await records.getByRole('main').innerText();
    for (const title of suggested.slice(0, 2)) expect(review).toContain(title);
    expect(review).toContain(fill('reviewProgress', '0', '2'));
    await records.close();
    await call.page.close();
  });

  it('keeps the report in the mentor’s hands as the call ends: the same page, the caret, every word', async () => {
    const call = await MeetCallPage.open(browser.context, CODE);
    await call.meetAction('join');
    await call.expectCallState('in-call');
    const field = await call.reportDraft();
    await field.click();
    await call.page.keyboard.type('Awa will finish the grid.');
    // A mark on the work's page: a page drawn again would not carry it.
    await workFrame(call.page)!.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

    await call.meetEndsCall();
    await call.expectCallState('ended');
    await call.panel.getByRole('heading', { name: text('endPromptTitle') }).waitFor();
    // The mentor goes on typing: the words land in the report, where the caret was.
    await call.page.keyboard.type(' She asked about subgrid.');
    await expect.poll(() => call.reportSaveState()).toBe('saved');
    expect(await field.inputValue()).toContain('Awa will finish the grid. She asked about subgrid.');
    expect(await workFrame(call.page)!.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    await call.page.close();
  });
  it('fits the review in the frame the panel gives it: two outcomes in view at 360 × 420, one scroll area', async () => {
    const options = await openOptionsPage(browser.context, browser.extensionId);
    const call = await sendFromPage(options, { type: 'live-session/start', meetingCode: null });
    await options.close();
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 420 });
    await page.goto(`chrome-extension://${browser.extensionId}/session-workspace.html#${call.value.id}`);
    await page.getByRole('tab', { name: text('workspaceTabReview') }).click();
    const outcomes = page.getByRole('radiogroup', { name: text('reviewOutcomeGroup') });
    await outcomes.first().waitFor();
    for (const index of [0, 1]) {
      const box = (await outcomes.nth(index).boundingBox())!;
      expect(box.y + box.height, `outcome ${index + 1}`).toBeLessThanOrEqual(420);
    }
    // Every tab, the link picker too: nothing scrolls inside the page, nothing is wider than the frame.
    const innerScrollers = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((element) => {
            const style = getComputedStyle(element);
            return (
              (/(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1) ||
              (/(auto|scroll)/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
            );
          })
          .map((element) => `${element.tagName}.${element.className}`)
          .concat(document.documentElement.scrollWidth > document.documentElement.clientWidth ? ['the page is wider than the frame'] : []),
      );
    for (const tab of ['workspaceTabStudent', 'workspaceTabReview', 'workspaceTabNextWeek', 'workspaceTabReport']) {
      await page.getByRole('tab', { name: text(tab) }).click();
      await page.getByRole('tabpanel').waitFor();
      expect({ tab, scrollers: await innerScrollers() }).toEqual({ tab, scrollers: [] });
    }
    // A long summary grows its field rather than scrolling inside it.
    await page.getByLabel(text('reportSummary')).fill('Awa explained her grid line by line. '.repeat(60));
    expect(await innerScrollers()).toEqual([]);
    await page.getByRole('tab', { name: text('workspaceTabStudent') }).click();
    await page.getByRole('button', { name: text('studentChange') }).click();
    await page.getByRole('heading', { name: text('linkHeading') }).waitFor();
    expect(await innerScrollers()).toEqual([]);
    await page.close();
  });
});
