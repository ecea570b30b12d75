// The kind of session: a first session with a new student runs the first session's agenda in the
// panel, and the mentor switches it in the lobby or during the call; the options edit each kind's
// phases and checklists, and restore Cadence's own. In English and French, on Meet's German page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures } from './support/meet-routes';
import { seriousViolations } from './support/axe';
import { openOptionsPage, sendFromPage } from './support/extension-page';
import { seededExport } from './support/seed-records';
import { MeetCallPage, type PanelLanguage, workFrame } from './support/session-panel-page';

/** The seeded records with this week's session only: the student has had no session with the mentor yet. */
function newStudentExport(code: string): string {
  const file = JSON.parse(seededExport(code, 60_000, 30)) as { sessions: { id: string }[]; assignments: unknown[] };
  file.sessions = file.sessions.filter((session) => session.id !== 'local-last-week');
  file.assignments = [];
  return JSON.stringify(file);
}

describe.each([
  { locale: 'en-US', language: 'en', code: 'kde-aaaa-one' },
  { locale: 'fr-FR', language: 'fr', code: 'kdf-aaaa-one' },
] as { locale: string; language: PanelLanguage; code: string }[])('the kinds of session in $language', ({ locale, language, code }) => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale });
    await routeMeetFixtures(browser.context, { fixture: 'meet-de' });
    const options = await openOptionsPage(browser.context, browser.extensionId);
    const reply = await sendFromPage(options, { type: 'data/import', json: newStudentExport(code) });
    if (!reply?.ok) throw new Error(`the seeded records were refused: ${JSON.stringify(reply)}`);
    await options.close();
  });
  afterAll(() => browser?.close());

  it('gives a new student’s session the first session’s agenda, and follows the mentor’s switch', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://meet.google.com/${code}`);
    const call = new MeetCallPage(page, language);
    const { text } = call;
    const minutes = (n: number) => text('phaseMinutes').replace('$P1$', String(n));

    // The lobby proposes the first session, says why, and the choice is the mentor's.
    await call.expectCallState('lobby');
    await expect.poll(() => workFrame(page)?.url() ?? '').toContain(`#call/${code}`);
    const lobby = workFrame(page)!;
    const lobbyKind = lobby.getByLabel(text('kindLabel'));
    await expect.poll(() => lobbyKind.inputValue()).toBe('first');
    expect(await lobby.locator('main').innerText()).toContain(text('kindProposedHint'));
    expect(await seriousViolations(lobby)).toEqual([]);

    // In the call: the 30-minute session's first-session agenda, phase names from the background.
    await call.meetAction('join');
    await call.expectCallState('in-call');
    await expect
      .poll(() => call.phases())
      .toEqual([
        { name: text('phaseIntroductions'), planned: minutes(5), current: true },
        { name: text('phaseHowWeeksRun'), planned: minutes(6), current: false },
        { name: text('phasePathAndProject'), planned: minutes(9), current: false },
        { name: text('phaseFreeTime'), planned: minutes(4), current: false },
        { name: text('phaseFirstGoals'), planned: minutes(6), current: false },
      ]);
    // The checklist is the kind's, in the mentor's language.
    await call.panel.locator('.checklist-toggle').click();
    await call.panel.getByRole('checkbox', { name: text('firstIntroduceYourself') }).waitFor();
    expect(await seriousViolations(page, 'cadence-panel')).toEqual([]);

    // The mentor says it is a defence rehearsal after all: the panel's agenda follows once the work closes.
    await call.openWork();
    const work = workFrame(page)!;
    const kind = work.getByLabel(text('kindLabel'));
    await expect.poll(() => kind.inputValue()).toBe('first');
    await kind.selectOption('rehearsal');
    // The work follows the new agenda: a presentation is watched from the review tab.
    await expect.poll(() => work.getByRole('tab', { name: text('workspaceTabReview') }).getAttribute('aria-selected')).toBe('true');
    expect(await work.locator('main').innerText()).toContain(text('kindInCallHint'));
    expect(await seriousViolations(work)).toEqual([]);
    await call.panel.getByTestId('work-toggle').click();
    await expect
      .poll(() => call.phases())
      .toEqual([
        { name: text('phasePresentation'), planned: minutes(12), current: true },
        { name: text('phaseQuestions'), planned: minutes(11), current: false },
        { name: text('phaseFeedback'), planned: minutes(7), current: false },
      ]);

    // The report says what kind of session it was.
    await call.reportDraft();
    await expect
      .poll(() => workFrame(page)!.locator('.report-kind').innerText())
      .toBe(text('reportKind').replace('$P1$', text('kindRehearsal')));
    expect(await seriousViolations(workFrame(page)!)).toEqual([]);
    await page.close();
  });

  it('edits a kind’s phases and checklists with a preview, and restores Cadence’s own', async () => {
    const options = await openOptionsPage(browser.context, browser.extensionId);
    const text = new MeetCallPage(options, language).text;
    const kinds = options.getByRole('region', { name: text('optionsKindsHeading') });
    await kinds.getByLabel(text('optionsKindToEdit')).selectOption('after-transfer');
    const form = kinds.getByRole('form', { name: text('kindAfterTransfer') });
    const phase = (n: number) =>
      form.getByRole('group', { name: text('optionsPhaseHeading').replace('$P1$', String(n)).replace('$P2$', '3') });
    await expect.poll(() => phase(1).getByLabel(text('optionsPhaseName')).inputValue()).toBe('handoff');

    // Shares that do not add up are refused, with the total said.
    await phase(1).getByLabel(text('optionsPhaseShare')).fill('20');
    await form.getByRole('button', { name: text('optionsSaveKind') }).click();
    await expect.poll(() => form.innerText()).toContain(text('optionsSharesNot100').replace('$P1$', '90'));
    expect(await form.getByRole('status').innerText()).toBe('');

    // A check-in in place of the student's view, a share moved, an item of the mentor's own.
    await phase(2).getByLabel(text('optionsPhaseName')).selectOption('check-in');
    await phase(2).getByLabel(text('optionsPhaseShare')).fill('40');
    const checklist = phase(2).getByLabel(text('optionsPhaseChecklist'));
    await checklist.fill(`${text('checkInHowAreYou')}\nAsk how the hand-over felt`);
    // 20 / 40 / 40 of a 30, 45 and 60-minute session.
    const preview = (minutes: number, split: number[]) =>
      text('optionsPreview')
        .replace('$P1$', String(minutes))
        .replace(
          '$P2$',
          ['phaseHandoff', 'phaseCheckIn', 'phaseGoalsConfirmed']
            .map((name, index) => `${text(name)} ${text('phaseMinutes').replace('$P1$', String(split[index]))}`)
            .join(' · '),
        );
    await expect.poll(() => form.innerText()).toContain(preview(30, [6, 12, 12]));
    expect(await form.innerText()).toContain(preview(45, [9, 18, 18]));
    expect(await form.innerText()).toContain(preview(60, [12, 24, 24]));
    await form.getByRole('button', { name: text('optionsSaveKind') }).click();
    const saved = text('optionsKindSaved').replace('$P1$', text('kindAfterTransfer'));
    await expect.poll(() => form.getByRole('status').innerText()).toBe(saved);
    expect(await seriousViolations(options)).toEqual([]);

    // Read again, the kind is as saved, the mentor's item as typed.
    await options.reload();
    await kinds.getByLabel(text('optionsKindToEdit')).selectOption('after-transfer');
    await expect.poll(() => phase(2).getByLabel(text('optionsPhaseName')).inputValue()).toBe('check-in');
    expect(await phase(2).getByLabel(text('optionsPhaseChecklist')).inputValue()).toBe(
      `${text('checkInHowAreYou')}\nAsk how the hand-over felt`,
    );

    // Restored: Cadence's agenda for the kind, saved at once.
    await form.getByRole('button', { name: text('optionsRestoreKind') }).click();
    await expect
      .poll(() => form.getByRole('status').innerText())
      .toBe(text('optionsKindRestored').replace('$P1$', text('kindAfterTransfer')));
    await expect.poll(() => phase(2).getByLabel(text('optionsPhaseName')).inputValue()).toBe('student-view');
    await options.reload();
    await kinds.getByLabel(text('optionsKindToEdit')).selectOption('after-transfer');
    await expect.poll(() => phase(2).getByLabel(text('optionsPhaseShare')).inputValue()).toBe('30');
    await options.close();
  });
});
