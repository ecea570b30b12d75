import { describe, expect, it } from 'vitest';
import { decideOnJoin, endLiveSession, goToPhase, REJOIN_GRACE_MS, setChecked } from '@/utils/core/session/live-session';
import { aLiveSession as session, T0 } from './support/platform-records';

describe('decideOnJoin', () => {
  const endedBy = (reason: 'call-ended' | 'mentor', at: number) => endLiveSession(session(), reason, at);
  it.each([
    ['no session yet', undefined, T0, 'start'],
    ['an open session', session(), T0 + 3_600_000, 'resume'],
    ['a call dropped 5 minutes ago', endedBy('call-ended', T0 + 20 * 60_000), T0 + 25 * 60_000, 'reopen'],
    ['a call left at the end of the grace', endedBy('call-ended', T0), T0 + REJOIN_GRACE_MS, 'reopen'],
    ['last week on the same link', endedBy('call-ended', T0), T0 + 7 * 86_400_000, 'start'],
    ['a session ended by hand just now', endedBy('mentor', T0 + 40 * 60_000), T0 + 41 * 60_000, 'wait'],
    ['a session ended by hand long ago', endedBy('mentor', T0), T0 + REJOIN_GRACE_MS + 1, 'start'],
  ] as const)('%s → %s', (_, latest, now, decision) => {
    expect(decideOnJoin(latest, now)).toBe(decision);
  });
});

describe('session changes', () => {
  it('moves between phases within the agenda only', () => {
    expect(goToPhase(session(), 5, T0 + 1).phaseChanges.at(-1)).toEqual({ index: 2, at: T0 + 1 });
    expect(goToPhase(session(), -1, T0 + 1)).toEqual(session());
  });

  it('never records a phase change before the previous one', () => {
    const moved = goToPhase(goToPhase(session(), 1, T0 + 60_000), 2, T0 + 1_000);
    expect(moved.phaseChanges.at(-1)).toEqual({ index: 2, at: T0 + 60_000 });
  });

  it('does not move an ended session', () => {
    const ended = endLiveSession(session(), 'mentor', T0 + 1_000);
    expect(goToPhase(ended, 1, T0 + 2_000)).toBe(ended);
  });

  it('ticks and unticks checklist items once each', () => {
    const ticked = setChecked(setChecked(session(), 'check-in.keep-short', true, T0), 'check-in.keep-short', true, T0);
    expect(ticked.checked).toEqual(['check-in.keep-short']);
    expect(setChecked(ticked, 'check-in.keep-short', false, T0).checked).toEqual([]);
  });

  it('keeps the first end of a session', () => {
    const ended = endLiveSession(session(), 'call-ended', T0 + 1_000);
    expect(endLiveSession(ended, 'mentor', T0 + 5_000)).toBe(ended);
  });
});
