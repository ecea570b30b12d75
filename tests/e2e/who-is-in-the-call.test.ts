// Who is in the call, read from Meet's page in three languages: a student who comes 7 minutes late
// is recorded so and prefilled in the report; one who never comes gets the no-show offer with its
// evidence, one who came and dropped does not, and one who comes back is said to have joined, the
// report's attendance unchanged; tiles without ids (from the start or for a while) leave Cadence on
// the clock alone, nobody said to be awaited.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { openOptionsPage, sendFromPage } from './support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures, type MeetFixture } from './support/meet-routes';
import { SEED_STUDENT, seededExport } from './support/seed-records';
import { MeetCallPage, type PanelLanguage, workFrame } from './support/session-panel-page';

const MINUTE = 60_000;
const LAPTOP = { width: 1366, height: 681 };
const FIRST_NAME = SEED_STUDENT.name.split(' ')[0]!;

/** A message with its `$P1$`… filled in. */
const fill = (message: string, ...values: (string | number)[]) =>
  values.reduce<string>((text, value, i) => text.replace(`$P${i + 1}$`, String(value)), message);

/** What Meet's stand-in page does, as the participants come and go (tests/fixtures/meet/README.md). */
const studentJoins = (page: Page) =>
  page.evaluate(() => (window as unknown as { __meetFixture: { addStudent(): void } }).__meetFixture.addStudent());
const studentLeaves = (page: Page) =>
  page.evaluate(() => (window as unknown as { __meetFixture: { removeStudent(): void } }).__meetFixture.removeStudent());
/** Meet's page stops telling who is there (the tiles lose their ids), or tells again. */
const hideTileIds = (page: Page, hidden: boolean) =>
  page.evaluate(
    (hide) => (window as unknown as { __meetFixture: { hideTileIds(hidden: boolean): void } }).__meetFixture.hideTileIds(hide),
    hidden,
  );

describe.each([
  { fixture: 'meet-en', locale: 'en-US', language: 'en', prefix: 'wen' },
  { fixture: 'meet-fr', locale: 'fr-FR', language: 'fr', prefix: 'wfr' },
  // Cadence speaks English and French: a German Meet has Cadence in English, and the same ids to read.
  { fixture: 'meet-de', locale: 'en-US', language: 'en', prefix: 'wde' },
] as { fixture: MeetFixture; locale: string; language: PanelLanguage; prefix: string }[])(
  'who is in the call on $fixture',
  ({ fixture, locale, language, prefix }) => {
    let browser: LaunchedBrowser;
    let options: Page;
    beforeAll(async () => {
      browser = await launchWithExtension({ locale });
      await routeMeetFixtures(browser.context, { fixture });
      options = await openOptionsPage(browser.context, browser.extensionId);
    });
    afterAll(() => browser?.close());

    /** This week's session of Awa's, its own id and call, starting `startsInMs` from now (negative: it started). */
    const seed = async (id: string, code: string, startsInMs: number) => {
      const file = JSON.parse(seededExport(code, startsInMs, 45)) as { sessions: { id: string }[] };
      file.sessions = file.sessions.filter((s) => s.id === 'local-this-week').map((s) => ({ ...s, id }));
      const reply = await sendFromPage(options, { type: 'data/import', json: JSON.stringify(file) });
      expect(reply.ok).toBe(true);
    };
    const joinCall = async (code: string, query = '') => {
      const page = await browser.context.newPage();
      await page.setViewportSize(LAPTOP);
      await page.goto(`https://meet.google.com/${code}${query}`);
      const call = new MeetCallPage(page, language);
      await call.panel.waitFor();
      await call.meetAction('join');
      await call.expectCallState('in-call');
      return call;
    };
    const presenceLine = (call: MeetCallPage) => call.panel.getByTestId('strip-presence').innerText();
    const work = (call: MeetCallPage) => call.page.frameLocator('iframe');
    /** The report page's attendance: late or not, by how much, and what it says the call showed. */
    const reportAttendance = async (report: Page, text: (key: string) => string) => {
      await report.getByTestId('attendance-evidence').waitFor({ timeout: 5_000 });
      const late = await report.getByLabel(text('reportLate'), { exact: true }).isChecked();
      return {
        late,
        minutes: late ? await report.getByLabel(text('reportLateMinutes')).inputValue() : null,
        evidence: await report.getByTestId('attendance-evidence').innerText(),
      };
    };

    it('records a student who joins 7 minutes late, says so in the strip, and prefills the report', async () => {
      const id = `local-${prefix}-late`;
      const code = `${prefix}-late-one`;
      await seed(id, code, -7 * MINUTE - 5_000);
      const call = await joinCall(code);
      const { text } = call;
      const minutes = (n: number) => fill(text('goalsDurationMinutes'), n);

      await expect.poll(() => presenceLine(call), { timeout: 5_000 }).toBe(fill(text('presenceWaitingFor'), FIRST_NAME, minutes(7)));
      expect(await seriousViolations(call.page, 'cadence-panel')).toEqual([]);

      await studentJoins(call.page);
      const [joined, late] = fill(text('presenceJoinedLate'), FIRST_NAME, '\0', minutes(7)).split('\0');
      await expect.poll(() => presenceLine(call), { timeout: 10_000 }).toContain(late!);
      expect(await presenceLine(call)).toContain(joined!);
      // The folded strip at 1366×681: the line wraps within the strip, never past it.
      await call.panel.getByRole('button', { name: text('panelCollapse') }).click();
      const fits = await call.panel
        .getByTestId('strip-presence')
        .evaluate((line) => line.scrollWidth <= line.clientWidth && line.getBoundingClientRect().right <= innerWidth);
      expect(fits).toBe(true);
      expect(await seriousViolations(call.page, 'cadence-panel')).toEqual([]);
      // Cadence remembers the fold for every call: open again for the next.
      await call.panel.getByRole('button', { name: text('panelExpand') }).click();

      const report = await browser.context.newPage();
      await report.goto(`chrome-extension://${browser.extensionId}/report.html#${id}`);
      await report.getByLabel(text('reportSummary')).waitFor();
      await expect.poll(() => report.getByLabel(text('reportLate'), { exact: true }).isChecked()).toBe(true);
      expect(await report.getByLabel(text('reportLateMinutes')).inputValue()).toBe('7');
      const evidence = report.getByTestId('attendance-evidence');
      expect(await evidence.innerText()).toContain(text('reportAttendancePrefilled').split(':')[0]!.trim());
      expect(await seriousViolations(report)).toEqual([]);
      // Confirmed, it is the mentor's: no longer said to be prefilled.
      await report.getByRole('button', { name: text('reportAttendanceConfirm') }).click();
      await expect.poll(() => report.getByRole('button', { name: text('reportAttendanceConfirm') }).count()).toBe(0);
      await report.close();
      await call.page.close();
    });

    it('offers the no-show to a mentor nobody joined at the limit, with its evidence, and not once a student came and dropped', async () => {
      const id = `local-${prefix}-none`;
      const code = `${prefix}-none-one`;
      // The limit (15 min late) comes half a minute into the call.
      const limitAt = Date.now() + 30_000;
      await seed(id, code, limitAt - Date.now() - 15 * MINUTE);
      const call = await joinCall(code);
      const { text } = call;
      await call.openWork();
      const evidence = work(call).getByTestId('lateness-evidence');
      const offer = work(call).getByRole('button', { name: text('lateFlagNoShow') });
      await expect.poll(() => evidence.count(), { timeout: 5_000 }).toBe(1);
      const [waited, nobody] = fill(text('lateEvidenceNobody'), '\0', '\0').split('\0');
      expect(await evidence.innerText()).toContain(waited!.trim());
      expect(await evidence.innerText()).toContain(nobody!.trim());
      if (Date.now() < limitAt - 2_000) expect(await offer.count()).toBe(0);
      // While the limit is awaited, Meet's page stops telling who is there: the wait is no longer said (nobody
      // is known to be missing), and is said again once the page tells again.
      const waiting = fill(text('presenceWaiting'), FIRST_NAME);
      await expect.poll(() => presenceLine(call), { timeout: 5_000 }).toContain(waiting);
      await hideTileIds(call.page, true);
      await expect.poll(() => presenceLine(call), { timeout: 10_000 }).toBe('');
      expect(await call.panel.innerText()).not.toContain(waiting);
      await hideTileIds(call.page, false);
      await expect.poll(() => presenceLine(call), { timeout: 10_000 }).toContain(waiting);
      // The notice reads the clock every quarter minute.
      await expect.poll(() => offer.count(), { timeout: 50_000, interval: 1_000 }).toBe(1);
      expect(await evidence.count()).toBe(1);
      expect(await seriousViolations(workFrame(call.page)!)).toEqual([]);

      // The student comes, then drops: not a no-show, even once the departure counts.
      await studentJoins(call.page);
      await expect.poll(() => offer.count(), { timeout: 10_000 }).toBe(0);
      const [joined] = fill(text('presenceJoinedLate'), FIRST_NAME, '\0', '\0').split('\0');
      await expect.poll(() => presenceLine(call), { timeout: 5_000 }).toContain(joined!);
      const joinedLine = await presenceLine(call);
      // The report is prefilled from the arrival: late, by the minutes the strip says.
      const report = await browser.context.newPage();
      await report.goto(`chrome-extension://${browser.extensionId}/report.html#${id}`);
      const prefilled = await reportAttendance(report, text);
      expect(prefilled.late).toBe(true);
      expect(prefilled.evidence).toContain(text('reportAttendancePrefilled').split(':')[0]!.trim());
      await studentLeaves(call.page);
      const moves = async () => {
        const reply = await sendFromPage(options, { type: 'live-session/for-call', meetingCode: code });
        return ((reply.value?.presence?.moves ?? []) as { kind: string }[]).map((move) => move.kind);
      };
      await expect.poll(moves, { timeout: 25_000, interval: 1_000 }).toEqual(['arrived', 'left']);
      expect(await offer.count()).toBe(0);
      expect(await evidence.count()).toBe(0);
      // Gone, the student is still said to have joined, never awaited.
      expect(await presenceLine(call)).toBe(joinedLine);
      // And back: a return, said as the arrival was; the report's attendance is the arrival's still.
      await studentJoins(call.page);
      await expect.poll(moves, { timeout: 10_000, interval: 500 }).toEqual(['arrived', 'left', 'returned']);
      expect(await presenceLine(call)).toBe(joinedLine);
      expect(await call.panel.innerText()).not.toContain(fill(text('presenceWaiting'), FIRST_NAME));
      expect(await offer.count()).toBe(0);
      await report.reload();
      expect(await reportAttendance(report, text)).toEqual(prefilled);
      await report.close();
      await call.page.close();
    });

    it('tiles without participant ids: the clock alone, as before, and nothing said absent or prefilled', async () => {
      const id = `local-${prefix}-noid`;
      const code = `${prefix}-noid-one`;
      await seed(id, code, -16 * MINUTE);
      const call = await joinCall(code, '?tiles=no-id');
      const { text } = call;
      await studentJoins(call.page);
      await call.openWork();
      // The clock-only notice and its offer, as before Cadence read the tiles; no evidence either way.
      await expect
        .poll(
          () =>
            work(call)
              .getByRole('button', { name: text('lateFlagNoShow') })
              .count(),
          { timeout: 5_000 },
        )
        .toBe(1);
      expect(await work(call).getByTestId('lateness-evidence').count()).toBe(0);
      expect(await presenceLine(call)).toBe('');
      // Nobody is said to be awaited either, in the strip or in the work.
      const waiting = fill(text('presenceWaiting'), FIRST_NAME);
      expect(await call.panel.innerText()).not.toContain(waiting);
      expect(await work(call).locator('main').innerText()).not.toContain(waiting);
      const report = await browser.context.newPage();
      await report.goto(`chrome-extension://${browser.extensionId}/report.html#${id}`);
      await report.getByLabel(text('reportSummary')).waitFor();
      expect(await report.getByLabel(text('reportPresent'), { exact: true }).isChecked()).toBe(true);
      expect(await report.getByTestId('attendance-evidence').count()).toBe(0);
      await report.close();
      await call.page.close();
    });
  },
);
