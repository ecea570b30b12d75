// Every screen a mentor uses, checked by axe-core in the real browser, in the light and the dark
// colour schemes, in English and in French. Both languages share every style sheet and colour, so
// each runs in one scheme (English in light, French in dark): every screen is checked in both
// schemes and both languages, in half the time of the four pairs.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { contrastRatio, parseColour } from './support/colour-contrast';
import { openOptionsPage, sendFromPage } from './support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures } from './support/meet-routes';
import { SEED_STUDENT, seededExport } from './support/seed-records';
import { reloadExtension } from './support/service-worker';
import { MeetCallPage, type PanelLanguage, panelTexts, workFrame } from './support/session-panel-page';

const CODE = 'axe-call-abc';

type Scheme = 'light' | 'dark';

/** The page (or frame) sees the scheme asked for: the check is not the light one twice. */
const schemeOf = (target: Page | Frame) => target.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));

describe.each([
  { locale: 'en-US', language: 'en', scheme: 'light' },
  { locale: 'fr-FR', language: 'fr', scheme: 'dark' },
] as { locale: string; language: PanelLanguage; scheme: Scheme }[])(
  'accessibility in $language, $scheme scheme',
  ({ locale, language, scheme }) => {
    const text = panelTexts(language);
    let browser: LaunchedBrowser;
    let options: Page;
    beforeAll(async () => {
      browser = await launchWithExtension({ locale });
      await routeMeetFixtures(browser.context);
      options = await openOptionsPage(browser.context, browser.extensionId);
      expect(await sendFromPage(options, { type: 'data/import', json: seededExport(CODE) })).toMatchObject({ ok: true });
    });
    afterAll(() => browser?.close());

    const page = async (path: string, ready: (page: Page) => Promise<unknown>) => {
      const opened = await browser.context.newPage();
      await opened.emulateMedia({ colorScheme: scheme });
      await opened.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await ready(opened);
      expect(await schemeOf(opened)).toBe(scheme);
      return opened;
    };

    it('the options page', async () => {
      await options.emulateMedia({ colorScheme: scheme });
      await options.reload();
      await options.getByRole('heading', { name: text('optionsAgendaHeading') }).waitFor();
      expect(await schemeOf(options)).toBe(scheme);
      expect(await seriousViolations(options)).toEqual([]);
      // axe does not judge a field's edge, which is all that shows it is a field: 3:1 against the page.
      const edges = await options
        .locator('.field input:not([type="file"]), .field select')
        .evaluateAll((fields) =>
          fields.map((field) => [getComputedStyle(field).borderTopColor, getComputedStyle(document.body).backgroundColor]),
        );
      expect(edges.length).toBeGreaterThan(3);
      for (const [edge, page] of edges) expect(contrastRatio(parseColour(edge!), parseColour(page!))).toBeGreaterThanOrEqual(3);
    });

    it('the toolbar popup, and its form to move the next session', async () => {
      const popup = await page('popup.html', (p) => p.getByRole('heading', { name: SEED_STUDENT.name }).waitFor());
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.getByRole('button', { name: new RegExp(`^${text('moveSessionButtonLabel').split('$P1$')[0]}`) }).click();
      await popup.locator('form.move-session').waitFor();
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
    });

    it('the report page, its preview, and the list of reports to write', async () => {
      const report = await page('report.html#local-this-week', (p) => p.getByLabel(text('reportSummary')).waitFor());
      expect(await seriousViolations(report)).toEqual([]);
      await report.getByRole('button', { name: text('reportPreview') }).click();
      await report.locator('.report-preview-header').waitFor();
      expect(await seriousViolations(report)).toEqual([]);
      await report.close();
      const list = await page('report.html', (p) => p.getByRole('heading', { name: text('reportListHeading') }).waitFor());
      expect(await seriousViolations(list)).toEqual([]);
      await list.close();
    });

    it('the options page with a student’s time zone being searched', async () => {
      const first = await page('options.html', (p) => p.getByRole('heading', { name: text('optionsAgendaHeading') }).waitFor());
      await first.getByRole('button', { name: text('optionsAddStudent') }).click();
      await first.getByRole('combobox', { name: text('optionsStudentTimezone') }).fill('Par');
      await first.getByRole('listbox').getByRole('option').first().waitFor();
      expect(await seriousViolations(first)).toEqual([]);
      await first.close();
    });

    it('the student page', async () => {
      const student = await page(`student.html#${SEED_STUDENT.id}`, (p) =>
        p.getByRole('heading', { level: 1, name: SEED_STUDENT.name }).waitFor(),
      );
      expect(await seriousViolations(student)).toEqual([]);
      await student.close();
    });

    it('the in-call panel in the lobby, in the call, folded, and each tab of the session’s work', async () => {
      const call = await MeetCallPage.open(browser.context, CODE, language);
      await call.page.emulateMedia({ colorScheme: scheme });
      // The lobby: the strip says whose session it is, and the preview is open.
      await call.expectCallState('lobby');
      await expect.poll(() => call.panel.locator('.strip').innerText()).toContain(SEED_STUDENT.name.split(' ')[0]!);
      // Only Cadence's panel: the Meet stand-in around it is not ours to judge.
      expect(await seriousViolations(call.page, 'cadence-panel')).toEqual([]);
      await call.meetAction('join');
      await call.expectCallState('in-call');
      // The call: the strip, the agenda in one line with its checklist open.
      await call.panel.locator('.checklist-toggle').click();
      await call.panel.getByRole('checkbox').first().waitFor();
      expect(await seriousViolations(call.page, 'cadence-panel')).toEqual([]);
      await call.panel.getByRole('button', { name: text('panelCollapse') }).click();
      await expect.poll(() => call.panel.getAttribute('data-collapsed')).toBe('true');
      expect(await seriousViolations(call.page, 'cadence-panel')).toEqual([]);
      await call.panel.getByRole('button', { name: text('panelExpand') }).click();
      await call.openWork();
      const work = workFrame(call.page)!;
      await work.getByRole('heading', { name: SEED_STUDENT.name }).waitFor();
      expect([await schemeOf(call.page), await schemeOf(work)]).toEqual([scheme, scheme]);
      expect(await seriousViolations(call.page, 'cadence-panel')).toEqual([]);
      for (const tab of ['workspaceTabStudent', 'workspaceTabReview', 'workspaceTabNextWeek', 'workspaceTabReport']) {
        await work.getByRole('tab', { name: text(tab) }).click();
        await work.getByRole('tabpanel').waitFor();
        expect({ tab, violations: await seriousViolations(work) }).toEqual({ tab, violations: [] });
      }
      // Ended by hand: the undo, and the report next.
      await call.button('endSession').click();
      await call.panel.getByRole('heading', { name: text('endPromptInCall') }).waitFor();
      expect(await seriousViolations(call.page, 'cadence-panel')).toEqual([]);
      // Taken back: the session runs on (the next test needs it running).
      await call.panel.getByRole('button', { name: new RegExp(`^${text('undoEnd').split(' (')[0]}`) }).click();
      await call.button('endSession').waitFor();
      await call.page.close();
    });

    it('the lobby’s preview of the call', async () => {
      const preview = await page(`session-workspace.html#call/${CODE}`, (p) =>
        p.getByRole('heading', { name: SEED_STUDENT.name }).waitFor(),
      );
      expect(await seriousViolations(preview)).toEqual([]);
      await preview.close();
    });

    it('the review with its outcomes chosen and a row unfolded', async () => {
      const call = await sendFromPage(options, { type: 'live-session/start', meetingCode: null });
      const work = await page(`session-workspace.html#${call.value.id}`, (p) => p.getByRole('tab').first().waitFor());
      await work.getByRole('tab', { name: text('workspaceTabReview') }).click();
      const rows = work.getByRole('radiogroup', { name: text('reviewOutcomeGroup') });
      await rows.first().waitFor();
      for (const [index, outcome] of ['reviewOutcomeDone', 'reviewChoiceDifficulties', 'reviewOutcomeNotDone'].entries()) {
        const radio = rows.nth(index).getByRole('radio', { name: text(outcome), exact: true });
        await radio.click();
        await expect.poll(() => radio.isChecked()).toBe(true);
      }
      const aced = work.getByRole('checkbox', { name: text('reviewOutcomeAced') });
      await aced.check();
      await expect.poll(() => aced.isChecked()).toBe(true);
      await work
        .getByRole('button', { name: text('reviewAdviceAndNote') })
        .nth(1)
        .click();
      expect(await seriousViolations(work)).toEqual([]);
      await work.close();
    });

    it('the side panel', async () => {
      const side = await page('sidepanel.html', (p) => p.getByRole('complementary').waitFor());
      expect(await seriousViolations(side)).toEqual([]);
      await side.close();
    });

    // Last: it reloads the extension under the call, as an update does.
    it('the in-call panel frozen by a reload of the extension', async () => {
      const call = await MeetCallPage.open(browser.context, CODE, language);
      await call.meetAction('join');
      await call.expectCallState('in-call');
      await call.openWork();
      await reloadExtension(browser.context, browser.extensionId);
      await expect
        .poll(() =>
          call.panel
            .getByRole('alert')
            .innerText()
            .catch(() => ''),
        )
        .toContain(text('frozenTitle'));
      expect(await seriousViolations(call.page, 'cadence-panel')).toEqual([]);
      await call.page.close();
    });
  },
);
