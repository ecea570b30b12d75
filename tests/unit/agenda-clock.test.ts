import { describe, expect, it } from 'vitest';
import { computeAgendaClock } from '@/utils/core/agenda/agenda-clock';
import { endLiveSession, goToPhase } from '@/utils/core/session/live-session';
import { aLiveSession as fresh, T0 } from './support/platform-records';

const MIN = 60_000;

describe('computeAgendaClock', () => {
  it('runs the check-in first, with its time elapsed and left', () => {
    const clock = computeAgendaClock(fresh(), T0 + 3 * MIN + 12_000);
    expect(clock.currentIndex).toBe(0);
    expect(clock.current.spentMs).toBe(3 * MIN + 12_000);
    expect(clock.current.remainingMs).toBe(6 * MIN + 48_000);
    expect(clock.phases.map((p) => p.status)).toEqual(['current', 'upcoming', 'upcoming']);
    expect(clock.elapsedMs).toBe(3 * MIN + 12_000);
    expect(clock.remainingMs).toBe(46 * MIN + 48_000);
    expect(clock.plannedEndAt).toBe(T0 + 50 * MIN);
  });

  it.each([
    [7 * MIN + 59_999, false, false],
    [8 * MIN, true, false],
    [9 * MIN + 59_999, true, false],
    [10 * MIN, false, false],
    [10 * MIN + 1, false, true],
  ])('at %i ms into a 10-minute phase: warning %s, overtime %s', (at, warning, overtime) => {
    const { current } = computeAgendaClock(fresh(), T0 + at);
    expect(current.warning).toBe(warning);
    expect(current.overtime).toBe(overtime);
  });

  it('suggests moving on once the phase time is up, never on the last phase', () => {
    expect(computeAgendaClock(fresh(), T0 + 9 * MIN).suggestNext).toBe(false);
    expect(computeAgendaClock(fresh(), T0 + 10 * MIN).suggestNext).toBe(true);
    let session = goToPhase(fresh(), 2, T0 + 5 * MIN);
    expect(computeAgendaClock(session, T0 + 20 * MIN).current.overtime).toBe(true);
    expect(computeAgendaClock(session, T0 + 20 * MIN).suggestNext).toBe(false);
    session = goToPhase(session, 1, T0 + 21 * MIN);
    expect(computeAgendaClock(session, T0 + 22 * MIN).suggestNext).toBe(false);
  });

  it('adds up every visit to a phase when the mentor goes back', () => {
    let session = goToPhase(fresh(), 1, T0 + 8 * MIN);
    session = goToPhase(session, 0, T0 + 20 * MIN);
    session = goToPhase(session, 1, T0 + 21 * MIN);
    const clock = computeAgendaClock(session, T0 + 25 * MIN);
    expect(clock.phases[0]!.spentMs).toBe(9 * MIN);
    expect(clock.phases[1]!.spentMs).toBe(16 * MIN);
    expect(clock.phases.map((p) => p.status)).toEqual(['done', 'current', 'upcoming']);
  });

  it('shows the whole session in overtime past its planned end', () => {
    const clock = computeAgendaClock(fresh(), T0 + 53 * MIN);
    expect(clock.overtime).toBe(true);
    expect(clock.remainingMs).toBe(-3 * MIN);
  });

  it('stops the clock when the session ends', () => {
    const ended = endLiveSession(fresh(), 'mentor', T0 + 42 * MIN);
    const clock = computeAgendaClock(ended, T0 + 90 * MIN);
    expect(clock.elapsedMs).toBe(42 * MIN);
    expect(clock.ended).toBe(true);
    expect(clock.suggestNext).toBe(false);
  });

  it('never runs backwards when the computer clock is behind the start', () => {
    const clock = computeAgendaClock(fresh(), T0 - 5 * MIN);
    expect(clock.elapsedMs).toBe(0);
    expect(clock.current.spentMs).toBe(0);
  });

  it('gives the same time for the same instant, however often it is asked', () => {
    const session = goToPhase(fresh(), 1, T0 + 11 * MIN);
    expect(computeAgendaClock(session, T0 + 30 * MIN)).toEqual(computeAgendaClock(structuredClone(session), T0 + 30 * MIN));
  });
});
