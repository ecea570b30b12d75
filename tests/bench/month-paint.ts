// The month view's figure: from the month page's script start to its first frame showing a month of
// 200 sessions (50 students, every status, rates set so amounts are computed too): its totals, what
// is left to settle, the no-shows, each student, and the sessions counted by status (each status's
// rows are drawn when the mentor opens it).
import type { BrowserContext } from 'playwright-core';
import { openOptionsPage, sendFromPage } from '../e2e/support/extension-page';

const MONTH_START = 'cadence:month-start';
const MONTH_PAINTED = 'cadence:month-painted';
/** A past month, so every status is settled or left to settle, none to come. */
export const BENCH_MONTH = '2026-10';

export interface MonthTimes {
  /** The page's script start to its first frame with the month: what Cadence's code costs. */
  fromScriptMs: number[];
  /** The page's navigation start to the same frame: the browser's making of the page included. */
  fromNavigationMs: number[];
}

const STATUSES = ['completed', 'completed', 'completed', 'student_absent', 'late_canceled', 'canceled', 'pending'] as const;

/** 50 students with 4 sessions each in October 2026, on weekdays between 08:00 and 20:00 UTC. */
function monthExport(students: number, sessions: number): string {
  const iso = (ms: number) => new Date(ms).toISOString();
  const start = Date.UTC(2026, 9, 1, 8);
  return JSON.stringify({
    format: 'cadence-export',
    version: 2,
    exportedAt: iso(Date.UTC(2026, 11, 1)),
    students: Array.from({ length: students }, (_, i) => ({
      id: `local-month-${i}`,
      name: `Student ${String(i).padStart(2, '0')}`,
      path: { id: 'local-path', name: 'Web developer' },
      currentProject: null,
      timezone: 'Europe/Paris',
      weeklyHours: 8,
      level: 2,
      active: true,
      updatedAt: iso(start),
    })),
    sessions: Array.from({ length: sessions }, (_, i) => {
      const status = STATUSES[i % STATUSES.length]!;
      const at = start + Math.floor(i / 8) * 86_400_000 + (i % 8) * 90 * 60_000;
      return {
        id: `local-month-session-${i}`,
        studentId: `local-month-${i % students}`,
        start: iso(at),
        plannedMinutes: 50,
        meetingUrl: null,
        status,
        cancellation: status === 'canceled' ? { by: 'student', at: iso(at - 3 * 86_400_000), reason: 'illness', comment: '' } : null,
        rescheduledFrom: null,
        updatedAt: iso(at),
      };
    }),
    exercises: [],
    liveSessions: [],
  });
}

export async function measureMonthPaint(context: BrowserContext, extensionId: string, loads: number): Promise<MonthTimes> {
  const options = await openOptionsPage(context, extensionId);
  const imported = await sendFromPage(options, { type: 'data/import', json: monthExport(50, 200) });
  if (!imported?.ok) throw new Error(`could not seed: ${JSON.stringify(imported)}`);
  // The rates as the options page saves them: two categories, half the students in each.
  await options.evaluate(
    (payRates) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
        payRates,
      }),
    {
      currency: 'EUR',
      categories: [
        { id: 'funded', name: 'Funded', rate: 40 },
        { id: 'self', name: 'Self-funded', rate: 32.5 },
      ],
      studentCategories: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`local-month-${i}`, i % 2 ? 'funded' : 'self'])),
    },
  );
  await options.close();
  const times: MonthTimes = { fromScriptMs: [], fromNavigationMs: [] };
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/month.html#${BENCH_MONTH}`);
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MONTH_PAINTED, { timeout: 15_000 });
      const [start, painted, counted] = await page.evaluate(
        ([first, last]) => [
          performance.getEntriesByName(first)[0]!.startTime,
          performance.getEntriesByName(last)[0]!.startTime,
          [...document.querySelectorAll('[data-count]')].reduce((sum, group) => sum + Number(group.getAttribute('data-count')), 0),
        ],
        [MONTH_START, MONTH_PAINTED] as const,
      );
      // The frame timed must be the month's: its groups by status count the 200 sessions.
      if (counted !== 200) throw new Error(`the month counted ${counted} sessions, not 200`);
      times.fromScriptMs.push(painted - start);
      times.fromNavigationMs.push(painted);
    } finally {
      await page.close();
    }
  }
  return times;
}
