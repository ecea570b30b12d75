import { describe, expect, it } from 'vitest';
import { presenceLine } from '@/components/call-panel/presence-line';
import { observePresence, settlePresence, type CallPresence, type PresenceSnapshot } from '@/utils/core/session/call-presence';
import type { CallGlance } from '@/utils/protocol/ui-to-background';
import { aLiveSession, iso, T0 } from './support/platform-records';

const MIN = 60_000;
const glance: CallGlance = { studentFirstName: 'Awa', plannedMinutes: 45, phases: [], scheduledStart: iso(T0), sessionId: 'sess-1' };
const alone: PresenceSnapshot = { others: 'no', count: 0 };
const withStudent: PresenceSnapshot = { others: 'yes', count: 1 };

/** The call's session as the background sends it: the mentor in since 2 minutes before the start, the readings settled. */
function liveWith(readings: [number, PresenceSnapshot][], settledAt: number) {
  let presence: CallPresence | undefined;
  for (const [at, snapshot] of readings) presence = observePresence(presence, snapshot, T0 + at);
  return { ...aLiveSession(), startedAt: T0 - 2 * MIN, presence: settlePresence(presence!, T0 + settledAt) };
}
const time = (at: number) => new Date(at).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });

describe('the strip’s line on who came', () => {
  it('waits for the student by name, the minutes counted from the scheduled start', () => {
    const live = liveWith([[-2 * MIN, alone]], 0);
    expect(presenceLine(live, glance, T0 - MIN)).toBe('Waiting for Awa');
    expect(presenceLine(live, glance, T0 + 7 * MIN + 30_000)).toBe('Waiting for Awa · 7 min');
  });

  it('says when the student joined and how late, once the background settled it', () => {
    const live = liveWith([[-2 * MIN, alone], [7 * MIN + 10_000, withStudent]], 8 * MIN);
    expect(presenceLine(live, glance, T0 + 8 * MIN)).toBe(`Awa joined ${time(T0 + 7 * MIN + 10_000)} · 7 min late`);
    const onTime = liveWith([[-2 * MIN, alone], [-MIN, withStudent]], 0);
    expect(presenceLine(onTime, glance, T0)).toBe(`Awa joined ${time(T0 - MIN)} · on time`);
  });

  it('claims no lateness for a student already there when the mentor came', () => {
    const live = liveWith([[5 * MIN, withStudent]], 6 * MIN);
    expect(presenceLine(live, glance, T0 + 6 * MIN)).toBe('Awa was in the call before you');
  });

  it('says nothing where the page could not tell, with no student named, or once the session ended', () => {
    expect(presenceLine(liveWith([[0, { others: 'unknown', count: 0 }]], 20 * MIN), glance, T0 + 20 * MIN)).toBe('');
    const live = liveWith([[-2 * MIN, alone]], 0);
    expect(presenceLine(live, { ...glance, studentFirstName: null }, T0 + 5 * MIN)).toBe('');
    expect(presenceLine({ ...live, endedAt: T0 + 10 * MIN }, glance, T0 + 11 * MIN)).toBe('');
  });
});
