// Figure 2: from the content script's first line to the panel's first frame, as the script's
// own performance marks (utils/panel/paint-marks.ts) see it. Marks made in the content script's
// isolated world land in the page's timeline, so the main world can read them.
import type { BrowserContext } from 'playwright-core';

const SCRIPT_START = 'cadence:script-start';
const PANEL_PAINTED = 'cadence:panel-painted';

/** One fresh page per load, one after the other (the machine has two cores). */
export async function measurePaintTimes(context: BrowserContext, url: string, loads: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    try {
      await page.goto(url);
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, PANEL_PAINTED, {
        timeout: 15_000,
      });
      // No helper functions inside evaluate(): tsx would wrap them in a `__name` the page lacks.
      const [starts, paints] = await page.evaluate(
        ([start, painted]) => [
          performance.getEntriesByName(start, 'mark').map((entry) => entry.startTime),
          performance.getEntriesByName(painted, 'mark').map((entry) => entry.startTime),
        ],
        [SCRIPT_START, PANEL_PAINTED] as const,
      );
      if (starts.length !== 1 || paints.length !== 1) throw new Error(`expected one mark each, got ${starts.length} and ${paints.length}`);
      times.push(paints[0]! - starts[0]!);
    } finally {
      await page.close();
    }
  }
  return times;
}
