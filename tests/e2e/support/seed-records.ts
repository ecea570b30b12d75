// A mentor's records as an export file, around the real clock: a student, last week's session with
// its three assignments, and this week's session on a given Meet link. Imported like a mentor would.
import type { Session, Student } from '../../../utils/core/platform/platform-schemas';
import type { Assignment } from '../../../utils/core/review/assignment';
import { openOptionsPage, sendFromPage } from './extension-page';
import type { LaunchedBrowser } from './launch-extension';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

export const SEED_STUDENT: Student = {
  id: 'local-awa',
  name: 'Awa Diallo',
  path: { id: 'local-path', name: 'Web developer' },
  currentProject: { id: 'local-project', name: 'Portfolio site', mentorGuideUrl: 'https://platform.example/guides/portfolio' },
  timezone: 'America/Montreal',
  weeklyHours: 6,
  level: 2,
  active: true,
  updatedAt: '2026-01-05T09:00:00.000Z',
};

export const SEED_ASSIGNMENTS = [
  { title: 'Center a card with flexbox', skills: ['CSS flexbox'], minutes: 45 },
  { title: 'Read the JavaScript functions course, part 2', skills: ['JavaScript functions'], minutes: 90 },
  { title: 'Write the README of the portfolio', skills: ['Reading documentation'], minutes: 30 },
];

/** The file, with this week's session starting `startsInMs` from now on meeting `code`, planned for `plannedMinutes`. */
export function seededExport(code: string, startsInMs = 60_000, plannedMinutes = 50): string {
  const now = Date.now();
  const session = (id: string, start: number, status: Session['status']): Session => ({
    id,
    studentId: SEED_STUDENT.id,
    start: iso(start),
    plannedMinutes,
    meetingUrl: `https://meet.google.com/${code}`,
    status,
    cancellation: null,
    rescheduledFrom: null,
    updatedAt: iso(now - 7 * DAY),
  });
  const assignments: Assignment[] = SEED_ASSIGNMENTS.map((work, index) => ({
    id: `seed-assignment-${index + 1}`,
    studentId: SEED_STUDENT.id,
    setInSessionId: 'local-last-week',
    origin: 'goal',
    kind: index === 1 ? 'course-part' : 'exercise',
    title: work.title,
    url: null,
    estimatedMinutes: work.minutes,
    skills: work.skills,
    exerciseId: null,
    level: 2,
    order: index + 1,
    createdAt: iso(now - 7 * DAY),
    updatedAt: iso(now - 7 * DAY),
    review: null,
  }));
  return JSON.stringify({
    format: 'cadence-export',
    version: 2,
    exportedAt: iso(now),
    students: [SEED_STUDENT],
    sessions: [
      session('local-last-week', now - 7 * DAY + startsInMs, 'completed'),
      session('local-this-week', now + startsInMs, 'pending'),
    ],
    exercises: [],
    liveSessions: [],
    assignments,
    sessionPlans: [],
    myExercises: [],
  });
}

/** Imports `seededExport(…)` from the options page, as a mentor would, and closes it again. */
export async function importSeededRecords(
  browser: Pick<LaunchedBrowser, 'context' | 'extensionId'>,
  code: string,
  startsInMs?: number,
  plannedMinutes?: number,
) {
  const options = await openOptionsPage(browser.context, browser.extensionId);
  const reply = await sendFromPage(options, { type: 'data/import', json: seededExport(code, startsInMs, plannedMinutes) });
  if (!reply?.ok) throw new Error(`the seeded records were refused: ${JSON.stringify(reply)}`);
  await options.close();
}
