import { beforeEach, describe, expect, it } from 'vitest';
import type { LiveSession } from '../../utils/session/live-session';
import { DEFAULT_AGENDA_SETTINGS, type AgendaSettings } from '../../utils/settings/agenda-settings';
import { aSession, aStudent, iso, T0 } from './support/platform-records';
import { FROM_MEET, FROM_SIDE_PANEL, testBackground, type TestBackground } from './support/test-router';

const MIN = 60_000;
const CODE = 'abc-defg-hij';

describe('the agenda of the session being held', () => {
  let now: number;
  let settings: AgendaSettings;
  let background: TestBackground;

  beforeEach(async () => {
    now = T0;
    settings = DEFAULT_AGENDA_SETTINGS;
    background = await testBackground({ now: () => now, settings: () => settings });
    await background.db.put('students', aStudent());
  });

  const ask = async <T>(message: unknown, sender: object = FROM_MEET): Promise<T> => {
    const reply = await background.route(message, sender as never);
    if (!reply.ok) throw new Error(reply.error.code);
    return reply.value as T;
  };
  const join = () => ask<LiveSession>({ type: 'live-session/join-call', meetingCode: CODE });
  const minutes = (session: LiveSession) => session.phases.map((phase) => phase.minutes);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  it.each([
    [30, [6, 18, 6]],
    [45, [9, 27, 9]],
    [60, [12, 36, 12]],
  ])('a %i-minute session runs a %i-minute agenda, not the usual 50', async (length, split) => {
    await background.db.put('sessions', aSession({ plannedMinutes: length, start: iso(T0 + 2 * MIN) }));
    const session = await join();
    expect(session.plannedMinutes).toBe(length);
    expect(minutes(session)).toEqual(split);
    expect(session.sessionId).toBe('sess-1');
  });

  it.each([30, 45, 60])('a %i-minute session split by uneven weights still adds up to its length', async (length) => {
    settings = { plannedMinutes: 50, weights: { 'check-in': 7, progress: 31, goals: 11 } };
    await background.db.put('sessions', aSession({ plannedMinutes: length, start: iso(T0) }));
    const session = await join();
    expect(sum(minutes(session))).toBe(length);
    expect(minutes(session)[1]).toBeGreaterThan(minutes(session)[0]!);
  });

  it('plans a session started by hand from the side panel on the session found at that moment', async () => {
    await background.db.put('sessions', aSession({ plannedMinutes: 30, start: iso(T0 + 5 * MIN), meetingUrl: null }));
    const session = await ask<LiveSession>({ type: 'live-session/start', meetingCode: null }, FROM_SIDE_PANEL);
    expect(session).toMatchObject({ plannedMinutes: 30, sessionId: 'sess-1' });
    expect(sum(minutes(session))).toBe(30);
  });

  it('uses the usual length from the options when no session is found for the call', async () => {
    // Two days away and on another link: not this call.
    await background.db.put(
      'sessions',
      aSession({ plannedMinutes: 30, start: iso(T0 + 2 * 86_400_000), meetingUrl: 'https://meet.google.com/xyz-abcd-efg' }),
    );
    settings = { plannedMinutes: 55, weights: DEFAULT_AGENDA_SETTINGS.weights };
    const session = await join();
    expect(session).toMatchObject({ plannedMinutes: 55, sessionId: null });
    expect(sum(minutes(session))).toBe(55);
  });

  it('keeps the agenda a call started with when it is rejoined, whatever the schedule says since', async () => {
    await background.db.put('sessions', aSession({ plannedMinutes: 45, start: iso(T0) }));
    const first = await join();
    await background.db.put('sessions', aSession({ plannedMinutes: 60, start: iso(T0) }));
    now += 10 * MIN;
    expect(await join()).toMatchObject({ id: first.id, plannedMinutes: 45 });
  });
});
