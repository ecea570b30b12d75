import { describe, expect, it } from 'vitest';
import { planAgenda } from '@/utils/core/agenda/plan-agenda';
import { DEFAULT_KIND_AGENDAS, kindEvidence, kindOfSession, proposeKind, SESSION_KINDS } from '@/utils/core/agenda/session-kinds';
import { aSession, iso, T0 } from './support/platform-records';

const DAY = 86_400_000;
const agenda = (kind: keyof typeof DEFAULT_KIND_AGENDAS, minutes: number) =>
  planAgenda(minutes, DEFAULT_KIND_AGENDAS[kind]).map((phase) => `${phase.key} ${phase.minutes}`);

describe("each kind's agenda", () => {
  it.each([
    [30, ['introductions 5', 'how-weeks-run 6', 'path-and-project 9', 'free-time 4', 'first-goals 6']],
    [45, ['introductions 7', 'how-weeks-run 9', 'path-and-project 13', 'free-time 7', 'first-goals 9']],
    [60, ['introductions 9', 'how-weeks-run 12', 'path-and-project 18', 'free-time 9', 'first-goals 12']],
  ])('a first session of %i minutes: introductions, how the weeks run, the path, free time, first goals', (minutes, expected) => {
    expect(agenda('first', minutes)).toEqual(expected);
  });

  it.each([
    [30, ['check-in 6', 'progress 18', 'goals 6']],
    [45, ['check-in 9', 'progress 27', 'goals 9']],
    [60, ['check-in 12', 'progress 36', 'goals 12']],
  ])('a weekly session of %i minutes: check-in, progress, goals', (minutes, expected) => {
    expect(agenda('weekly', minutes)).toEqual(expected);
  });

  it.each([
    [30, ['presentation 12', 'questions 11', 'feedback 7']],
    [45, ['presentation 18', 'questions 16', 'feedback 11']],
    [60, ['presentation 24', 'questions 21', 'feedback 15']],
  ])('a defence rehearsal of %i minutes: a timed presentation, questions, feedback', (minutes, expected) => {
    expect(agenda('rehearsal', minutes)).toEqual(expected);
  });

  it.each([
    [30, ['handoff 9', 'student-view 9', 'goals-confirmed 12']],
    [45, ['handoff 14', 'student-view 13', 'goals-confirmed 18']],
    [60, ['handoff 18', 'student-view 18', 'goals-confirmed 24']],
  ])('a session after a transfer of %i minutes: the handoff, the student’s view, goals confirmed', (minutes, expected) => {
    expect(agenda('after-transfer', minutes)).toEqual(expected);
  });

  it('gives every kind a checklist in every phase, with ids that are unique in the session', () => {
    for (const kind of SESSION_KINDS) {
      const ids = DEFAULT_KIND_AGENDAS[kind].flatMap((phase) => phase.checklist.map((item) => item.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(DEFAULT_KIND_AGENDAS[kind].every((phase) => phase.checklist.length > 0)).toBe(true);
      expect(DEFAULT_KIND_AGENDAS[kind].reduce((sum, phase) => sum + phase.share, 0)).toBe(100);
    }
  });
});

describe('the kind Cadence proposes', () => {
  const thisWeek = aSession({ id: 'this', start: iso(T0) });
  const held = (
    id: string,
    daysAgo: number,
    status: 'completed' | 'pending' | 'canceled' | 'student_absent' | 'late_canceled' = 'completed',
  ) => aSession({ id, start: iso(T0 - daysAgo * DAY), status });
  const propose = (sessions: ReturnType<typeof aSession>[], transferDay: string | null = null) =>
    proposeKind(kindEvidence(thisWeek, [thisWeek, ...sessions], transferDay));

  it('is the first session when the student has had no session with the mentor', () => {
    expect(propose([])).toBe('first');
    // A session to come, or one that never took place, is no earlier session.
    expect(propose([aSession({ id: 'later', start: iso(T0 + 7 * DAY) })])).toBe('first');
    expect(propose([held('a', 7, 'canceled'), held('b', 14, 'student_absent'), held('c', 21, 'late_canceled')])).toBe('first');
  });

  it('is a weekly session once one was held (its report written or not)', () => {
    expect(propose([held('a', 7)])).toBe('weekly');
    expect(propose([held('a', 7, 'pending')])).toBe('weekly');
  });

  it('counts only this student’s sessions', () => {
    expect(propose([aSession({ id: 'other', studentId: 'stu-2', start: iso(T0 - 7 * DAY), status: 'completed' })])).toBe('first');
  });

  it('is the session after a transfer when it is the first since the transfer took effect', () => {
    const transferDay = new Date(T0 - 3 * DAY).toISOString().slice(0, 10);
    expect(propose([held('a', 7)], transferDay)).toBe('after-transfer');
    expect(propose([], transferDay)).toBe('after-transfer');
    // One already held since the transfer: back to the weekly rhythm.
    expect(propose([held('a', 7), held('b', 1)], transferDay)).toBe('weekly');
    // A transfer dated after the session does not concern it.
    expect(propose([held('a', 7)], new Date(T0 + 3 * DAY).toISOString().slice(0, 10))).toBe('weekly');
  });

  it('yields to the kind the mentor chose', () => {
    expect(kindOfSession(thisWeek, [thisWeek], 'rehearsal', null)).toBe('rehearsal');
    expect(kindOfSession(thisWeek, [thisWeek], null, null)).toBe('first');
  });

  it('reads the same across a clock change: sessions are instants', () => {
    // 29 March 2026, Europe/Paris moves to summer time: the week before is at 09:00 +01:00, this one at 09:00 +02:00.
    const before = aSession({ id: 'before', start: '2026-03-23T09:00:00+01:00', status: 'completed' });
    const after = aSession({ id: 'after', start: '2026-03-30T09:00:00+02:00' });
    expect(proposeKind(kindEvidence(after, [before, after], null))).toBe('weekly');
    expect(proposeKind(kindEvidence(before, [before, after], null))).toBe('first');
  });
});
