import { describe, expect, it } from 'vitest';
import type { Assignment, Outcome } from '@/utils/core/review/assignment';
import { notDoneRecurrence, outcomeCounts, skillSignals } from '@/utils/core/review/outcome-history';

let nextId = 0;
function anAssignment(overrides: Partial<Assignment> = {}): Assignment {
  nextId += 1;
  return {
    id: `a-${nextId}`,
    studentId: 'student-1',
    setInSessionId: 'set-in',
    origin: 'goal',
    kind: 'exercise',
    title: `Assignment ${nextId}`,
    url: null,
    estimatedMinutes: 30,
    skills: [],
    exerciseId: null,
    level: null,
    order: 0,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    review: null,
    ...overrides,
  };
}

/** An assignment reviewed in session `sessionId`, in week `week` of 2026 (a higher week is newer). */
function reviewed(sessionId: string, week: number, outcome: Outcome, overrides: Partial<Assignment> = {}): Assignment {
  const at = new Date(Date.UTC(2026, 0, 5 + 7 * week, 18)).toISOString();
  return anAssignment({ review: { outcome, note: '', sessionId, at }, ...overrides });
}

describe('notDoneRecurrence', () => {
  it('flags work not done in two of the last three sessions', () => {
    const history = [reviewed('s1', 1, 'done'), reviewed('s2', 2, 'not-done'), reviewed('s3', 3, 'done'), reviewed('s4', 4, 'not-done')];
    expect(notDoneRecurrence(history)).toEqual({
      recurring: true,
      sessionsWithNotDone: 2,
      sessionsLookedAt: 3,
      sessionIds: ['s4', 's2'],
    });
  });

  it('lets a single session of work not done pass', () => {
    const history = [reviewed('s1', 1, 'done'), reviewed('s2', 2, 'not-done'), reviewed('s3', 3, 'aced')];
    expect(notDoneRecurrence(history)).toMatchObject({ recurring: false, sessionsWithNotDone: 1, sessionIds: ['s2'] });
  });

  it('forgets a not-done older than the last three sessions', () => {
    const history = [
      reviewed('s1', 1, 'not-done'),
      reviewed('s2', 2, 'done'),
      reviewed('s3', 3, 'difficulties'),
      reviewed('s4', 4, 'not-done'),
    ];
    expect(notDoneRecurrence(history)).toMatchObject({ recurring: false, sessionsWithNotDone: 1, sessionIds: ['s4'] });
  });

  it('ignores assignments not reviewed yet', () => {
    const history = [reviewed('s1', 1, 'not-done'), reviewed('s2', 2, 'done'), anAssignment(), anAssignment()];
    expect(notDoneRecurrence(history)).toEqual({
      recurring: false,
      sessionsWithNotDone: 1,
      sessionsLookedAt: 2,
      sessionIds: ['s1'],
    });
  });

  it('counts a session once however many of its assignments were not done', () => {
    const history = [
      reviewed('s1', 1, 'done'),
      reviewed('s2', 2, 'not-done'),
      reviewed('s2', 2, 'not-done'),
      reviewed('s2', 2, 'not-done'),
    ];
    expect(notDoneRecurrence(history)).toMatchObject({ recurring: false, sessionsWithNotDone: 1, sessionsLookedAt: 2 });
  });

  it('orders sessions by when they were reviewed, not by where they sit in the list', () => {
    const history = [reviewed('s4', 4, 'done'), reviewed('s1', 1, 'not-done'), reviewed('s3', 3, 'not-done'), reviewed('s2', 2, 'done')];
    expect(notDoneRecurrence(history)).toMatchObject({ recurring: false, sessionIds: ['s3'] });
  });

  it('dates a session by its latest review', () => {
    // s1's review was edited after s2, so s1 is the newer of the two.
    const history = [reviewed('s1', 1, 'done'), reviewed('s1', 3, 'not-done'), reviewed('s2', 2, 'not-done')];
    expect(notDoneRecurrence(history, { window: 1 }).sessionIds).toEqual(['s1']);
  });

  it('follows a window and a threshold of the mentor’s choosing', () => {
    const history = [reviewed('s1', 1, 'not-done'), reviewed('s2', 2, 'done'), reviewed('s3', 3, 'done')];
    expect(notDoneRecurrence(history, { window: 4, threshold: 1 })).toMatchObject({ recurring: true, sessionsLookedAt: 3 });
  });
});

describe('skillSignals', () => {
  it('gives one signal per skill, at the exercise’s level or else the student’s', () => {
    const fromExercise = reviewed('s1', 1, 'aced', { skills: ['Flexbox', 'Grid'], level: 4 });
    const ownWork = reviewed('s1', 1, 'difficulties', { skills: ['Loops'], level: null });
    expect(skillSignals([fromExercise, ownWork, anAssignment({ skills: ['Git'] })], 2)).toEqual([
      { skill: 'Flexbox', outcome: 'aced', level: 4 },
      { skill: 'Grid', outcome: 'aced', level: 4 },
      { skill: 'Loops', outcome: 'difficulties', level: 2 },
    ]);
  });
});

describe('outcomeCounts', () => {
  it('counts the reviewed assignments by outcome, listing every outcome', () => {
    const history = [reviewed('s1', 1, 'done'), reviewed('s1', 1, 'done'), reviewed('s2', 2, 'not-done'), anAssignment()];
    expect(outcomeCounts(history)).toEqual({ aced: 0, done: 2, difficulties: 0, 'not-done': 1 });
  });
});
