// Figure 2: from the content script's first line to the panel's first frame, as the script's
// own performance marks (utils/panel/paint-marks.ts) see it. Marks made in the content script's
// isolated world land in the page's timeline, so the main world can read them.
//
// Two kinds of load. Served as it is, the fixture page has not painted yet when the script
// starts (document_idle comes right after its DOMContentLoaded), so the panel's first frame is
// also the page's first, and carries the page's own first style and layout (7–19 ms measured
// without the extension). The judged kind holds the page's DOMContentLoaded back behind a
// parser-blocking script answered late, as a large app's scripts do: the page paints first, and
// the figure times the panel alone. Each load says whether the page had painted by script start.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { answerMeetRequest, type MeetFixture } from '../e2e/support/meet-routes';

const SCRIPT_START = 'cadence:script-start';
const PANEL_PAINTED = 'cadence:panel-painted';
const LATE_SCRIPT = '/__fixtures__/bench-late-script.js';
export const LATE_SCRIPT_MS = 300;

export interface PaintLoad {
  /** Script start to the panel's first frame, ms. */
  ms: number;
  /** Whether the page had painted before the content script started. */
  pagePaintedFirst: boolean;
}

/** The fixture page with a script at its end answered `LATE_SCRIPT_MS` late: the page paints before DOMContentLoaded. */
function heldPage(url: string, fixture: MeetFixture): { contentType: string; body: string } {
  const answer = answerMeetRequest(url, fixture);
  if (answer.kind !== 'file') throw new Error(`${url} is not a fixture page`);
  const body = readFileSync(answer.file, 'utf8').replace('</body>', `<script src="${LATE_SCRIPT}"></script>\n</body>`);
  return { contentType: answer.contentType, body };
}

async function holdDomContentLoaded(page: Page, url: string, held: { contentType: string; body: string }): Promise<void> {
  await page.route(url, (route) => route.fulfill(held));
  await page.route(`https://meet.google.com${LATE_SCRIPT}`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, LATE_SCRIPT_MS));
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
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
      if (held) await holdDomContentLoaded(page, url, held);
      await page.goto(url);
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, PANEL_PAINTED, {
        timeout: 15_000,
      });
      // No helper functions inside evaluate(): tsx would wrap them in a `__name` the page lacks.
      const [starts, paints, pageFirstPaint] = await page.evaluate(
        ([start, painted]) => [
          performance.getEntriesByName(start, 'mark').map((entry) => entry.startTime),
          performance.getEntriesByName(painted, 'mark').map((entry) => entry.startTime),
          performance.getEntriesByName('first-paint', 'paint').map((entry) => entry.startTime),
        ],
        [SCRIPT_START, PANEL_PAINTED] as const,
      );
      if (starts.length !== 1 || paints.length !== 1) throw new Error(`expected one mark each, got ${starts.length} and ${paints.length}`);
      times.push({ ms: paints[0]! - starts[0]!, pagePaintedFirst: pageFirstPaint.length === 1 && pageFirstPaint[0]! < starts[0]! });
    } finally {
      await page.close();
    }
  }
  return times;
}
