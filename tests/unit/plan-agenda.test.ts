import { describe, expect, it } from 'vitest';
import { DEFAULT_PHASE_WEIGHTS } from '@/utils/core/agenda/phases';
import { planAgenda } from '@/utils/core/agenda/plan-agenda';

const minutes = (planned: number, weights = DEFAULT_PHASE_WEIGHTS) => planAgenda(planned, weights).map((p) => p.minutes);

describe('planAgenda', () => {
  it.each([
    [50, [10, 30, 10]],
    [45, [9, 27, 9]],
    [30, [6, 18, 6]],
    [60, [12, 36, 12]],
    [47, [10, 28, 9]],
  ])('splits a %i-minute call into %j', (planned, expected) => {
    expect(minutes(planned)).toEqual(expected);
  });

  it('keeps the phases in order with their keys', () => {
    expect(planAgenda(50, DEFAULT_PHASE_WEIGHTS).map((p) => p.key)).toEqual(['check-in', 'progress', 'goals']);
  });

  it('follows a split the mentor chose', () => {
    expect(minutes(60, { 'check-in': 5, progress: 40, goals: 15 })).toEqual([5, 40, 15]);
    expect(minutes(30, { 'check-in': 5, progress: 40, goals: 15 })).toEqual([3, 20, 7]);
  });

  it('always adds up to the planned length', () => {
    for (let planned = 10; planned <= 240; planned++) {
      for (const weights of [DEFAULT_PHASE_WEIGHTS, { 'check-in': 7, progress: 11, goals: 13 }]) {
        const split = minutes(planned, weights);
        expect(split.reduce((a, b) => a + b, 0)).toBe(planned);
      }
    }
  });
});
