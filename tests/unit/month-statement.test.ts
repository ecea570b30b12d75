import { describe, expect, it } from 'vitest';
import { dayOf, isMonth, monthOf, monthSpan, shiftMonth } from '@/utils/core/month/calendar-month';
import { longestNoShowRun, monthStatement, type MonthInput } from '@/utils/core/month/month-statement';
import type { PayRates } from '@/utils/core/month/pay-rates';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { aSession, aStudent } from './support/platform-records';

const PARIS = 'Europe/Paris';
const students = [
  aStudent({ id: 'stu-a', name: 'Awa Diallo' }),
  aStudent({ id: 'stu-b', name: 'Bruno Keller' }),
  aStudent({ id: 'stu-c', name: 'Chloé Martin' }),
];
/** Awa is funded (40.00 a session), Bruno self-funded (32.50), Chloé in no category. */
const RATES: PayRates = {
  currency: 'EUR',
  categories: [
    { id: 'funded', name: 'Funded', rate: 40 },
    { id: 'self', name: 'Self-funded', rate: 32.5 },
  ],
  studentCategories: { 'stu-a': 'funded', 'stu-b': 'self' },
};

const session = (id: string, studentId: string, start: string, status: Session['status'], by?: 'student' | 'mentor'): Session =>
  aSession({
    id,
    studentId,
    start,
    status,
    cancellation: by ? { by, at: start, reason: 'Moving house', comment: '' } : null,
  });

const statementOf = (month: string, sessions: Session[], overrides: Partial<MonthInput> = {}) =>
  monthStatement({
    month,
    timezone: PARIS,
    now: Date.parse('2027-02-01T12:00:00Z'),
    sessions,
    students,
    noShowWeight: 0.5,
    rates: RATES,
    endedCallSessionIds: new Set(),
    moves: new Map(),
    platform: new Map(),
    ...overrides,
  });

describe('a month asked for', () => {
  it('is YYYY-MM in the years Cadence keeps, 1970 to 9999', () => {
    for (const month of ['1970-01', '2026-12', '9999-12']) expect(isMonth(month)).toBe(true);
    for (const month of ['1969-12', '2026-13', '2026-00', '2026-1', '10000-01', ' 2026-12', '2026-12\n'])
      expect(isMonth(month)).toBe(false);
  });
});

describe("the month's sessions, on the mentor's clock", () => {
  it.each([
    // Paris: summer time ends on 25 October 2026, 03:00 back to 02:00.
    ['2026-09-30T22:30:00Z', PARIS, '2026-10'], // 00:30 on 1 October in Paris, still September in UTC
    ['2026-10-31T22:30:00Z', PARIS, '2026-10'], // 23:30 on the 31st, the last day
    ['2026-10-31T23:15:00Z', PARIS, '2026-11'], // 00:15 on 1 November in Paris, still 31 October in UTC
    ['2026-12-31T22:30:00Z', PARIS, '2026-12'], // 23:30 on 31 December
    ['2026-12-31T23:00:00Z', PARIS, '2027-01'], // midnight, New Year's Day
    // New York: summer time starts on 14 March 2027; 23:30 on 31 March is 03:30 UTC on 1 April.
    ['2027-04-01T03:30:00Z', 'America/New_York', '2027-03'],
    ['2027-03-01T04:30:00Z', 'America/New_York', '2027-02'],
    // The same instant is New Year's Day in Tokyo.
    ['2026-12-31T16:00:00Z', 'Asia/Tokyo', '2027-01'],
  ])('puts %s in %s in %s', (instant, zone, month) => {
    expect(monthOf(instant, zone)).toBe(month);
  });

  it('spans a month from its first midnight to the next month’s, on the zone’s clock', () => {
    // October 2026 in Paris: from 00:00 summer time to 00:00 winter time, 31 days and an hour.
    expect(monthSpan('2026-10', PARIS)).toEqual({ from: Date.parse('2026-09-30T22:00:00Z'), until: Date.parse('2026-10-31T23:00:00Z') });
    expect(monthSpan('2026-12', PARIS)).toEqual({ from: Date.parse('2026-11-30T23:00:00Z'), until: Date.parse('2026-12-31T23:00:00Z') });
  });

  it('steps from month to month across the years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-03', -15)).toBe('2024-12');
    expect(dayOf('2026-10-31T22:30:00Z', PARIS)).toBe('2026-10-31');
  });
});

describe("the mentor's month: weights and totals", () => {
  // October 2026 in Paris: 31 days, and the clocks go back an hour on the 25th (02:30 happens twice).
  const october = [
    session('s1', 'stu-a', '2026-09-30T22:30:00Z', 'completed'), // 1 Oct 00:30
    session('s2', 'stu-a', '2026-09-30T21:30:00Z', 'completed'), // 30 Sep 23:30: September
    session('s3', 'stu-b', '2026-10-25T00:30:00Z', 'student_absent'), // the first 02:30, summer time
    session('s4', 'stu-c', '2026-10-25T01:30:00Z', 'completed'), // the second 02:30, winter time
    session('s5', 'stu-b', '2026-10-31T22:30:00Z', 'late_canceled'), // 31 Oct 23:30
    session('s6', 'stu-a', '2026-10-31T23:15:00Z', 'completed'), // 1 Nov 00:15: November
    session('s7', 'stu-a', '2026-10-12T16:00:00Z', 'canceled', 'student'),
    session('s8', 'stu-a', '2026-10-13T16:00:00Z', 'canceled', 'mentor'),
  ];

  it('weighs each session by its status: whole when held, the no-show rate when the student lost it, nothing when canceled ahead', () => {
    const month = statementOf('2026-10', october);
    expect(month.lines.map((line) => [line.sessionId, line.status, line.weight])).toEqual([
      ['s1', 'completed', 1],
      ['s7', 'canceled', 0],
      ['s8', 'canceled', 0],
      ['s3', 'student-absent', 0.5],
      ['s4', 'completed', 1],
      ['s5', 'late-canceled', 0.5],
    ]);
    // Written with the offset of each instant: both 02:30s of the 25th, and the last day's 23:30.
    expect(month.lines.map((line) => line.start)).toEqual([
      '2026-10-01T00:30:00+02:00',
      '2026-10-12T18:00:00+02:00',
      '2026-10-13T18:00:00+02:00',
      '2026-10-25T02:30:00+02:00',
      '2026-10-25T02:30:00+01:00',
      '2026-10-31T23:30:00+01:00',
    ]);
    expect(month.lines.map((line) => line.canceledBy)).toEqual([null, 'student', 'mentor', null, null, null]);
  });

  it('totals the units and the amounts, each line rounded once so the lines add up to the total', () => {
    const month = statementOf('2026-10', october);
    expect(month.totals.counts).toMatchObject({ completed: 2, 'student-absent': 1, 'late-canceled': 1, canceled: 2, moved: 0 });
    expect(month.totals.units).toBe(3);
    // Awa 40.00 + Bruno 2 × 16.25 (half of 32.50); Chloé's completed session has no rate.
    expect(month.lines.map((line) => line.amountMinor)).toEqual([4000, 0, 0, 1625, null, 1625]);
    expect(month.totals.amountMinor).toBe(7250);
    expect(month.totals.unpricedUnits).toBe(1);
    expect(month.currency).toBe('EUR');
    expect(month.currencyDigits).toBe(2);
  });

  it('gives each student their own figures, by name', () => {
    const month = statementOf('2026-10', october);
    expect(month.students.map((s) => [s.studentName, s.category, s.units, s.amountMinor, s.noShows])).toEqual([
      ['Awa Diallo', 'Funded', 1, 4000, 0],
      ['Bruno Keller', 'Self-funded', 1, 3250, 2],
      ['Chloé Martin', null, 1, null, 0],
    ]);
    expect(month.students[0]!.counts).toMatchObject({ completed: 1, canceled: 2 });
  });

  it('pays a no-show at the policy’s rate, whatever it is', () => {
    const month = statementOf('2026-10', october, { noShowWeight: 0.3 });
    expect(month.totals.units).toBeCloseTo(2.6, 10);
    // 32.50 × 30% = 9.75 for each of Bruno's two.
    expect(month.totals.amountMinor).toBe(4000 + 975 + 975);
  });

  it('holds a month with a 31st whole: a session at 23:30 on the last day is in it, one at midnight after is not', () => {
    const december = [
      session('d1', 'stu-a', '2026-11-30T23:00:00Z', 'completed'), // 1 Dec 00:00
      session('d2', 'stu-a', '2026-12-31T22:30:00Z', 'completed'), // 31 Dec 23:30
      session('d3', 'stu-a', '2026-12-31T23:00:00Z', 'completed'), // 1 Jan 00:00
    ];
    expect(statementOf('2026-12', december).lines.map((line) => [line.sessionId, line.start])).toEqual([
      ['d1', '2026-12-01T00:00:00+01:00'],
      ['d2', '2026-12-31T23:30:00+01:00'],
    ]);
    expect(statementOf('2027-01', december).lines.map((line) => line.sessionId)).toEqual(['d3']);
    expect(statementOf('2026-12', december).totals.amountMinor).toBe(8000);
  });

  it('holds a month whose clocks go forward whole, to its 31st: March 2027 in Paris, 23:00 on the 31st in, midnight after out', () => {
    // Summer time starts on 28 March 2027: 02:00 becomes 03:00, so the month is an hour short.
    expect(monthSpan('2027-03', PARIS)).toEqual({ from: Date.parse('2027-02-28T23:00:00Z'), until: Date.parse('2027-03-31T22:00:00Z') });
    const march = [
      session('m1', 'stu-a', '2027-02-28T23:00:00Z', 'completed'), // 1 Mar 00:00, winter time
      session('m2', 'stu-b', '2027-03-28T00:30:00Z', 'student_absent'), // 28 Mar 01:30, before the change
      session('m3', 'stu-b', '2027-03-28T01:30:00Z', 'late_canceled'), // 28 Mar 03:30, just after it
      session('m4', 'stu-a', '2027-03-31T21:00:00Z', 'completed'), // 31 Mar 23:00, summer time
      session('m5', 'stu-a', '2027-03-31T22:00:00Z', 'completed'), // 1 Apr 00:00: April
    ];
    const now = Date.parse('2027-04-10T12:00:00Z');
    const month = statementOf('2027-03', march, { now });
    expect(month.lines.map((line) => [line.sessionId, line.start, line.weight])).toEqual([
      ['m1', '2027-03-01T00:00:00+01:00', 1],
      ['m2', '2027-03-28T01:30:00+01:00', 0.5],
      ['m3', '2027-03-28T03:30:00+02:00', 0.5],
      ['m4', '2027-03-31T23:00:00+02:00', 1],
    ]);
    // Awa 2 × 40.00, Bruno 2 × 16.25.
    expect(month.totals).toMatchObject({ units: 3, amountMinor: 8000 + 1625 + 1625 });
    expect(statementOf('2027-04', march, { now }).lines.map((line) => line.sessionId)).toEqual(['m5']);
  });

  it('lists a session over with no status as to settle, late once its day is over; one to come as planned; neither is paid yet', () => {
    const now = Date.parse('2026-12-07T15:00:00Z'); // 16:00 in Paris
    const sessions = [
      session('p1', 'stu-a', '2026-12-05T17:00:00Z', 'pending'), // two days ago
      session('p2', 'stu-b', '2026-12-07T09:00:00Z', 'pending'), // this morning
      session('p3', 'stu-a', '2026-12-07T14:30:00Z', 'pending'), // under way (50 min)
      session('p4', 'stu-a', '2026-12-20T17:00:00Z', 'pending'),
    ];
    const month = statementOf('2026-12', sessions, { now });
    expect(month.lines.map((line) => [line.sessionId, line.status, line.overdue, line.weight, line.amountMinor])).toEqual([
      ['p1', 'to-settle', true, null, null],
      ['p2', 'to-settle', false, null, null],
      ['p3', 'planned', false, null, null],
      ['p4', 'planned', false, null, null],
    ]);
    expect(month.totals).toMatchObject({ units: 0, amountMinor: null, overdue: 1, unpricedUnits: 0 });
    // A call the mentor ended is over, whatever its planned end says.
    const ended = statementOf('2026-12', sessions, { now, endedCallSessionIds: new Set(['p3']) });
    expect(ended.lines.find((line) => line.sessionId === 'p3')?.status).toBe('to-settle');
  });

  it('shows a session moved to another month where it was planned, paying nothing there; moved within the month, once at its new date', () => {
    const sessions = [
      session('m1', 'stu-a', '2027-01-05T17:00:00Z', 'pending'),
      session('m2', 'stu-b', '2026-12-10T17:00:00Z', 'completed'),
    ];
    const moves = new Map([
      ['m1', [{ from: '2026-12-28T17:00:00Z' }]],
      ['m2', [{ from: '2026-12-03T17:00:00Z' }]],
    ]);
    const december = statementOf('2026-12', sessions, { moves, now: Date.parse('2026-12-30T12:00:00Z') });
    expect(december.lines.map((line) => [line.sessionId, line.status, line.start, line.movedTo, line.weight])).toEqual([
      ['m2', 'completed', '2026-12-10T18:00:00+01:00', null, 1],
      ['m1', 'moved', '2026-12-28T18:00:00+01:00', '2027-01-05T18:00:00+01:00', 0],
    ]);
    expect(december.totals.counts.moved).toBe(1);
    const january = statementOf('2027-01', sessions, { moves, now: Date.parse('2026-12-30T12:00:00Z') });
    expect(january.lines.map((line) => [line.sessionId, line.status])).toEqual([['m1', 'planned']]);
  });

  it('carries where the platform differs, and counts it', () => {
    const month = statementOf('2026-10', october, { platform: new Map([['s3', 'pending']]) });
    expect(month.lines.find((line) => line.sessionId === 's3')?.platform).toBe('pending');
    expect(month.lines.filter((line) => line.platform !== null)).toHaveLength(1);
    expect(month.totals.differing).toBe(1);
  });

  it('shows units only, no amount, without rates', () => {
    const month = statementOf('2026-10', october, { rates: { currency: null, categories: [], studentCategories: {} } });
    expect(month.totals.units).toBe(3);
    expect(month.totals.amountMinor).toBeNull();
    expect(month.students.every((student) => student.amountMinor === null)).toBe(true);
  });

  it('keeps a currency without decimals whole: the yen', () => {
    const month = statementOf('2026-10', october, {
      rates: { ...RATES, currency: 'JPY', categories: [{ id: 'self', name: 'Self-funded', rate: 5001 }] },
    });
    expect(month.currencyDigits).toBe(0);
    // Half of 5001 yen, rounded once per line.
    expect(month.lines.filter((line) => line.studentId === 'stu-b').map((line) => line.amountMinor)).toEqual([2501, 2501]);
  });
});

describe('no-shows in a row', () => {
  const sessions = [
    // Awa: absent in November, a planned absence, then a late cancellation in December: two in a row.
    session('a1', 'stu-a', '2026-11-24T17:00:00Z', 'student_absent'),
    session('a2', 'stu-a', '2026-12-01T17:00:00Z', 'canceled', 'student'),
    session('a3', 'stu-a', '2026-12-08T17:00:00Z', 'late_canceled'),
    // Bruno: absent, held, absent: never two in a row.
    session('b1', 'stu-b', '2026-12-02T17:00:00Z', 'student_absent'),
    session('b2', 'stu-b', '2026-12-09T17:00:00Z', 'completed'),
    session('b3', 'stu-b', '2026-12-16T17:00:00Z', 'student_absent'),
    // Chloé: three in a row.
    session('c1', 'stu-c', '2026-12-03T17:00:00Z', 'student_absent'),
    session('c2', 'stu-c', '2026-12-10T17:00:00Z', 'student_absent'),
    session('c3', 'stu-c', '2026-12-17T17:00:00Z', 'student_absent'),
  ];

  it('flags two in a row, counting from the month before; a planned absence neither breaks nor lengthens a run', () => {
    const month = statementOf('2026-12', sessions);
    expect(month.students.map((s) => [s.studentName, s.noShows, s.noShowRun, s.flagged])).toEqual([
      ['Awa Diallo', 1, 2, true],
      ['Bruno Keller', 2, 1, false],
      ['Chloé Martin', 3, 3, true],
    ]);
  });

  it('looks at no later month: November alone has one', () => {
    const awa = sessions.filter((s) => s.studentId === 'stu-a');
    expect(longestNoShowRun(awa, monthSpan('2026-11', PARIS))).toBe(1);
    expect(longestNoShowRun(awa, monthSpan('2026-12', PARIS))).toBe(2);
    expect(statementOf('2026-11', sessions).students[0]).toMatchObject({ noShows: 1, flagged: false });
  });
});
