import { describe, expect, it } from 'vitest';
import { computeAgendaClock } from '@/utils/core/agenda/agenda-clock';
import { agendaShape, sameShape, shapeHoldsFor } from '@/utils/core/agenda/agenda-shape';
import { endLiveSession } from '@/utils/core/session/live-session';
import { aLiveSession as fresh, T0 } from './support/platform-records';

const MIN = 60_000;

describe('when the agenda next changes its shape', () => {
  /** Walks the clock second by second and notes each moment the shape changed. */
  const changes = (until: number) => {
    const seen: number[] = [];
    let last = agendaShape(computeAgendaClock(fresh(), T0));
    for (let at = T0; at <= T0 + until; at += 1_000) {
      const shape = agendaShape(computeAgendaClock(fresh(), at));
      if (!sameShape(shape, last)) seen.push(at - T0);
      last = shape;
    }
    return seen;
  };

  it('at the phase’s last two minutes, its end and its overtime; nothing in between', () => {
    const at = (ms: number) => shapeHoldsFor(computeAgendaClock(fresh(), T0 + ms));
    // A 10-minute check-in: the warning at 8:00, the move on at 10:00, overtime a moment later.
    expect(at(0)).toBe(8 * MIN);
    expect(at(3 * MIN + 500)).toBe(5 * MIN - 500);
    expect(at(8 * MIN)).toBe(2 * MIN);
    expect(at(10 * MIN)).toBe(1);
    // In overtime, only the whole session running over is left to come.
    expect(at(10 * MIN + 1)).toBe(40 * MIN);
  });

  it('never lets a change of shape go by: each one falls on a moment it announced', () => {
    const announced = new Set<number>();
    for (let at = 0; at <= 52 * MIN;) {
      const holds = shapeHoldsFor(computeAgendaClock(fresh(), T0 + at));
      if (!Number.isFinite(holds)) break;
      at += holds;
      announced.add(Math.ceil(at / 1_000) * 1_000);
    }
    for (const change of changes(52 * MIN)) expect(announced).toContain(change);
  });

  it('holds for good once the session has ended', () => {
    expect(shapeHoldsFor(computeAgendaClock(endLiveSession(fresh(), 'mentor', T0 + MIN), T0 + 2 * MIN))).toBe(Infinity);
  });
});
