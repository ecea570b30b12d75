import { describe, expect, it } from 'vitest';
import { weekOverview, type WeekOverviewInput } from '@/utils/core/overview/week-overview';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { anAssignment, anOutboxItem, aSession, aStudent, iso, T0 } from './support/platform-records';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const awa = aStudent();
const ben = aStudent({ id: 'stu-2', name: 'Ben Okafor' });

function overview(input: Partial<WeekOverviewInput>) {
  return weekOverview({
    sessions: [],
    students: [awa, ben],
    assignments: [],
    reportedSessionIds: new Set(),
    outbox: [],
    formerStudentIds: new Set(),
    endedCallSessionIds: new Set(),
    connected: false,
    now: T0,
    ...input,
  });
}

/** A session of `studentId` starting `offset` ms from T0, 50 minutes long. */
const at = (id: string, offset: number, overrides: Partial<Session> = {}) => aSession({ id, start: iso(T0 + offset), ...overrides });

describe('the next session', () => {
  it.each<[string, Session[], string | null]>([
    ['no sessions at all', [], null],
    ['only sessions over', [at('past', -2 * HOUR)], null],
    ['the soonest pending one', [at('later', 3 * HOUR), at('soon', HOUR), at('tomorrow', DAY)], 'soon'],
    ['a call under way, 20 minutes in', [at('running', -20 * MIN), at('soon', HOUR)], 'running'],
    ['a call whose planned end is a minute ahead', [at('ending', -49 * MIN), at('soon', HOUR)], 'ending'],
    ['not a call whose planned end just passed', [at('ended', -50 * MIN), at('soon', HOUR)], 'soon'],
    [
      'not cancelled, no-show or completed sessions',
      [
        at('canceled', HOUR, { status: 'canceled' }),
        at('late', 2 * HOUR, { status: 'late_canceled' }),
        at('absent', -10 * MIN, { status: 'student_absent' }),
        at('done', -10 * MIN, { status: 'completed' }),
        at('pending', 4 * HOUR),
      ],
      'pending',
    ],
    ['one even weeks ahead', [at('far', 20 * DAY)], 'far'],
    ['not one of a student unknown here', [at('ghost', HOUR, { studentId: 'stu-9' }), at('mine', 2 * HOUR)], 'mine'],
  ])('%s', (_, sessions, expected) => {
    expect(overview({ sessions }).next?.session.id ?? null).toBe(expected);
  });

  it('comes with its student', () => {
    const next = overview({ sessions: [at('ben-next', HOUR, { studentId: 'stu-2' })] }).next;
    expect(next?.student).toEqual(ben);
  });

  it('comes with the goals set in the student’s previous session, in the order they were set', () => {
    const sessions = [
      at('sess-00', -14 * DAY, { status: 'completed' }),
      at('sess-0', -7 * DAY, { status: 'completed' }),
      at('ben-0', -6 * DAY, { studentId: 'stu-2', status: 'completed' }),
      at('sess-1', HOUR),
    ];
    const assignments = [
      anAssignment({ id: 'second', setInSessionId: 'sess-0', order: 2, title: 'Read the grid chapter' }),
      anAssignment({ id: 'first', setInSessionId: 'sess-0', order: 1 }),
      anAssignment({ id: 'third', setInSessionId: 'sess-0', order: 3 }),
      // Noticed in a review, not asked for: not a goal.
      anAssignment({ id: 'unasked', setInSessionId: 'sess-0', origin: 'unasked', order: 4 }),
      // Set two weeks ago, reviewed since.
      anAssignment({ id: 'older', setInSessionId: 'sess-00' }),
      // Another student's, a day later.
      anAssignment({ id: 'ben-goal', studentId: 'stu-2', setInSessionId: 'ben-0' }),
    ];
    const next = overview({ sessions, assignments }).next;
    expect(next?.session.id).toBe('sess-1');
    expect(next?.lastGoals.map((goal) => goal.id)).toEqual(['first', 'second', 'third']);
  });

  it.each(['canceled', 'late_canceled', 'student_absent'] as const)(
    'keeps the goals of the last session held when the one after it ended %s',
    (status) => {
      // Last week's session lost (a planned absence moved to tomorrow, a late cancellation, a no-show): no goals were set in it.
      const sessions = [
        at('held', -14 * DAY, { status: 'completed' }),
        at('lost', -7 * DAY, { status }),
        at('moved', DAY, { rescheduledFrom: status === 'canceled' ? 'lost' : null }),
      ];
      const assignments = [anAssignment({ id: 'goal', setInSessionId: 'held' })];
      expect(overview({ sessions, assignments }).next?.lastGoals.map((goal) => goal.id)).toEqual(['goal']);
    },
  );

  it('has no goals for a student’s first session', () => {
    const next = overview({ sessions: [at('first-ever', HOUR)], assignments: [anAssignment({ setInSessionId: 'elsewhere' })] }).next;
    expect(next?.lastGoals).toEqual([]);
  });
});

describe('the rest of the week', () => {
  it('lists the other sessions of the coming 7 days, soonest first, with their student’s name', () => {
    const sessions = [
      at('in-6-days', 6 * DAY, { studentId: 'stu-2' }),
      at('next', HOUR),
      at('in-7-days', 7 * DAY),
      at('tomorrow', DAY),
      at('in-8-days', 8 * DAY),
      at('in-2-days', 2 * DAY, { status: 'canceled' }),
    ];
    expect(overview({ sessions }).week.map((line) => [line.session.id, line.studentName])).toEqual([
      ['tomorrow', 'Awa Diallo'],
      ['in-6-days', 'Ben Okafor'],
    ]);
  });

  it('is empty with no session, and the next is null', () => {
    const empty = overview({});
    expect(empty.next).toBeNull();
    expect(empty.week).toEqual([]);
    expect(empty.reportsOutstanding).toEqual([]);
    expect(empty.badgeCount).toBe(0);
  });
});

describe('what needs the mentor', () => {
  it('counts as outstanding the pending sessions whose planned end passed and whose report is not ended', () => {
    const sessions = [
      at('yesterday', -DAY),
      at('reported', -2 * DAY),
      at('just-ended', -50 * MIN, { studentId: 'stu-2' }),
      at('running', -20 * MIN),
      at('completed', -3 * DAY, { status: 'completed' }),
      at('no-show', -4 * DAY, { status: 'student_absent' }),
      at('tomorrow', DAY),
    ];
    const result = overview({ sessions, reportedSessionIds: new Set(['reported']) });
    expect(result.reportsOutstanding.map((line) => [line.session.id, line.studentName])).toEqual([
      ['yesterday', 'Awa Diallo'],
      ['just-ended', 'Ben Okafor'],
    ]);
  });

  it('moves a call the mentor ended early from the next session to the reports, before its planned end', () => {
    const sessions = [at('ended-early', -30 * MIN), at('soon', HOUR)];
    const result = overview({ sessions, endedCallSessionIds: new Set(['ended-early']) });
    expect(result.next?.session.id).toBe('soon');
    expect(result.reportsOutstanding.map((line) => line.session.id)).toEqual(['ended-early']);
    expect(result.badgeCount).toBe(1);
    // Its report written, it is off both.
    const reported = overview({ sessions, endedCallSessionIds: new Set(['ended-early']), reportedSessionIds: new Set(['ended-early']) });
    expect(reported.reportsOutstanding).toEqual([]);
    expect(reported.badgeCount).toBe(0);
  });

  it('asks no report for a session cancelled or lost to a no-show, even one whose call was ended', () => {
    const sessions = [
      at('absent', -30 * MIN, { status: 'student_absent' }),
      at('late-cancel', -2 * HOUR, { status: 'late_canceled' }),
      at('canceled', -DAY, { status: 'canceled' }),
    ];
    const result = overview({ sessions, endedCallSessionIds: new Set(['absent']) });
    expect(result.reportsOutstanding).toEqual([]);
    expect(result.badgeCount).toBe(0);
  });

  it('lists the changes the platform refused, and only those', () => {
    const refused = anOutboxItem({
      id: 'refused',
      state: 'needs-attention',
      lastError: { status: 422, code: 'session-not-pending', message: 'Already completed', at: T0 },
    });
    const outbox = [anOutboxItem({ id: 'waiting' }), refused];
    expect(overview({ outbox }).attention).toEqual([{ id: 'refused', endpoint: 'cancelSession', lastError: refused.lastError }]);
  });

  it('badges the reports outstanding and the changes needing attention together', () => {
    const sessions = [at('a', -DAY), at('b', -2 * DAY), at('c', HOUR)];
    const outbox = [anOutboxItem({ id: 'x', state: 'needs-attention' }), anOutboxItem({ id: 'y' })];
    expect(overview({ sessions, outbox }).badgeCount).toBe(3);
    expect(overview({ sessions, outbox, reportedSessionIds: new Set(['a', 'b']) }).badgeCount).toBe(1);
  });

  it('says whether the platform is connected', () => {
    expect(overview({ connected: true }).connected).toBe(true);
    expect(overview({}).connected).toBe(false);
  });
});

describe('former students', () => {
  it('leaves their sessions out of the next session and the week', () => {
    const sessions = [at('awa-soon', HOUR), at('ben-later', 2 * HOUR, { studentId: 'stu-2' }), at('awa-tomorrow', DAY)];
    const result = overview({ sessions, formerStudentIds: new Set(['stu-1']) });
    expect(result.next?.session.id).toBe('ben-later');
    expect(result.week).toEqual([]);
  });
});
