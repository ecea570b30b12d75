// Figure 2: from the content script's first line to the panel's first frame, as the script's
// own performance marks (components/common/paint-marks.ts) see it. Marks made in the content script's
// isolated world land in the page's timeline, so the main world can read them.
//
// Two kinds of load. Served as it is, the fixture page has not painted yet when the script
// starts (document_idle comes right after its DOMContentLoaded), so the panel's first frame is
// also the page's first, and carries the page's own first style and layout (7–19 ms measured
// without the extension). The judged kind holds the page's DOMContentLoaded back behind a
// parser-blocking script answered late, as a large app's scripts do: the page paints first. It
// also holds the page's load event behind an image answered late, as a large app's media do:
// otherwise it comes a few ms after script start (24 ms, median of one series), before the
// panel's frame in most loads, and its task (the page's own: about 14 ms in one trace) can sit
// between the mount and that frame. So the figure times the panel alone. Each load says
// whether the page had painted by script start, and whether its load event came in the window.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { answerMeetRequest, type MeetFixture } from '../e2e/support/meet-routes';

const SCRIPT_START = 'cadence:script-start';
const PANEL_PAINTED = 'cadence:panel-painted';
const LATE_SCRIPT = '/__fixtures__/bench-late-script.js';
export const LATE_SCRIPT_MS = 300;
const LATE_IMAGE = '/__fixtures__/bench-late-image.svg';
/** Long after the panel has painted: the load is measured and closed by then. */
const LATE_IMAGE_MS = 5_000;

export interface PaintLoad {
  /** Script start to the panel's first frame, ms. */
  ms: number;
  /** Whether the page had painted before the content script started. */
  pagePaintedFirst: boolean;
  /** Whether the page's load event started between the script's start and the panel's frame. */
  pageLoadInWindow: boolean;
}

/**
 * The fixture page with, at its end, a script answered `LATE_SCRIPT_MS` late (the page paints
 * before DOMContentLoaded) and an image answered `LATE_IMAGE_MS` late (its load event comes after).
 */
function heldPage(url: string, fixture: MeetFixture): { contentType: string; body: string } {
  const answer = answerMeetRequest(url, fixture);
  if (answer.kind !== 'file') throw new Error(`${url} is not a fixture page`);
  const body = readFileSync(answer.file, 'utf8').replace(
    '</body>',
    `<img src="${LATE_IMAGE}" alt="" width="1" height="1">\n<script src="${LATE_SCRIPT}"></script>\n</body>`,
  );
  return { contentType: answer.contentType, body };
}

const answerLate = (ms: number, contentType: string, body: string) => async (route: Route) => {
  await new Promise((resolve) => setTimeout(resolve, ms));
  // The load is over and its page closed by then for the image: nothing is left to answer.
  await route.fulfill({ contentType, body }).catch(() => {});
};

async function holdPageEvents(page: Page, url: string, held: { contentType: string; body: string }): Promise<void> {
  await page.route(url, (route) => route.fulfill(held));
  await page.route(`https://meet.google.com${LATE_SCRIPT}`, answerLate(LATE_SCRIPT_MS, 'text/javascript', ''));
  await page.route(
    `https://meet.google.com${LATE_IMAGE}`,
    answerLate(LATE_IMAGE_MS, 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'),
  );
}

/** One fresh page per load, one after the other (the machine has two cores). */
export async function measurePaintTimes(
  context: BrowserContext,
  url: string,
  loads: number,
  { fixture, pagePaintsFirst }: { fixture: MeetFixture; pagePaintsFirst: boolean },
): Promise<PaintLoad[]> {
  const times: PaintLoad[] = [];
  const held = pagePaintsFirst ? heldPage(url, fixture) : null;
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    try {
      if (held) await holdPageEvents(page, url, held);
      // Not until the load event: the held page's comes long after the panel has painted.
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, PANEL_PAINTED, {
        timeout: 15_000,
      });
      // No helper functions inside evaluate(): tsx would wrap them in a `__name` the page lacks.
      const [starts, paints, pageFirstPaint, pageLoad] = await page.evaluate(
        ([start, painted]) => [
          performance.getEntriesByName(start, 'mark').map((entry) => entry.startTime),
          performance.getEntriesByName(painted, 'mark').map((entry) => entry.startTime),
          performance.getEntriesByName('first-paint', 'paint').map((entry) => entry.startTime),
          // 0 while the load event has not come.
          performance.getEntriesByType('navigation').map((entry) => (entry as PerformanceNavigationTiming).loadEventStart),
        ],
        [SCRIPT_START, PANEL_PAINTED] as const,
      );
      if (starts.length !== 1 || paints.length !== 1) throw new Error(`expected one mark each, got ${starts.length} and ${paints.length}`);
      const [start, painted] = [starts[0]!, paints[0]!];
      times.push({
        ms: painted - start,
        pagePaintedFirst: pageFirstPaint.length === 1 && pageFirstPaint[0]! < start,
        pageLoadInWindow: pageLoad.some((at) => at > start && at < painted),
      });
    } finally {
      await page.close();
    }
  }
  return times;
}
