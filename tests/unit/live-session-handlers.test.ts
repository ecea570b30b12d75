import { beforeEach, describe, expect, it } from 'vitest';
import { computeAgendaClock } from '@/utils/core/agenda/agenda-clock';
import type { CallGlance } from '@/utils/protocol/ui-to-background';
import { END_UNDO_GRACE_MS, END_UNDO_MS, type LiveSession } from '@/utils/core/session/live-session';
import { DEFAULT_AGENDA_SETTINGS, readAgendaSettings, type AgendaSettings } from '@/utils/core/agenda/agenda-settings';
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
    // Held last week: the sessions here are weekly ones.
    await background.db.put('sessions', aSession({ id: 'sess-0', start: iso(T0 - 7 * 86_400_000), status: 'completed' }));
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
    settings = readAgendaSettings({ plannedMinutes: 50, weights: { 'check-in': 7, progress: 31, goals: 11 } });
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
    settings = { ...DEFAULT_AGENDA_SETTINGS, plannedMinutes: 55 };
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

describe('undoing the end of a session ended by hand', () => {
  let now: number;
  let background: TestBackground;

  beforeEach(async () => {
    now = T0;
    background = await testBackground({ now: () => now, settings: () => DEFAULT_AGENDA_SETTINGS });
    await background.db.put('students', aStudent());
    await background.db.put('sessions', aSession({ id: 'sess-0', start: iso(T0 - 7 * 86_400_000), status: 'completed' }));
    await background.db.put('sessions', aSession({ start: iso(T0) }));
  });

  const ask = (message: unknown) => background.route(message, FROM_MEET);
  const value = async (message: unknown) => {
    const reply = await ask(message);
    if (!reply.ok) throw new Error(reply.error.code);
    return reply.value as LiveSession;
  };
  /** A call joined at T0, moved to the progress phase at 10 min, ended by hand at 20 min. */
  const endedByHand = async () => {
    const { id } = await value({ type: 'live-session/join-call', meetingCode: CODE });
    now = T0 + 10 * MIN;
    await value({ type: 'live-session/go-to-phase', sessionId: id, index: 1 });
    now = T0 + 20 * MIN;
    return value({ type: 'live-session/end', sessionId: id });
  };

  it('runs the session again on the same clock and phase, the seconds in between counted', async () => {
    const ended = await endedByHand();
    now += END_UNDO_MS - 1_000;
    const resumed = await value({ type: 'live-session/resume', sessionId: ended.id });
    expect(resumed).toMatchObject({ id: ended.id, endedAt: null, endReason: null, phaseChanges: ended.phaseChanges });
    const clock = computeAgendaClock(resumed, T0 + 21 * MIN);
    expect(clock.current.key).toBe('progress');
    expect(clock.current.spentMs).toBe(11 * MIN);
    expect(clock.elapsedMs).toBe(21 * MIN);
    expect(background.notified.at(-1)).toBe(ended.id);
    expect(await background.store.forCall(CODE, now)).toMatchObject({ id: ended.id, endedAt: null });
  });

  it('still takes an undo that lands late through a waking worker, not once the grace is over', async () => {
    const ended = await endedByHand();
    now += END_UNDO_GRACE_MS - 1;
    expect(await ask({ type: 'live-session/resume', sessionId: ended.id })).toMatchObject({ ok: true });
    await value({ type: 'live-session/end', sessionId: ended.id });
    now += END_UNDO_GRACE_MS;
    expect(await ask({ type: 'live-session/resume', sessionId: ended.id })).toEqual({
      ok: false,
      error: { code: 'read-only', detail: 'too-late' },
    });
    expect((await background.store.get(ended.id))?.endReason).toBe('mentor');
  });

  it('does not reopen a session Meet ended, nor one still running', async () => {
    const { id } = await value({ type: 'live-session/join-call', meetingCode: CODE });
    const running = await ask({ type: 'live-session/resume', sessionId: id });
    expect(running).toEqual({ ok: false, error: { code: 'read-only', detail: 'not-ended-by-hand' } });
    now += 30 * MIN;
    await value({ type: 'live-session/call-ended', meetingCode: CODE });
    now += 5_000;
    expect(await ask({ type: 'live-session/resume', sessionId: id })).toEqual({
      ok: false,
      error: { code: 'read-only', detail: 'not-ended-by-hand' },
    });
  });

  it('does not bring back a session once a new one was started for the call', async () => {
    const ended = await endedByHand();
    now += 2_000;
    const fresh = await value({ type: 'live-session/start', meetingCode: CODE });
    expect(fresh.id).not.toBe(ended.id);
    expect(await ask({ type: 'live-session/resume', sessionId: ended.id })).toEqual({
      ok: false,
      error: { code: 'read-only', detail: 'superseded' },
    });
    expect(await background.store.forCall(CODE, now)).toMatchObject({ id: fresh.id, endedAt: null });
  });

  it('does not bring back a session whose scheduled session is no longer pending', async () => {
    const ended = await endedByHand();
    await background.db.put('sessions', aSession({ start: iso(T0), status: 'completed' }));
    expect(await ask({ type: 'live-session/resume', sessionId: ended.id })).toEqual({
      ok: false,
      error: { code: 'read-only', detail: 'session-closed' },
    });
  });

  it('says so for a session that does not exist', async () => {
    expect(await ask({ type: 'live-session/resume', sessionId: crypto.randomUUID() })).toEqual({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('the call at a glance', () => {
  let now: number;
  let background: TestBackground;

  beforeEach(async () => {
    now = T0;
    background = await testBackground({ now: () => now, settings: () => DEFAULT_AGENDA_SETTINGS });
    await background.db.put('students', aStudent({ name: '  Jean-Pierre   de la Tour' }));
  });

  const glance = async (meetingCode: string | null, liveSessionId: string | null, sender: object = FROM_MEET) => {
    const reply = await background.route({ type: 'live-session/glance', meetingCode, liveSessionId }, sender as never);
    if (!reply.ok) throw new Error(reply.error.code);
    return reply.value as CallGlance | null;
  };
  const join = async () => {
    const reply = await background.route({ type: 'live-session/join-call', meetingCode: CODE }, FROM_MEET);
    return (reply as { value: LiveSession }).value;
  };

  it('in the lobby, names the student and shows the agenda joining will run', async () => {
    await background.db.put('sessions', aSession({ plannedMinutes: 30, start: iso(T0 + 3 * MIN) }));
    const seen = await glance(CODE, null);
    expect(seen).toMatchObject({
      studentFirstName: 'Jean-Pierre',
      plannedMinutes: 30,
      scheduledStart: iso(T0 + 3 * MIN),
      sessionId: 'sess-1',
      presence: null,
    });
    // The student's first session: its agenda, as joining will run it.
    expect(seen!.phases.map((phase) => [phase.key, phase.minutes])).toEqual([
      ['introductions', 5],
      ['how-weeks-run', 6],
      ['path-and-project', 9],
      ['free-time', 4],
      ['first-goals', 6],
    ]);
    const joined = await join();
    expect({ plannedMinutes: joined.plannedMinutes, phases: joined.phases }).toEqual({
      plannedMinutes: seen!.plannedMinutes,
      phases: seen!.phases,
    });
  });

  it('in the lobby of a call Cadence finds no session for, shows the usual agenda and no one', async () => {
    expect(await glance(CODE, null)).toMatchObject({ studentFirstName: null, plannedMinutes: 50, scheduledStart: null, sessionId: null });
  });

  it('in the call, keeps to the agenda the call runs, even when the schedule changed since', async () => {
    await background.db.put('sessions', aSession({ plannedMinutes: 45, start: iso(T0) }));
    const live = await join();
    await background.db.put('sessions', aSession({ plannedMinutes: 60, start: iso(T0) }));
    now += 20 * MIN;
    const expected = { studentFirstName: 'Jean-Pierre', plannedMinutes: 45, phases: live.phases, sessionId: 'sess-1' };
    expect(await glance(CODE, live.id)).toMatchObject(expected);
    // Back in the lobby after a reload: joining resumes that call, so it is the one shown.
    expect(await glance(CODE, null)).toMatchObject(expected);
    // The side panel asks by the live session alone.
    expect(await glance(null, live.id, FROM_SIDE_PANEL)).toMatchObject(expected);
  });

  it('names the student of a call that started before its session was known, as the session’s work links it', async () => {
    const live = await join();
    expect(live.sessionId).toBeNull();
    await background.db.put('sessions', aSession({ plannedMinutes: 30, start: iso(T0 + 5 * MIN) }));
    expect(await glance(CODE, live.id)).toMatchObject({ studentFirstName: 'Jean-Pierre', plannedMinutes: 50, sessionId: 'sess-1' });
  });

  it('says a session lost or cancelled asks for no report, and nothing of the kind while it is held', async () => {
    await background.db.put('sessions', aSession({ start: iso(T0) }));
    const live = await join();
    expect(await glance(CODE, live.id)).toMatchObject({ noReport: null });
    await background.db.put('sessions', aSession({ start: iso(T0), status: 'student_absent' }));
    expect(await glance(CODE, live.id)).toMatchObject({ noReport: 'Student absent: no report to write' });
    for (const status of ['canceled', 'late_canceled'] as const) {
      await background.db.put('sessions', aSession({ start: iso(T0), status }));
      expect(await glance(CODE, live.id)).toMatchObject({ noReport: 'Session canceled: no report to write' });
    }
    // A report sent is no loss: nothing to say instead of it.
    await background.db.put('sessions', aSession({ start: iso(T0), status: 'completed' }));
    expect(await glance(CODE, live.id)).toMatchObject({ noReport: null });
  });

  it('has nothing to say with no call, or about a session that does not exist', async () => {
    expect(await glance(null, null)).toBeNull();
    expect(await glance(null, crypto.randomUUID())).toBeNull();
  });
});
