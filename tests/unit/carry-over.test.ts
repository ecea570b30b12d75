import { describe, expect, it } from 'vitest';
import { canGiveAgain, carryOver, givenAgainAs, workLines } from '@/utils/core/review/carry-over';
import type { Outcome } from '@/utils/core/review/assignment';
import { anAssignment, iso, T0 } from './support/platform-records';

const reviewed = (outcome: Outcome) => ({ outcome, note: 'stuck on align-items', sessionId: 'sess-1', at: iso(T0) });

describe('giving work again', () => {
  it('is offered only for work not done or done with difficulties', () => {
    expect(canGiveAgain(anAssignment())).toBe(false);
    expect(canGiveAgain(anAssignment({ review: reviewed('done') }))).toBe(false);
    expect(canGiveAgain(anAssignment({ review: reviewed('aced') }))).toBe(false);
    expect(canGiveAgain(anAssignment({ review: reviewed('difficulties') }))).toBe(true);
    expect(canGiveAgain(anAssignment({ review: reviewed('not-done') }))).toBe(true);
  });

  it('keeps what the work is, starts its review afresh, and counts the times from the first', () => {
    const first = anAssignment({ id: 'a1', review: reviewed('not-done') });
    const second = carryOver(first, { sessionId: 'sess-1', id: 'a2', order: 4, now: iso(T0) });
    expect(second).toMatchObject({
      id: 'a2',
      setInSessionId: 'sess-1',
      title: first.title,
      exerciseId: 'ex-01',
      skills: ['CSS flexbox'],
      order: 4,
      review: null,
      carriedOver: { fromId: 'a1', firstId: 'a1', times: 2 },
    });
    const third = carryOver({ ...second, review: reviewed('difficulties') }, { sessionId: 'sess-2', id: 'a3', order: 1, now: iso(T0) });
    expect(third.carriedOver).toEqual({ fromId: 'a2', firstId: 'a1', times: 3 });
    expect(givenAgainAs(first, [anAssignment({ id: 'other' }), second])).toBe(second);
    expect(givenAgainAs(second, [second])).toBeNull();
  });

  it('shows work given several times as one line, its times oldest first, lines in the order met', () => {
    const first = anAssignment({ id: 'a1', review: reviewed('not-done') });
    const second = carryOver(first, { sessionId: 'sess-1', id: 'a2', order: 1, now: iso(T0) });
    const other = anAssignment({ id: 'b1', title: 'Grid course' });
    expect(workLines([second, other, first]).map((line) => line.map((a) => a.id))).toEqual([['a1', 'a2'], ['b1']]);
  });
});
