import { describe, expect, it } from 'vitest';
import { formatClock, formatTimeOfDay } from '../../utils/format-duration';

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [65_000, '1:05'],
    [-65_000, '1:05'],
    [50 * 60_000, '50:00'],
    [3_729_000, '1:02:09'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  it('counts time left up to the next second, so elapsed and left add up', () => {
    expect(formatClock(599_500, 'up')).toBe('10:00');
    expect(formatClock(500, 'down')).toBe('0:00');
    expect(formatClock(59_001, 'up')).toBe('1:00');
  });
});

describe('formatTimeOfDay', () => {
  it('follows the language', () => {
    const at = new Date(2026, 10, 30, 14, 5).getTime();
    expect(formatTimeOfDay(at, 'fr')).toBe('14:05');
    expect(formatTimeOfDay(at, 'en-US')).toMatch(/^2:05\sPM$/);
  });
});
