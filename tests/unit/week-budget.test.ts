import { describe, expect, it } from 'vitest';
import { weekBudget } from '@/utils/core/workspace/week-budget';

const goals = (...minutes: number[]) => minutes.map((estimatedMinutes) => ({ estimatedMinutes }));

describe('next week’s time budget', () => {
  it.each([
    ['the usual hours, nothing planned', null, 10, [], { available: 600, planned: 0, left: 600, over: false }],
    ['the usual hours, part planned', null, 10, [90, 120], { available: 600, planned: 210, left: 390, over: false }],
    ['this week’s hours win over the usual', 4, 10, [90, 120], { available: 240, planned: 210, left: 30, over: false }],
    ['exactly full is not over', 3.5, 10, [90, 120], { available: 210, planned: 210, left: 0, over: false }],
    ['more work than time', 2, 10, [90, 120], { available: 120, planned: 210, left: -90, over: true }],
    ['no time at all this week', 0, 10, [30], { available: 0, planned: 30, left: -30, over: true }],
    ['half hours count', null, 7.5, [], { available: 450, planned: 0, left: 450, over: false }],
  ])('%s', (_, hoursThisWeek, weeklyHours, estimates, expected) => {
    expect(weekBudget({ hoursThisWeek }, { weeklyHours }, goals(...estimates))).toEqual(expected);
  });

  it('reads the usual hours when there is no plan yet', () => {
    expect(weekBudget(null, { weeklyHours: 6 }, goals(60)).left).toBe(300);
  });
});
