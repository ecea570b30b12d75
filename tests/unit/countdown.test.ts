import { describe, expect, it } from 'vitest';
import { countdown } from '@/utils/core/overview/countdown';

const NOW = Date.UTC(2026, 10, 30, 12, 0);
const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('countdown to a session', () => {
  it.each([
    ['2 h 15 min ahead', 2 * HOUR + 15 * MIN, { kind: 'in', hours: 2, minutes: 15 }],
    ['5 min ahead', 5 * MIN, { kind: 'in', hours: 0, minutes: 5 }],
    ['3 h ahead, to the minute', 3 * HOUR, { kind: 'in', hours: 3, minutes: 0 }],
    ['to the nearest minute (2 h 14 min 40 s)', 2 * HOUR + 14 * MIN + 40 * SEC, { kind: 'in', hours: 2, minutes: 15 }],
    ['just over a minute', MIN + 10 * SEC, { kind: 'in', hours: 0, minutes: 1 }],
    ['23 h 59 min ahead', DAY - MIN, { kind: 'in', hours: 23, minutes: 59 }],
    ['a few seconds short of a day: rounds to a day', DAY - 20 * SEC, { kind: 'in-days', days: 1 }],
    ['a day ahead', DAY, { kind: 'in-days', days: 1 }],
    ['35 h ahead', 35 * HOUR, { kind: 'in-days', days: 1 }],
    ['36 h ahead: the nearer whole day is 2', 36 * HOUR, { kind: 'in-days', days: 2 }],
    ['3 days ahead', 3 * DAY, { kind: 'in-days', days: 3 }],
    ['3 days and 5 h ahead', 3 * DAY + 5 * HOUR, { kind: 'in-days', days: 3 }],
    ['exactly now', 0, { kind: 'now' }],
    ['59 s ahead', 59 * SEC, { kind: 'now' }],
    ['59 s ago', -59 * SEC, { kind: 'now' }],
    ['5 min ago', -5 * MIN, { kind: 'started', hours: 0, minutes: 5 }],
    ['1 h ago', -HOUR, { kind: 'started', hours: 1, minutes: 0 }],
    ['1 h 20 min ago', -(HOUR + 20 * MIN), { kind: 'started', hours: 1, minutes: 20 }],
  ])('%s', (_, offset, expected) => {
    expect(countdown(NOW + offset, NOW)).toEqual(expected);
  });
});
