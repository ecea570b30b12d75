import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ATTENDANCE_POLICY,
  lateLimitMinutes,
  readAttendancePolicy,
  type AttendancePolicy,
} from '@/utils/core/policy/attendance-policy';

describe('DEFAULT_ATTENDANCE_POLICY', () => {
  it("holds the school's figures: 15 minutes late, 50% pay, 24 h and 48 h notice, 3 absences in 60 days", () => {
    expect(DEFAULT_ATTENDANCE_POLICY).toEqual({
      lateLimit: { kind: 'minutes', minutes: 15 },
      noShowPayRate: 0.5,
      lateCancelHours: 24,
      unfinishedWorkNoticeHours: 48,
      frequentAbsences: { count: 3, withinDays: 60 },
    });
  });
});

describe('readAttendancePolicy', () => {
  const saved: AttendancePolicy = {
    lateLimit: { kind: 'third-of-session' },
    noShowPayRate: 0.3,
    lateCancelHours: 12,
    unfinishedWorkNoticeHours: 72,
    frequentAbsences: { count: 4, withinDays: 90 },
  };

  it('keeps a policy the mentor saved', () => {
    expect(readAttendancePolicy(saved)).toEqual(saved);
  });

  it('keeps a fixed late limit the mentor chose', () => {
    expect(readAttendancePolicy({ lateLimit: { kind: 'minutes', minutes: 10 } }).lateLimit).toEqual({
      kind: 'minutes',
      minutes: 10,
    });
  });

  it.each([
    ['nothing saved yet', undefined],
    ['null', null],
    ['a string', '<script>alert(1)</script>'],
    ['a number', 42],
    ['an array', [saved]],
    ['an empty object', {}],
    ['fields of the wrong types', { lateLimit: 'third', noShowPayRate: '0.3', lateCancelHours: true, frequentAbsences: [] }],
    ['numbers that are not finite', { noShowPayRate: NaN, lateCancelHours: Infinity, unfinishedWorkNoticeHours: -Infinity }],
    ['an unknown late limit kind', { lateLimit: { kind: 'half-of-session' } }],
    ['a minutes late limit without minutes', { lateLimit: { kind: 'minutes' } }],
    ['a counter without a count', { frequentAbsences: { withinDays: 'sixty' } }],
  ])('falls back to the defaults for %s', (_, stored) => {
    expect(readAttendancePolicy(stored)).toEqual(DEFAULT_ATTENDANCE_POLICY);
  });

  it('falls back field by field, keeping the good values', () => {
    const policy = readAttendancePolicy({ ...saved, noShowPayRate: 'half', frequentAbsences: { count: 5, withinDays: null } });
    expect(policy).toEqual({ ...saved, noShowPayRate: 0.5, frequentAbsences: { count: 5, withinDays: 60 } });
  });

  it('ignores inherited fields', () => {
    expect(readAttendancePolicy(Object.create({ lateCancelHours: 2 }))).toEqual(DEFAULT_ATTENDANCE_POLICY);
  });

  it.each<[string, object, Partial<AttendancePolicy>]>([
    ['a late limit of 0 minutes', { lateLimit: { kind: 'minutes', minutes: 0 } }, { lateLimit: { kind: 'minutes', minutes: 1 } }],
    ['a late limit of 3 hours', { lateLimit: { kind: 'minutes', minutes: 180 } }, { lateLimit: { kind: 'minutes', minutes: 120 } }],
    ['a late limit of 12.4 minutes', { lateLimit: { kind: 'minutes', minutes: 12.4 } }, { lateLimit: { kind: 'minutes', minutes: 12 } }],
    ['a pay rate above 100%', { noShowPayRate: 1.5 }, { noShowPayRate: 1 }],
    ['a negative pay rate', { noShowPayRate: -0.2 }, { noShowPayRate: 0 }],
    ['a notice of 0 hours', { lateCancelHours: 0 }, { lateCancelHours: 1 }],
    ['a notice of a month', { unfinishedWorkNoticeHours: 720 }, { unfinishedWorkNoticeHours: 336 }],
    [
      'a pattern of a single absence',
      { frequentAbsences: { count: 1, withinDays: 60 } },
      { frequentAbsences: { count: 2, withinDays: 60 } },
    ],
    ['a pattern over two years', { frequentAbsences: { count: 3, withinDays: 730 } }, { frequentAbsences: { count: 3, withinDays: 365 } }],
    ['a pattern over a day', { frequentAbsences: { count: 50, withinDays: 1 } }, { frequentAbsences: { count: 20, withinDays: 7 } }],
  ])('brings %s back into range', (_, stored, expected) => {
    expect(readAttendancePolicy(stored)).toEqual({ ...DEFAULT_ATTENDANCE_POLICY, ...expected });
  });
});

describe('lateLimitMinutes', () => {
  const third: AttendancePolicy = { ...DEFAULT_ATTENDANCE_POLICY, lateLimit: { kind: 'third-of-session' } };

  it.each([
    [45, 15],
    [50, 16],
    [60, 20],
    [10, 3],
  ])('allows a third of a %i-minute call: %i minutes', (planned, limit) => {
    expect(lateLimitMinutes(third, planned)).toBe(limit);
  });

  it('allows the fixed limit whatever the length of the call', () => {
    expect(lateLimitMinutes(DEFAULT_ATTENDANCE_POLICY, 45)).toBe(15);
    expect(lateLimitMinutes(DEFAULT_ATTENDANCE_POLICY, 60)).toBe(15);
  });
});
