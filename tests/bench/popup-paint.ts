// The popup issue's figure: from the popup page's start to its first frame showing the week,
// with 50 students and 500 sessions in the local database.
import type { BrowserContext } from 'playwright-core';
import { openOptionsPage, sendFromPage } from '../e2e/support/extension-page';

const POPUP_START = 'cadence:popup-start';
const POPUP_PAINTED = 'cadence:popup-painted';

export interface PopupTimes {
  /** The popup's script start to its first frame with the week: what Cadence's code costs. */
  fromScriptMs: number[];
  /** The page's navigation start to the same frame: the browser's making of the page included. */
  fromNavigationMs: number[];
}
const DAY = 86_400_000;

/** An export with `students` students and `sessions` sessions spread over ten weeks around now. */
function bigExport(students: number, sessions: number): string {
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  return JSON.stringify({
    format: 'cadence-export',
    version: 2,
    exportedAt: iso(now),
    students: Array.from({ length: students }, (_, i) => ({
      id: `local-bench-${i}`,
      name: `Student ${String(i).padStart(2, '0')}`,
      path: { id: 'local-path', name: 'Web developer' },
      currentProject: { id: 'local-project', name: 'Portfolio site', mentorGuideUrl: null },
      timezone: 'Europe/Paris',
      weeklyHours: 8,
      level: 2,
      active: true,
      updatedAt: iso(now),
    })),
    sessions: Array.from({ length: sessions }, (_, i) => {
      const start = now - 35 * DAY + i * ((70 * DAY) / sessions);
      return {
        id: `local-bench-session-${i}`,
        studentId: `local-bench-${i % students}`,
        start: iso(start),
        plannedMinutes: 50,
        meetingUrl: 'https://meet.google.com/abc-defg-hij',
        status: start < now - DAY ? (i % 7 === 0 ? 'pending' : 'completed') : 'pending',
        cancellation: null,
        rescheduledFrom: null,
        updatedAt: iso(now),
      };
    }),
    exercises: [],
    liveSessions: [],
  });
}

export async function measurePopupPaint(context: BrowserContext, extensionId: string, loads: number): Promise<PopupTimes> {
  const options = await openOptionsPage(context, extensionId);
  const imported = await sendFromPage(options, { type: 'data/import', json: bigExport(50, 500) });
  if (!imported?.ok) throw new Error(`could not seed: ${JSON.stringify(imported)}`);
  await options.close();
  const times: PopupTimes = { fromScriptMs: [], fromNavigationMs: [] };
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, POPUP_PAINTED, { timeout: 15_000 });
      const [start, painted] = await page.evaluate(
        ([first, last]) => [performance.getEntriesByName(first)[0]!.startTime, performance.getEntriesByName(last)[0]!.startTime],
        [POPUP_START, POPUP_PAINTED] as const,
      );
      times.fromScriptMs.push(painted - start);
      times.fromNavigationMs.push(painted);
    } finally {
      await page.close();
    }
  }
  return times;
}
