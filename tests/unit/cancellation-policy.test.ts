import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTENDANCE_POLICY, type AttendancePolicy } from '@/utils/core/policy/attendance-policy';
import { cancellationVerdict, noShowVerdict, type CancellationReason, type CancelledBy } from '@/utils/core/policy/cancellation-policy';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
// A Thursday 18:00 call in Paris, away from any clock change.
const START = '2026-11-05T18:00:00+01:00';
const START_MS = Date.UTC(2026, 10, 5, 17, 0);

function verdict(
  noticeMs: number,
  options: { by?: CancelledBy; reason?: CancellationReason; earlierAbsences?: string[]; policy?: AttendancePolicy } = {},
) {
  return cancellationVerdict({
    scheduledStart: START,
    cancelledAt: START_MS - noticeMs,
    by: options.by ?? 'student',
    reason: options.reason ?? 'illness',
    policy: options.policy ?? DEFAULT_ATTENDANCE_POLICY,
    earlierAbsences: options.earlierAbsences ?? [],
  });
}

describe('cancellationVerdict by the student', () => {
  it.each([
    ['a week ahead', 'canceled', 7 * DAY_MS],
    ['exactly 24 h ahead', 'canceled', 24 * HOUR_MS],
    ['24 h less 1 ms ahead', 'late_canceled', 24 * HOUR_MS - 1],
    ['an hour ahead', 'late_canceled', HOUR_MS],
    ['at the very start', 'late_canceled', 0],
  ] as const)('%s is %s', (_, status, noticeMs) => {
    const planned = status === 'canceled';
    expect(verdict(noticeMs)).toEqual({
      status,
      noticeHours: noticeMs / HOUR_MS,
      billable: !planned,
      payRate: planned ? 0 : 0.5,
      warnings: [],
    });
  });

  it.each([
    ['a millisecond', 1],
    ['half an hour', HOUR_MS / 2],
  ])('treats a cancellation %s after the start as a no-show, and says so', (_, lateMs) => {
    expect(verdict(-lateMs)).toEqual({
      status: 'late_canceled',
      noticeHours: -lateMs / HOUR_MS,
      billable: true,
      payRate: 0.5,
      warnings: [{ kind: 'after-start' }],
    });
  });

  it.each([
    ['49 h', false, 49 * HOUR_MS],
    ['exactly 48 h', false, 48 * HOUR_MS],
    ['48 h less 1 ms', true, 48 * HOUR_MS - 1],
    ['30 h', true, 30 * HOUR_MS],
    ['2 h', true, 2 * HOUR_MS],
  ])('with %s of notice for unfinished work, warns the mentor: %s', (_, warned, noticeMs) => {
    const { warnings } = verdict(noticeMs, { reason: 'unfinished-work' });
    expect(warnings).toEqual(warned ? [{ kind: 'unfinished-work-short-notice', noticeHours: noticeMs / HOUR_MS, requiredHours: 48 }] : []);
  });

  it('keeps a 30-hour notice for unfinished work a planned absence, with the warning', () => {
    const result = verdict(30 * HOUR_MS, { reason: 'unfinished-work' });
    expect(result.status).toBe('canceled');
    expect(result.billable).toBe(false);
  });

  it.each(['illness', 'work-or-family', 'technical', 'other'] as const)('does not ask 48 h of notice for %s', (reason) => {
    expect(verdict(30 * HOUR_MS, { reason }).warnings).toEqual([]);
  });

  it('gives every warning that applies to an unfinished-work cancellation after the start', () => {
    expect(verdict(-HOUR_MS, { reason: 'unfinished-work' }).warnings).toEqual([
      { kind: 'after-start' },
      { kind: 'unfinished-work-short-notice', noticeHours: -1, requiredHours: 48 },
    ]);
  });

  it('pays the rate the mentor set for a late cancellation', () => {
    const policy = { ...DEFAULT_ATTENDANCE_POLICY, noShowPayRate: 0.3 };
    expect(verdict(HOUR_MS, { policy })).toMatchObject({ billable: true, payRate: 0.3 });
  });

  it('follows a shorter notice the mentor set', () => {
    const policy = { ...DEFAULT_ATTENDANCE_POLICY, lateCancelHours: 12 };
    expect(verdict(12 * HOUR_MS, { policy }).status).toBe('canceled');
    expect(verdict(12 * HOUR_MS - 1, { policy }).status).toBe('late_canceled');
  });
});

describe('cancellationVerdict for frequent absences', () => {
  const cancelledAt = START_MS - 3 * DAY_MS;
  const daysBefore = (days: number, ms = 0) => new Date(cancelledAt - days * DAY_MS - ms).toISOString();
  const warningOf = (earlierAbsences: string[], noticeMs = 3 * DAY_MS) =>
    verdict(noticeMs, { earlierAbsences }).warnings.filter((w) => w.kind === 'frequent-absences');

  it.each([
    ['no earlier absence', [], []],
    ['one earlier absence', [daysBefore(10)], []],
    ['two earlier absences within 60 days', [daysBefore(10), daysBefore(40)], [3]],
    ['one of them exactly 60 days before', [daysBefore(10), daysBefore(60)], [3]],
    ['one of them 60 days and 1 ms before', [daysBefore(10), daysBefore(60, 1)], []],
    ['three within 60 days', [daysBefore(1), daysBefore(20), daysBefore(59)], [4]],
    ['one at the same instant, a second session cancelled at once', [daysBefore(0), daysBefore(30)], [3]],
    ['one recorded after this cancellation', [daysBefore(10), daysBefore(0, -1)], []],
  ])('with %s', (_, earlier, counts) => {
    expect(warningOf(earlier)).toEqual(counts.map((count) => ({ kind: 'frequent-absences', count, withinDays: 60 })));
  });

  it('reads earlier absences written in any zone', () => {
    const tenDays = cancelledAt - 10 * DAY_MS;
    const inParis = new Date(tenDays + 2 * HOUR_MS).toISOString().replace('Z', '+02:00');
    const inMontreal = new Date(cancelledAt - 60 * DAY_MS - 4 * HOUR_MS).toISOString().replace('Z', '-04:00');
    expect(warningOf([inParis, inMontreal])).toEqual([{ kind: 'frequent-absences', count: 3, withinDays: 60 }]);
  });

  it('counts this absence even when it comes too late', () => {
    const result = verdict(HOUR_MS, { earlierAbsences: [daysBefore(10), daysBefore(40)] });
    expect(result.status).toBe('late_canceled');
    expect(result.warnings).toEqual([{ kind: 'frequent-absences', count: 3, withinDays: 60 }]);
  });

  it('follows the count and the window the mentor set', () => {
    const policy = { ...DEFAULT_ATTENDANCE_POLICY, frequentAbsences: { count: 2, withinDays: 30 } };
    const warnings = (days: number) => verdict(3 * DAY_MS, { policy, earlierAbsences: [daysBefore(days)] }).warnings;
    expect(warnings(30)).toEqual([{ kind: 'frequent-absences', count: 2, withinDays: 30 }]);
    expect(warnings(31)).toEqual([]);
  });
});

describe('cancellationVerdict by the mentor', () => {
  const frequent = [new Date(START_MS - 5 * DAY_MS).toISOString(), new Date(START_MS - 9 * DAY_MS).toISOString()];

  it.each([
    ['a week ahead', 7 * DAY_MS],
    ['24 h less 1 ms ahead', 24 * HOUR_MS - 1],
    ['an hour ahead', HOUR_MS],
    ['after the start', -HOUR_MS],
  ])('is a plain cancellation the student owes nothing for, %s', (_, noticeMs) => {
    expect(verdict(noticeMs, { by: 'mentor', reason: 'unfinished-work', earlierAbsences: frequent })).toEqual({
      status: 'canceled',
      noticeHours: noticeMs / HOUR_MS,
      billable: false,
      payRate: 0,
      warnings: [],
    });
  });
});

describe('cancellationVerdict across time zones and clock changes', () => {
  const judge = (scheduledStart: string, cancelledAt: string) =>
    cancellationVerdict({
      scheduledStart,
      cancelledAt: Date.parse(cancelledAt),
      by: 'student',
      reason: 'illness',
      policy: DEFAULT_ATTENDANCE_POLICY,
      earlierAbsences: [],
    });

  // Paris falls back from 03:00 to 02:00 on Sunday 25 October 2026: that day lasts 25 hours.
  it.each([
    ['the wall clocks 24 h apart, 25 real hours', '2026-10-24T18:00:00+02:00', 25, 'canceled'],
    ['the wall clocks 23 h apart, exactly 24 real hours', '2026-10-24T19:00:00+02:00', 24, 'canceled'],
    ['the wall clocks 23.5 h apart, 24.5 real hours', '2026-10-24T18:30:00+02:00', 24.5, 'canceled'],
    ['the wall clocks 23 h apart less 1 ms', '2026-10-24T19:00:00.001+02:00', 24 - 1 / HOUR_MS, 'late_canceled'],
  ])('over the Paris autumn change, %s', (_, cancelledAt, noticeHours, status) => {
    const result = judge('2026-10-25T18:00:00+01:00', cancelledAt);
    expect(result.status).toBe(status);
    expect(result.noticeHours).toBeCloseTo(noticeHours, 9);
  });

  // Paris springs forward from 02:00 to 03:00 on Sunday 29 March 2026: that day lasts 23 hours.
  it.each([
    ['the wall clocks 25 h apart, exactly 24 real hours', '2026-03-28T17:00:00+01:00', 24, 'canceled'],
    ['the wall clocks 24 h apart, 23 real hours', '2026-03-28T18:00:00+01:00', 23, 'late_canceled'],
  ])('over the Paris spring change, %s', (_, cancelledAt, noticeHours, status) => {
    const result = judge('2026-03-29T18:00:00+02:00', cancelledAt);
    expect(result).toMatchObject({ status, noticeHours });
  });

  // The same Thursday call, 18:00 in Paris, written as each side may write it.
  it.each([
    ['Paris time', '2026-07-02T18:00:00+02:00'],
    ['UTC', '2026-07-02T16:00:00Z'],
    ['Montreal time', '2026-07-02T12:00:00-04:00'],
  ])('judges a start written in %s on the same real notice', (_, start) => {
    expect(judge(start, '2026-07-01T16:00:00Z')).toMatchObject({ status: 'canceled', noticeHours: 24 });
    expect(judge(start, '2026-07-01T12:00:00.001-04:00')).toMatchObject({ status: 'late_canceled', billable: true });
    expect(judge(start, '2026-07-01T18:00:00+02:00')).toMatchObject({ status: 'canceled', billable: false });
  });

  it('refuses a start without an offset, which would be read in the machine zone', () => {
    expect(() => judge('2026-07-02T18:00:00', '2026-07-01T16:00:00Z')).toThrow(RangeError);
  });
});

describe('noShowVerdict', () => {
  it('marks the student absent, paid at the no-show rate', () => {
    expect(noShowVerdict(DEFAULT_ATTENDANCE_POLICY)).toEqual({
      status: 'student_absent',
      noticeHours: 0,
      billable: true,
      payRate: 0.5,
      warnings: [],
    });
  });

  it('pays the rate the mentor set', () => {
    expect(noShowVerdict({ ...DEFAULT_ATTENDANCE_POLICY, noShowPayRate: 0.25 }).payRate).toBe(0.25);
  });
});
