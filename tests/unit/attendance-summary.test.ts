import { describe, expect, it } from 'vitest';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { attendanceSummary } from '@/utils/core/policy/attendance-summary';
import { aSession, iso, T0 } from './support/platform-records';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const NONE: ReadonlySet<string> = new Set();

const cancelled = (id: string, status: Session['status'], by: 'student' | 'mentor', daysAgo: number) =>
  aSession({
    id,
    status,
    start: iso(T0 - daysAgo * DAY_MS),
    cancellation: { by, at: iso(T0 - (daysAgo + 2) * DAY_MS), reason: 'Moving house', comment: '' },
  });

describe('attendanceSummary', () => {
  it('sorts a term of sessions the way the mentor would count them', () => {
    const sessions = [
      aSession({ id: 'w1', status: 'completed', start: iso(T0 - 35 * DAY_MS) }),
      cancelled('w2', 'canceled', 'student', 28),
      aSession({ id: 'w3', status: 'completed', start: iso(T0 - 21 * DAY_MS) }),
      cancelled('w4', 'late_canceled', 'student', 14),
      aSession({ id: 'w5', status: 'student_absent', start: iso(T0 - 7 * DAY_MS) }),
      aSession({ id: 'w6', status: 'pending', start: iso(T0 - 2 * DAY_MS) }),
      aSession({ id: 'w7', status: 'pending', start: iso(T0 - DAY_MS) }),
      aSession({ id: 'w8', status: 'pending', start: iso(T0 + 6 * DAY_MS) }),
    ];
    expect(attendanceSummary(sessions, T0, new Set(['w6']))).toEqual({
      held: 4,
      noShows: 1,
      lateCancellations: 1,
      plannedAbsences: 1,
      reportsOutstanding: 1,
      upcoming: 1,
    });
  });

  it('counts nothing for a student with no sessions', () => {
    expect(attendanceSummary([], T0, NONE)).toEqual({
      held: 0,
      noShows: 0,
      lateCancellations: 0,
      plannedAbsences: 0,
      reportsOutstanding: 0,
      upcoming: 0,
    });
  });

  // A 50-minute call starting at T0 ends at T0 + 50 min.
  it.each([
    ['before the start', -MINUTE_MS, { held: 0, upcoming: 1, reportsOutstanding: 0 }],
    ['while the call is on', 20 * MINUTE_MS, { held: 0, upcoming: 1, reportsOutstanding: 0 }],
    ['at the planned end', 50 * MINUTE_MS, { held: 0, upcoming: 1, reportsOutstanding: 0 }],
    ['1 ms after the planned end', 50 * MINUTE_MS + 1, { held: 1, upcoming: 0, reportsOutstanding: 1 }],
    ['a week later', 7 * DAY_MS, { held: 1, upcoming: 0, reportsOutstanding: 1 }],
  ])('counts a pending session %s', (_, sinceStart, counts) => {
    const session = aSession({ status: 'pending', start: iso(T0), plannedMinutes: 50 });
    expect(attendanceSummary([session], T0 + sinceStart, NONE)).toMatchObject(counts);
  });

  it('ends a call by its own planned length', () => {
    const long = aSession({ status: 'pending', start: iso(T0), plannedMinutes: 60 });
    expect(attendanceSummary([long], T0 + 55 * MINUTE_MS, NONE)).toMatchObject({ held: 0, upcoming: 1 });
  });

  it('reads a start written with any offset', () => {
    // T0 is 14:00 UTC: 15:00 in Paris, 9:00 in Montreal. Both calls end at 14:50 UTC.
    const sessions = [
      aSession({ id: 'paris', status: 'pending', start: '2026-11-30T15:00:00+01:00' }),
      aSession({ id: 'montreal', status: 'pending', start: '2026-11-30T09:00:00-05:00' }),
    ];
    expect(attendanceSummary(sessions, T0 + 50 * MINUTE_MS, NONE)).toMatchObject({ held: 0, upcoming: 2 });
    expect(attendanceSummary(sessions, T0 + 50 * MINUTE_MS + 1, NONE)).toMatchObject({ held: 2, upcoming: 0 });
  });

  it('stops asking for a report once the mentor has written it', () => {
    const session = aSession({ id: 'done', status: 'pending', start: iso(T0 - DAY_MS) });
    expect(attendanceSummary([session], T0, new Set(['done']))).toMatchObject({ held: 1, reportsOutstanding: 0 });
  });

  it('never asks for a report on a completed session: completing it took the report', () => {
    const session = aSession({ id: 'old', status: 'completed', start: iso(T0 - DAY_MS) });
    expect(attendanceSummary([session], T0, NONE)).toMatchObject({ held: 1, reportsOutstanding: 0 });
  });

  it.each([
    ['a no-show', 'student_absent', { noShows: 1 }],
    ['a late cancellation', 'late_canceled', { lateCancellations: 1 }],
    ['a planned absence', 'canceled', { plannedAbsences: 1 }],
  ] as const)('never asks for a report on %s', (_, status, counts) => {
    const session = aSession({ status, start: iso(T0 - DAY_MS) });
    expect(attendanceSummary([session], T0, NONE)).toMatchObject({ ...counts, held: 0, reportsOutstanding: 0 });
  });

  it("leaves the mentor's own cancellations out of the student's absences", () => {
    const sessions = [cancelled('mine', 'canceled', 'mentor', 7), cancelled('theirs', 'canceled', 'student', 14)];
    expect(attendanceSummary(sessions, T0, NONE)).toMatchObject({ plannedAbsences: 1, held: 0, upcoming: 0 });
  });

  it('counts a future session already cancelled as the absence, not as upcoming', () => {
    const ahead = [cancelled('holiday', 'canceled', 'student', -5), cancelled('short', 'late_canceled', 'student', -1)];
    expect(attendanceSummary(ahead, T0, NONE)).toMatchObject({ plannedAbsences: 1, lateCancellations: 1, upcoming: 0 });
  });
});
