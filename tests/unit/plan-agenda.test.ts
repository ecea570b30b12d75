import { describe, expect, it } from 'vitest';
import { planAgenda, splitWhole } from '@/utils/core/agenda/plan-agenda';
import { DEFAULT_KIND_AGENDAS } from '@/utils/core/agenda/session-kinds';

const weekly = DEFAULT_KIND_AGENDAS.weekly;
const minutes = (planned: number, phases = weekly) => planAgenda(planned, phases).map((p) => p.minutes);
const withShares = (...shares: number[]) => weekly.map((phase, index) => ({ ...phase, share: shares[index]! }));

describe('planAgenda', () => {
  it.each([
    [50, [10, 30, 10]],
    [45, [9, 27, 9]],
    [30, [6, 18, 6]],
    [60, [12, 36, 12]],
    [47, [10, 28, 9]],
  ])('splits a %i-minute weekly call into %j', (planned, expected) => {
    expect(minutes(planned)).toEqual(expected);
  });

  it('keeps the phases in order, each with its name and its own copy of its checklist', () => {
    const plan = planAgenda(50, weekly);
    expect(plan.map((p) => [p.key, p.name])).toEqual([
      ['check-in', 'phaseCheckIn'],
      ['progress', 'phaseProgress'],
      ['goals', 'phaseGoals'],
    ]);
    expect(plan[2]!.checklist.map((item) => item.id)).toEqual(['goals.set-work', 'goals.fit-time', 'goals.next-date']);
    plan[2]!.checklist[0] = { id: 'goals.changed', text: 'changed' };
    expect(weekly[2]!.checklist[0]!.id).toBe('goals.set-work');
  });

  it('follows the shares the mentor chose', () => {
    expect(minutes(60, withShares(8, 67, 25))).toEqual([5, 40, 15]);
    expect(minutes(30, withShares(10, 65, 25))).toEqual([3, 20, 7]);
  });

  it('always adds up to the planned length', () => {
    for (let planned = 10; planned <= 240; planned++) {
      for (const phases of [...Object.values(DEFAULT_KIND_AGENDAS), withShares(7, 80, 13)]) {
        expect(minutes(planned, phases).reduce((a, b) => a + b, 0)).toBe(planned);
      }
    }
  });
});

describe('splitWhole', () => {
  it('gives a tie to the earlier part, exactly (no rounding error decides it)', () => {
    expect(splitWhole(30, [15, 20, 30, 15, 20])).toEqual([5, 6, 9, 4, 6]);
    expect(splitWhole(100, [5, 40, 15])).toEqual([8, 67, 25]);
  });
});
