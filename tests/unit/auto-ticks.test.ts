import { describe, expect, it } from 'vitest';
import { doneChecklistItems, newlyDone, type WorkDone } from '@/utils/core/agenda/auto-ticks';
import { anAssignment, iso, T0 } from './support/platform-records';

const reviewed = anAssignment({ id: 'a1', review: { outcome: 'done', note: '', sessionId: 'sess-1', at: iso(T0) } });
const work = (overrides: Partial<WorkDone> = {}): WorkDone => ({
  sessionId: 'sess-1',
  review: [anAssignment({ id: 'a1' })],
  goals: [],
  nextSessionFixed: false,
  ...overrides,
});

describe('checklist items that tick themselves', () => {
  it('are done when the work says so: all reviewed, next week’s work set, the date fixed', () => {
    expect(doneChecklistItems(work())).toEqual([]);
    // Nothing to review is not "each assignment reviewed": the mentor says so by hand.
    expect(doneChecklistItems(work({ review: [] }))).toEqual([]);
    expect(doneChecklistItems(work({ review: [reviewed], goals: [anAssignment({ id: 'g1' })], nextSessionFixed: true }))).toEqual([
      'progress.each-assignment',
      'goals.set-work',
      'goals.next-date',
    ]);
  });

  it('tick only as they become done, so an item the mentor unticked stays unticked', () => {
    expect(newlyDone(work(), work({ nextSessionFixed: true }))).toEqual(['goals.next-date']);
    expect(newlyDone(work({ nextSessionFixed: true }), work({ nextSessionFixed: true, goals: [anAssignment()] }))).toEqual([
      'goals.set-work',
    ]);
    expect(newlyDone(null, work({ nextSessionFixed: true }))).toEqual(['goals.next-date']);
  });
});
