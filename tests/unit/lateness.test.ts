import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTENDANCE_POLICY, type AttendancePolicy } from '@/utils/core/policy/attendance-policy';
import { lateness } from '@/utils/core/policy/lateness';

const MINUTE_MS = 60_000;
// A Thursday 18:00 call in Paris.
const START = '2026-10-29T18:00:00+01:00';
const START_MS = Date.UTC(2026, 9, 29, 17, 0);
const third: AttendancePolicy = { ...DEFAULT_ATTENDANCE_POLICY, lateLimit: { kind: 'third-of-session' } };

const at = (ms: number, policy = DEFAULT_ATTENDANCE_POLICY, plannedMinutes = 50) =>
  lateness({ scheduledStart: START, plannedMinutes, now: START_MS + ms, policy });

describe('lateness', () => {
  it.each([
    ['an hour before the start', 0, false, -60 * MINUTE_MS],
    ['a millisecond before the start', 0, false, -1],
    ['at the start', 0, false, 0],
    ['59.999 s in', 0, false, MINUTE_MS - 1],
    ['one minute in', 1, false, MINUTE_MS],
    ['14:59.999 in', 14, false, 15 * MINUTE_MS - 1],
    ['exactly 15:00 in', 15, false, 15 * MINUTE_MS],
    ['15:00.001 in', 15, true, 15 * MINUTE_MS + 1],
    ['16 minutes in', 16, true, 16 * MINUTE_MS],
  ])('with the 15-minute rule, %s: %i minutes late, a no-show? %s', (_, minutesLate, pastLimit, offset) => {
    expect(at(offset)).toEqual({ minutesLate, limitMinutes: 15, pastLimit, noShowAt: START_MS + 15 * MINUTE_MS });
  });

  it.each([
    [45, 15, '15:00', false, 15 * MINUTE_MS],
    [45, 15, '15:00.001', true, 15 * MINUTE_MS + 1],
    [50, 16, '15:00.001', false, 15 * MINUTE_MS + 1],
    [50, 16, '16:00', false, 16 * MINUTE_MS],
    [50, 16, '16:00.001', true, 16 * MINUTE_MS + 1],
  ])('allows a third of a %i-minute call, %i minutes: %s late is a no-show? %s', (planned, limit, _, pastLimit, offset) => {
    const late = at(offset, third, planned);
    expect(late.limitMinutes).toBe(limit);
    expect(late.pastLimit).toBe(pastLimit);
    expect(late.noShowAt).toBe(START_MS + limit * MINUTE_MS);
  });

  it.each([
    ['Paris time', '2026-10-29T18:00:00+01:00'],
    ['UTC', '2026-10-29T17:00:00Z'],
    ['Montreal time', '2026-10-29T13:00:00-04:00'],
  ])('reads the same start written in %s', (_, scheduledStart) => {
    const now = START_MS + 15 * MINUTE_MS + 1;
    expect(lateness({ scheduledStart, plannedMinutes: 50, now, policy: DEFAULT_ATTENDANCE_POLICY })).toEqual(at(15 * MINUTE_MS + 1));
  });

  it('refuses a start without an offset, which would be read in the machine zone', () => {
    expect(() =>
      lateness({ scheduledStart: '2026-10-29T18:00:00', plannedMinutes: 50, now: START_MS, policy: DEFAULT_ATTENDANCE_POLICY }),
    ).toThrow(RangeError);
  });
});
