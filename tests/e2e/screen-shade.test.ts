// What the screen may show: while the mentor presents in Meet (read from Meet's page, whatever its
// language), the private notes, the student's history and personal details go behind a plain shade
// in the panel's work and in Cadence's pages of the same window; stopping brings them back as they
// were. The shade by hand (the strip's button) is always there. Its shortcut is a browser command,
// which a headless browser cannot press: tests/unit/screen-shade.test.ts runs the command's handler.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { openOptionsPage } from './support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { type MeetFixture, routeMeetFixtures } from './support/meet-routes';
import { SEED_STUDENT, importSeededRecords } from './support/seed-records';
import { MeetCallPage, type PanelLanguage, workFrame } from './support/session-panel-page';

const PRIVATE_NOTE = 'Seems tired; ask about the new job';

/** The parts of the browser's extension API the test asks from Cadence's own pages. */
interface ExtensionApi {
  runtime: { getURL(path: string): string };
  tabs: { create(options: { windowId: number; url: string }): Promise<unknown> };
  windows: { create(options: { url: string }): Promise<unknown>; getCurrent(): Promise<{ id?: number }> };
}

/** Meet's own present and stop buttons, by the fixture's hooks (their names are Meet's, in its language). */
const present = (call: MeetCallPage) => call.page.locator('[data-fixture-action="present"]').click();
const stopPresenting = (call: MeetCallPage) =>
  call.page.locator('[data-fixture="presenting-banner"] [data-fixture-action="stop-presenting"]').click();

/** The shade as the background keeps it, read from one of Cadence's pages (by default the session's work in the call's panel). */
const keptShade = (call: MeetCallPage, reader: Page | Frame = workFrame(call.page)!) =>
  reader.evaluate(async () => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } })
      .chrome.storage.local;
    return (await storage.get('screenShade')).screenShade as { presenting: Record<string, number> } | undefined;
  });

/** Stops presenting, and waits for Cadence to have read it (once a second, on Meet's page). */
async function stopAndWait(call: MeetCallPage, reader?: Page | Frame) {
  await stopPresenting(call);
  await expect.poll(async () => Object.keys((await keptShade(call, reader))?.presenting ?? {}).length, { timeout: 5_000 }).toBe(0);
}

/** A call in progress on `code`, its work open on the report's tab with a private note typed. */
async function callWithPrivateNote(browser: LaunchedBrowser, code: string, language: PanelLanguage) {
  const call = await MeetCallPage.open(browser.context, code, language);
  await call.page.setViewportSize({ width: 1280, height: 900 });
  await call.meetAction('join');
  await call.expectCallState('in-call');
  const work = call.page.frameLocator('iframe');
  await call.openWork();
  await work.getByRole('heading', { name: SEED_STUDENT.name }).waitFor();
  await work.getByRole('tab', { name: call.text('workspaceTabReport') }).click();
  const notes = work.getByLabel(call.text('reportPrivateNotes'));
  await notes.fill(PRIVATE_NOTE);
  return { call, work, notes };
}

describe.each([
  { fixture: 'meet-en', locale: 'en-US', language: 'en' },
  { fixture: 'meet-fr', locale: 'fr-FR', language: 'fr' },
  // Cadence speaks English and French; Meet may be in any language.
  { fixture: 'meet-de', locale: 'en-US', language: 'en' },
] as const satisfies readonly { fixture: MeetFixture; locale: string; language: PanelLanguage }[])(
  'presenting on $fixture',
  ({ fixture, locale, language }) => {
    let browser: LaunchedBrowser;
    beforeAll(async () => {
      browser = await launchWithExtension({ locale });
      await routeMeetFixtures(browser.context, { fixture });
    });
    afterAll(() => browser?.close());

    it('hides the private notes and the student while the mentor presents, and shows them as they were once stopped', async () => {
      await importSeededRecords(browser, 'shd-abcd-efg');
      const { call, work, notes } = await callWithPrivateNote(browser, 'shd-abcd-efg', language);
      const shade = work.getByRole('region', { name: call.text('shadeTitle') });
      const stripButton = call.button('shadeButton');
      expect(await stripButton.getAttribute('aria-pressed')).toBe('false');

      await present(call);
      await shade.waitFor({ timeout: 5_000 });
      expect(await notes.isVisible()).toBe(false);
      expect(await work.getByText(SEED_STUDENT.name).filter({ visible: true }).count()).toBe(0);
      // The strip says the shade is drawn by its pressed button: a ring and its state, not a colour.
      await expect.poll(() => stripButton.getAttribute('aria-pressed')).toBe('true');
      expect(await seriousViolations(workFrame(call.page)!)).toEqual([]);
      expect(await seriousViolations(call.page, 'cadence-panel')).toEqual([]);

      await stopPresenting(call);
      await shade.waitFor({ state: 'detached', timeout: 5_000 });
      await notes.waitFor();
      expect(await notes.inputValue()).toBe(PRIVATE_NOTE);
      await expect.poll(() => stripButton.getAttribute('aria-pressed')).toBe('false');
      await call.page.close();
    });

    it('shows them anyway in one click for this presentation; the next one is shaded again', async () => {
      await importSeededRecords(browser, 'shw-abcd-efg');
      const { call, work, notes } = await callWithPrivateNote(browser, 'shw-abcd-efg', language);
      await present(call);
      const show = work.getByRole('button', { name: call.text('shadeShow') });
      await show.click();
      await notes.waitFor();
      expect(await notes.inputValue()).toBe(PRIVATE_NOTE);
      await expect.poll(() => call.button('shadeButton').getAttribute('aria-pressed')).toBe('false');
      await stopAndWait(call);
      await present(call);
      await show.waitFor({ timeout: 5_000 });
      expect(await notes.isVisible()).toBe(false);
      await stopAndWait(call);
      await call.page.close();
    });
  },
);

describe('the shade by hand, and the pages in the presented window', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context);
    await importSeededRecords(browser, 'man-abcd-efg');
  });
  afterAll(() => browser?.close());

  /** Opens one of Cadence's pages in window `windowId` (null: a new window of its own). */
  async function openIn(windowId: number | null, path: string): Promise<Page> {
    const options = await openOptionsPage(browser.context, browser.extensionId);
    const opened = browser.context.waitForEvent('page');
    await options.evaluate(
      ([id, address]) => {
        const chrome = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        const url = chrome.runtime.getURL(address!);
        return id === null ? chrome.windows.create({ url }) : chrome.tabs.create({ windowId: id as number, url });
      },
      [windowId, path] as const,
    );
    const page = await opened;
    await page.waitForURL((url) => url.href.endsWith(path));
    await options.close();
    return page;
  }

  it('draws the shade from the strip where nothing is presented, and lifts it there', async () => {
    const { call, work, notes } = await callWithPrivateNote(browser, 'man-abcd-efg', 'en');
    const stripButton = call.button('shadeButton');
    await stripButton.click();
    await expect.poll(() => stripButton.getAttribute('aria-pressed')).toBe('true');
    await work.getByRole('region', { name: call.text('shadeTitle') }).waitFor({ timeout: 5_000 });
    expect(await notes.isVisible()).toBe(false);
    // Nothing presented: the shade by hand stays, in every window, until lifted.
    const elsewhere = await openIn(null, `student.html#${SEED_STUDENT.id}`);
    await elsewhere.getByRole('region', { name: call.text('shadeTitle') }).waitFor();
    expect(await elsewhere.getByText(SEED_STUDENT.name).filter({ visible: true }).count()).toBe(0);
    await stripButton.click();
    await expect.poll(() => stripButton.getAttribute('aria-pressed')).toBe('false');
    await notes.waitFor();
    await elsewhere.getByRole('heading', { level: 1, name: SEED_STUDENT.name }).waitFor();
    await elsewhere.close();
    await call.page.close();
  });

  it('covers the student’s page, the popup, the report and the side panel in the presented window, not in another', async () => {
    await importSeededRecords(browser, 'win-abcd-efg');
    const { call } = await callWithPrivateNote(browser, 'win-abcd-efg', 'en');
    const meetWindow = await workFrame(call.page)!.evaluate(
      async () => (await (globalThis as unknown as { chrome: ExtensionApi }).chrome.windows.getCurrent()).id!,
    );
    const student = await openIn(meetWindow, `student.html#${SEED_STUDENT.id}`);
    const popup = await openIn(meetWindow, 'popup.html');
    const report = await openIn(meetWindow, 'report.html#local-this-week');
    const otherStudent = await openIn(null, `student.html#${SEED_STUDENT.id}`);
    // The browser's side panel in the presented window, following the call (its window's active tab), its work open.
    const side = new MeetCallPage(await openIn(meetWindow, 'sidepanel.html'), 'en');
    await call.page.bringToFront();
    await expect.poll(() => side.panel.innerText(), { timeout: 10_000 }).toContain('win-abcd-efg');
    await side.openWork();
    const sideWork = side.page.frameLocator('iframe');
    await sideWork.getByRole('heading', { name: SEED_STUDENT.name }).waitFor();
    await student.getByRole('heading', { level: 1, name: SEED_STUDENT.name }).waitFor();
    await popup.getByRole('heading', { name: SEED_STUDENT.name }).waitFor();
    await expect.poll(() => report.getByLabel(call.text('reportPrivateNotes')).inputValue(), { timeout: 5_000 }).toBe(PRIVATE_NOTE);
    await otherStudent.getByRole('heading', { level: 1, name: SEED_STUDENT.name }).waitFor();

    await present(call);
    for (const page of [student, popup, report]) {
      await page.getByRole('region', { name: call.text('shadeTitle') }).waitFor({ timeout: 5_000 });
      expect(await page.getByText(SEED_STUDENT.name).filter({ visible: true }).count()).toBe(0);
    }
    expect(await report.getByLabel(call.text('reportPrivateNotes')).isVisible()).toBe(false);
    await sideWork.getByRole('region', { name: call.text('shadeTitle') }).waitFor({ timeout: 5_000 });
    await expect.poll(() => side.button('shadeButton').getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
    expect(await seriousViolations(student)).toEqual([]);
    expect(await seriousViolations(popup)).toEqual([]);
    expect(await seriousViolations(report)).toEqual([]);
    expect(await seriousViolations(side.page)).toEqual([]);
    expect(await seriousViolations(workFrame(side.page)!)).toEqual([]);
    // Another window is not on show.
    expect(await otherStudent.getByRole('heading', { level: 1, name: SEED_STUDENT.name }).isVisible()).toBe(true);
    expect(await otherStudent.getByRole('region', { name: call.text('shadeTitle') }).count()).toBe(0);

    // The call's panel steps aside for the side panel, its work with it: the shade is read from the report page.
    await stopAndWait(call, report);
    await student.getByRole('heading', { level: 1, name: SEED_STUDENT.name }).waitFor({ timeout: 5_000 });
    await popup.getByRole('heading', { name: SEED_STUDENT.name }).waitFor();
    await report.getByLabel(call.text('reportPrivateNotes')).waitFor();
    await sideWork.getByRole('heading', { name: SEED_STUDENT.name }).waitFor();
    for (const page of [student, popup, report, side.page, otherStudent, call.page]) await page.close();
  });
});
