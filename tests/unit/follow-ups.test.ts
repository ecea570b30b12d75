import { describe, expect, it } from 'vitest';
import { BADGE_ALARM, createFollowUps, NOTIFICATION, REMINDER_ALARM_PREFIX } from '@/utils/background/calls/follow-ups';
import { type CadenceDb, openCadenceDb } from '@/utils/background/db/cadence-db';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { DEFAULT_ATTENDANCE_POLICY } from '@/utils/core/policy/attendance-policy';
import { beforeSessionKey, DEFAULT_REMINDER_SETTINGS, notHereKey, type ReminderSettings } from '@/utils/core/reminders/reminder-plan';
import { emptyReportFields, type ReportDraft } from '@/utils/core/report/report-draft';
import type { WeekOverview } from '@/utils/core/overview/week-overview';
import { aLiveSession, anOutboxItem, aSession, aStudent, iso } from './support/platform-records';
import { observePresence } from '@/utils/core/session/call-presence';

const MIN = 60_000;

/** An instant on this computer's clock, like the daily reminder's hour: `local(30, 9)` is 09:00 on 30 November 2026. */
const local = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes).getTime();
const MORNING = local(30, 9);

/** A session of Awa's starting at `start`, 50 minutes long. */
const sessionAt = (id: string, start: number, overrides: Partial<Session> = {}) => aSession({ id, start: iso(start), ...overrides });

const reminderAlarm = (session: Session) => `${REMINDER_ALARM_PREFIX}${beforeSessionKey(session)}`;
const dailyAlarm = (day: string) => `${REMINDER_ALARM_PREFIX}reports:${day}`;

function anEndedReport(sessionId: string): ReportDraft {
  return {
    ...emptyReportFields(),
    summary: 'Went through the flexbox exercise.',
    sessionId,
    studentId: 'stu-1',
    revision: 1,
    savedAt: MORNING,
    ended: { at: MORNING, revision: 1, correction: false },
    sent: null,
  };
}

interface Shown {
  id: string;
  title: string;
  message: string;
  button?: string;
}

/**
 * The follow-ups over a real database, with the browser's alarms as a map
 * (an alarm goes away once it fires, as the browser's one-shot alarms do),
 * notifications and badge counts recorded, and a clock the test moves.
 */
async function setUp(options: { sessions?: Session[]; settings?: ReminderSettings } = {}) {
  const db: CadenceDb = await openCadenceDb();
  await db.put('students', aStudent());
  await db.put('students', aStudent({ id: 'stu-2', name: 'Ben Okafor' }));
  for (const session of options.sessions ?? []) await db.put('sessions', session);
  let now = MORNING;
  let settings = options.settings ?? DEFAULT_REMINDER_SETTINGS;
  const alarms = new Map<string, number>();
  const shown: Shown[] = [];
  const badges: number[] = [];
  const callsOpen = new Set<string>();
  const kept: unknown[] = [];
  const start = () =>
    createFollowUps({
      db: async () => db,
      now: () => now,
      settings: async () => settings,
      policy: async () => DEFAULT_ATTENDANCE_POLICY,
      inCall: async (code) => callsOpen.has(code),
      alarms: {
        getAll: async () => [...alarms].map(([name, scheduledTime]) => ({ name, scheduledTime })),
        create: (name, { when }) => void alarms.set(name, when),
        clear: async (name) => alarms.delete(name),
      },
      notify: async (id, notification) => void shown.push({ id, ...notification }),
      setBadge: async (count) => void badges.push(count),
      keepOverview: async (overview) => void kept.push(overview),
    });
  const followUps = start();
  return {
    db,
    alarms,
    shown,
    badges,
    /** The week kept for the popup's first paint, the latest last. */
    kept: kept as WeekOverview[],
    followUps,
    /** The service worker stopped and started again: new follow-ups, same database. */
    restart: start,
    /** The mentor has this call open in a tab (or not). */
    callsOpen,
    setNow: (time: number) => void (now = time),
    setSettings: (next: ReminderSettings) => void (settings = next),
    /** The browser delivers an alarm: it leaves the list, then the background hears of it. */
    fire: async (name: string, followUps_ = followUps) => {
      alarms.delete(name);
      await followUps_.onAlarm(name);
    },
  };
}

describe('"not here yet"', () => {
  it('tells a mentor waiting in the call, three minutes before the no-show limit, and nobody else', async () => {
    const session = sessionAt('sess-1', local(30, 10));
    const { followUps, fire, shown, callsOpen, setNow } = await setUp({ sessions: [session] });
    await followUps.schedule();
    setNow(Date.parse(session.start) + 12 * 60_000);
    await fire(`${REMINDER_ALARM_PREFIX}${notHereKey(session)}`);
    expect(shown.filter((s) => s.id.startsWith(NOTIFICATION.notHere))).toEqual([]);

    const other = sessionAt('sess-2', local(30, 16));
    const second = await setUp({ sessions: [other] });
    second.callsOpen.add('abc-defg-hij');
    await second.followUps.schedule();
    second.setNow(Date.parse(other.start) + 12 * 60_000);
    await second.fire(`${REMINDER_ALARM_PREFIX}${notHereKey(other)}`);
    expect(second.shown).toEqual([expect.objectContaining({ id: `${NOTIFICATION.notHere}sess-2`, title: 'Awa Diallo is not here yet' })]);
    expect(callsOpen.size).toBe(0);
  });
});

describe('"not here yet" from who the call shows', () => {
  const start = local(30, 10);
  /** The mentor waiting in the call since two minutes before the start, and what Meet's page showed. */
  const waitingIn = async (readings: [number, 'yes' | 'no'][]) => {
    const session = sessionAt('sess-1', start);
    const setup = await setUp({ sessions: [session] });
    setup.callsOpen.add('abc-defg-hij');
    let presence: ReturnType<typeof observePresence> | undefined;
    for (const [at, others] of readings) presence = observePresence(presence, { others, count: others === 'yes' ? 1 : 0 }, at);
    await setup.db.put('liveSessions', { ...aLiveSession(), startedAt: start - 2 * MIN, sessionId: 'sess-1', presence });
    await setup.followUps.schedule();
    setup.setNow(start + 12 * MIN);
    await setup.fire(`${REMINDER_ALARM_PREFIX}${notHereKey(session)}`);
    return setup.shown.filter((s) => s.id.startsWith(NOTIFICATION.notHere));
  };

  it('says how long the mentor has waited when the page showed nobody else join', async () => {
    const [shown] = await waitingIn([[start - 2 * MIN, 'no']]);
    expect(shown?.message).toContain('You have waited 14 min and nobody else has joined the call');
  });

  it('says nothing once the student came, even if they dropped since', async () => {
    expect(
      await waitingIn([
        [start - 2 * MIN, 'no'],
        [start + 5 * MIN, 'yes'],
        [start + 8 * MIN, 'no'],
      ]),
    ).toEqual([]);
  });
});

describe('scheduling the reminders', () => {
  it('sets one alarm per reminder to come, at its time', async () => {
    const first = sessionAt('sess-1', local(30, 10));
    const second = sessionAt('sess-2', local(30, 15), { studentId: 'stu-2' });
    const canceled = sessionAt('sess-3', local(30, 12), { status: 'canceled' });
    const { alarms, followUps } = await setUp({ sessions: [first, second, canceled] });
    await followUps.schedule();
    const reminders = [...alarms].filter(([name]) => name.startsWith(REMINDER_ALARM_PREFIX));
    expect(new Map(reminders)).toEqual(
      new Map([
        [reminderAlarm(first), local(30, 9, 45)],
        [reminderAlarm(second), local(30, 14, 45)],
        [dailyAlarm('2026-11-30'), local(30, 18)],
        // Three minutes before each no-show limit (15 minutes late).
        [`${REMINDER_ALARM_PREFIX}${notHereKey(first)}`, local(30, 10, 12)],
        [`${REMINDER_ALARM_PREFIX}${notHereKey(second)}`, local(30, 15, 12)],
      ]),
    );
  });

  it('clears the alarm of a session cancelled since, and moves the one of a session rescheduled', async () => {
    const kept = sessionAt('sess-1', local(30, 10));
    const canceled = sessionAt('sess-2', local(30, 11));
    const moved = sessionAt('sess-3', local(30, 12));
    const { db, alarms, followUps } = await setUp({ sessions: [kept, canceled, moved] });
    await followUps.schedule();
    alarms.set('cadence-sync-pull', MORNING + 15 * MIN);
    await db.put('sessions', { ...canceled, status: 'canceled' });
    const later = { ...moved, start: iso(local(31, 12)) };
    await db.put('sessions', later);
    await followUps.schedule();
    expect(alarms.has(reminderAlarm(kept))).toBe(true);
    expect(alarms.has(reminderAlarm(canceled))).toBe(false);
    expect(alarms.has(reminderAlarm(moved))).toBe(false);
    expect(alarms.get(reminderAlarm(later))).toBe(local(31, 11, 45));
    // Someone else's alarm is left alone.
    expect(alarms.has('cadence-sync-pull')).toBe(true);
  });

  it('moves the alarms already set when the mentor changes the minutes before and the daily hour', async () => {
    const session = sessionAt('sess-1', local(30, 10));
    const { alarms, followUps, setSettings } = await setUp({ sessions: [session] });
    await followUps.schedule();
    expect(alarms.get(reminderAlarm(session))).toBe(local(30, 9, 45));
    setSettings({ beforeSessionMinutes: 20, dailyReportsHour: 20 });
    await followUps.schedule();
    expect(alarms.get(reminderAlarm(session))).toBe(local(30, 9, 40));
    expect(alarms.get(dailyAlarm('2026-11-30'))).toBe(local(30, 20));
    // An hour already past today moves the daily reminder to tomorrow, and today's goes.
    setSettings({ beforeSessionMinutes: 20, dailyReportsHour: 8 });
    await followUps.schedule();
    expect(alarms.has(dailyAlarm('2026-11-30'))).toBe(false);
    expect(alarms.get(dailyAlarm('2026-12-01'))).toBe(local(31, 8));
  });

  it('leaves an alarm already due to ring rather than push it back', async () => {
    const session = sessionAt('sess-1', local(30, 10));
    const { alarms, followUps, setNow, setSettings } = await setUp({ sessions: [session] });
    await followUps.schedule();
    // 9:46, the 9:45 alarm not delivered yet (a computer waking up); the mentor moves to 16 minutes before.
    setNow(local(30, 9, 46));
    setSettings({ beforeSessionMinutes: 16, dailyReportsHour: 18 });
    await followUps.schedule();
    expect(alarms.get(reminderAlarm(session))).toBe(local(30, 9, 45));
  });

  it('sets no reminder for a student whose transfer date has passed, and clears those set before it', async () => {
    const awa = sessionAt('sess-1', local(30, 10));
    const ben = sessionAt('sess-2', local(30, 14), { studentId: 'stu-2' });
    const { db, alarms, followUps, kept } = await setUp({ sessions: [awa, ben] });
    await db.put('transfers', {
      studentId: 'stu-1',
      effectiveDate: '2026-12-01',
      reason: 'Needs a back-end mentor',
      messageToStudent: '',
      handoffSummary: '',
      createdAt: iso(local(20, 9)),
    });
    await followUps.schedule();
    expect(alarms.has(reminderAlarm(awa))).toBe(true);
    await db.put('transfers', { ...(await db.get('transfers', 'stu-1'))!, effectiveDate: '2026-11-30' });
    await followUps.schedule();
    const sessionAlarms = [...alarms.keys()].filter((name) => name.includes(':sess-'));
    expect(sessionAlarms.sort()).toEqual([`${REMINDER_ALARM_PREFIX}${notHereKey(ben)}`, reminderAlarm(ben)].sort());
    expect(kept.at(-1)?.next?.session.id).toBe('sess-2');
  });

  it('shows nothing for an alarm set before the student’s transfer date passed', async () => {
    const session = sessionAt('sess-1', local(30, 10));
    const { db, shown, followUps, fire, setNow } = await setUp({ sessions: [session] });
    await followUps.schedule();
    await db.put('transfers', {
      studentId: 'stu-1',
      effectiveDate: '2026-11-30',
      reason: 'Moved abroad',
      messageToStudent: '',
      handoffSummary: '',
      createdAt: iso(local(20, 9)),
    });
    setNow(local(30, 9, 45));
    await fire(reminderAlarm(session));
    expect(shown).toEqual([]);
  });

  it('clears the session reminders when the mentor turns them off', async () => {
    const session = sessionAt('sess-1', local(30, 10));
    const { alarms, followUps, setSettings } = await setUp({ sessions: [session] });
    await followUps.schedule();
    setSettings({ beforeSessionMinutes: null, dailyReportsHour: null });
    await followUps.schedule();
    expect([...alarms.keys()].filter((name) => name.startsWith(REMINDER_ALARM_PREFIX))).toEqual([]);
  });

  it.each<[string, Session[], number | null]>([
    ['the next session’s end', [sessionAt('a', local(30, 10)), sessionAt('b', local(30, 14))], local(30, 10, 50)],
    ['the end of a call under way', [sessionAt('now', local(30, 8, 40)), sessionAt('b', local(30, 14))], local(30, 9, 30)],
    ['nothing: no session ahead', [sessionAt('over', local(29, 10)), sessionAt('c', local(30, 10), { status: 'canceled' })], null],
  ])('wakes for the badge after %s', async (_, sessions, end) => {
    const { alarms, followUps } = await setUp({ sessions });
    alarms.set(BADGE_ALARM, 1);
    await followUps.schedule();
    if (end === null) {
      expect(alarms.has(BADGE_ALARM)).toBe(false);
    } else {
      expect(alarms.get(BADGE_ALARM)).toBeGreaterThan(end);
      expect(alarms.get(BADGE_ALARM)).toBeLessThanOrEqual(end + MIN);
    }
  });

  it('badges the reports outstanding and the changes needing attention, in the week kept for the popup too', async () => {
    const sessions = [sessionAt('yesterday', local(29, 10)), sessionAt('reported', local(29, 14)), sessionAt('ahead', local(30, 10))];
    const { db, badges, kept, followUps } = await setUp({ sessions });
    await db.put('reportDrafts', anEndedReport('reported'));
    await db.put('outbox', anOutboxItem({ id: 'refused', state: 'needs-attention' }));
    await db.put('outbox', anOutboxItem({ id: 'waiting' }));
    await followUps.schedule();
    expect(badges.at(-1)).toBe(2);
    // The popup's first paint shows the refused change as the badge counts it, without a restart.
    expect(kept.at(-1)?.attention.map((item) => item.id)).toEqual(['refused']);
    expect(kept.at(-1)?.badgeCount).toBe(2);
  });

  it('counts one more report outstanding once the badge alarm rings after a call', async () => {
    const session = sessionAt('sess-1', local(30, 10));
    const { alarms, badges, followUps, fire, setNow } = await setUp({ sessions: [session] });
    await followUps.schedule();
    expect(badges.at(-1)).toBe(0);
    setNow(alarms.get(BADGE_ALARM)!);
    await fire(BADGE_ALARM);
    expect(badges.at(-1)).toBe(1);
  });
});

describe('a call the mentor ended', () => {
  const callOf = (sessionId: string, startedAt: number, endedAt: number | null) => ({
    ...aLiveSession(),
    id: `live-${startedAt}`,
    sessionId,
    startedAt,
    endedAt,
    endReason: endedAt === null ? null : ('call-ended' as const),
  });

  it('counts at once as a report to write, and leaves the next session, long before its planned end', async () => {
    const session = sessionAt('sess-1', local(30, 8, 40));
    const { db, badges, kept, followUps } = await setUp({
      sessions: [session, sessionAt('sess-2', local(30, 14), { studentId: 'stu-2' })],
    });
    await followUps.schedule();
    expect(badges.at(-1)).toBe(0);
    expect(kept.at(-1)?.next?.session.id).toBe('sess-1');
    // Ended 20 minutes in, half an hour before the planned end.
    await db.put('liveSessions', callOf('sess-1', local(30, 8, 40), local(30, 9)));
    await followUps.schedule();
    expect(badges.at(-1)).toBe(1);
    expect(kept.at(-1)?.next?.session.id).toBe('sess-2');
    expect(kept.at(-1)?.reportsOutstanding.map((line) => line.session.id)).toEqual(['sess-1']);
  });

  it('is the next session again once rejoined or its end undone', async () => {
    const session = sessionAt('sess-1', local(30, 8, 40));
    const { db, badges, kept, followUps } = await setUp({ sessions: [session] });
    await db.put('liveSessions', callOf('sess-1', local(30, 8, 40), local(30, 8, 50)));
    await db.put('liveSessions', callOf('sess-1', local(30, 8, 55), null));
    await followUps.schedule();
    expect(badges.at(-1)).toBe(0);
    expect(kept.at(-1)?.next?.session.id).toBe('sess-1');
  });
});

describe('the reminder before a session', () => {
  it('shows once, with the student’s name and a button to join the call', async () => {
    const session = sessionAt('sess-1', local(30, 10));
    const { alarms, shown, followUps, fire, setNow } = await setUp({ sessions: [session] });
    await followUps.schedule();
    setNow(alarms.get(reminderAlarm(session))!);
    await fire(reminderAlarm(session));
    expect(shown).toEqual([
      { id: `${NOTIFICATION.join}sess-1`, title: 'Session with Awa Diallo', message: 'It starts in 15 min.', button: 'Join the call' },
    ]);
    // Fired: never set again.
    expect(alarms.has(reminderAlarm(session))).toBe(false);
  });

  it('offers no join button for a session without a meeting link', async () => {
    const session = sessionAt('sess-1', local(30, 10), { meetingUrl: null });
    const { shown, followUps, fire, setNow } = await setUp({ sessions: [session] });
    await followUps.schedule();
    setNow(local(30, 9, 45));
    await fire(reminderAlarm(session));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toBe('Session with Awa Diallo');
    expect(shown[0]!.button).toBeUndefined();
  });

  it('never shows twice for an alarm delivered twice', async () => {
    const session = sessionAt('sess-1', local(30, 10));
    const { shown, followUps, setNow } = await setUp({ sessions: [session] });
    await followUps.schedule();
    setNow(local(30, 9, 45));
    await followUps.onAlarm(reminderAlarm(session));
    await followUps.onAlarm(reminderAlarm(session));
    await Promise.all([followUps.onAlarm(reminderAlarm(session)), followUps.onAlarm(reminderAlarm(session))]);
    expect(shown).toHaveLength(1);
  });

  it('never shows twice across a restart of the service worker', async () => {
    const session = sessionAt('sess-1', local(30, 10));
    const { alarms, shown, followUps, restart, setNow } = await setUp({ sessions: [session] });
    await followUps.schedule();
    setNow(local(30, 9, 45));
    await followUps.onAlarm(reminderAlarm(session));
    setNow(local(30, 9, 46));
    const again = restart();
    await again.schedule();
    expect(alarms.has(reminderAlarm(session))).toBe(false);
    await again.onAlarm(reminderAlarm(session));
    expect(shown).toHaveLength(1);
  });

  it('shows nothing for a session cancelled after its alarm was set', async () => {
    const session = sessionAt('sess-1', local(30, 10));
    const { db, shown, followUps, fire, setNow } = await setUp({ sessions: [session] });
    await followUps.schedule();
    await db.put('sessions', { ...session, status: 'canceled' });
    setNow(local(30, 9, 45));
    await fire(reminderAlarm(session));
    expect(shown).toEqual([]);
  });

  it('comes again for a session moved to a later time', async () => {
    const session = sessionAt('sess-1', local(30, 10));
    const { db, alarms, shown, followUps, fire, setNow } = await setUp({ sessions: [session] });
    await followUps.schedule();
    setNow(local(30, 9, 45));
    await fire(reminderAlarm(session));
    const moved = { ...session, start: iso(local(30, 16)) };
    await db.put('sessions', moved);
    await followUps.schedule();
    setNow(alarms.get(reminderAlarm(moved))!);
    await fire(reminderAlarm(moved));
    expect(shown.map((n) => n.id)).toEqual([`${NOTIFICATION.join}sess-1`, `${NOTIFICATION.join}sess-1`]);
  });
});

describe('the daily reminder of reports outstanding', () => {
  it.each<[string, Session[], Shown[]]>([
    ['stays silent with every report written', [sessionAt('ahead', local(31, 10))], []],
    [
      'shows with a report outstanding',
      [sessionAt('yesterday', local(29, 10)), sessionAt('ahead', local(31, 10))],
      [{ id: NOTIFICATION.reports, title: 'Reports to write', message: 'Sessions waiting for their report: 1.' }],
    ],
    [
      'counts every report outstanding',
      [sessionAt('yesterday', local(29, 10)), sessionAt('today', local(30, 14), { studentId: 'stu-2' })],
      [{ id: NOTIFICATION.reports, title: 'Reports to write', message: 'Sessions waiting for their report: 2.' }],
    ],
  ])('%s', async (_, sessions, expected) => {
    const { shown, followUps, fire, setNow } = await setUp({ sessions });
    await followUps.schedule();
    setNow(local(30, 18));
    await fire(dailyAlarm('2026-11-30'));
    expect(shown).toEqual(expected);
  });

  it.each([
    ['on time', 0],
    ['3 minutes late (the computer woke from sleep)', 3],
  ])('sets the next day’s reminder once today’s has rung %s', async (_, lateMinutes) => {
    const { alarms, followUps, fire, setNow } = await setUp({ sessions: [sessionAt('yesterday', local(29, 10))] });
    await followUps.schedule();
    expect(alarms.get(dailyAlarm('2026-11-30'))).toBe(local(30, 18));
    setNow(local(30, 18, lateMinutes));
    await fire(dailyAlarm('2026-11-30'));
    expect(alarms.has(dailyAlarm('2026-11-30'))).toBe(false);
    expect(alarms.get(dailyAlarm('2026-12-01'))).toBe(local(31, 18));
  });

  it('never rings twice the same day, restarts included', async () => {
    const { shown, followUps, restart, fire, setNow } = await setUp({ sessions: [sessionAt('yesterday', local(29, 10))] });
    await followUps.schedule();
    setNow(local(30, 18));
    await fire(dailyAlarm('2026-11-30'));
    await followUps.onAlarm(dailyAlarm('2026-11-30'));
    setNow(local(30, 18, 2));
    const again = restart();
    await again.schedule();
    await again.onAlarm(dailyAlarm('2026-11-30'));
    expect(shown).toHaveLength(1);
  });
});

describe('a call’s tab closed mid-call', () => {
  it('asks for the report, naming the student', async () => {
    const { shown, followUps } = await setUp({ sessions: [sessionAt('sess-1', local(30, 8, 30))] });
    await followUps.callTabClosed({ liveSessionId: 'live-1', sessionId: 'sess-1' });
    expect(shown).toEqual([
      {
        id: `${NOTIFICATION.report}live-1|sess-1`,
        title: 'The call with Awa Diallo is over',
        message: 'Write the report while it is fresh: your draft is kept.',
        button: 'Write the report',
      },
    ]);
  });

  it.each(['student_absent', 'late_canceled', 'canceled'] as const)('asks for no report of a session %s', async (status) => {
    const { shown, followUps } = await setUp({ sessions: [sessionAt('sess-1', local(30, 8, 30), { status })] });
    await followUps.callTabClosed({ liveSessionId: 'live-1', sessionId: 'sess-1' });
    expect(shown).toEqual([]);
  });

  it('asks for the report of a call not linked to a session, naming nobody', async () => {
    const { shown, followUps } = await setUp();
    await followUps.callTabClosed({ liveSessionId: 'live-2', sessionId: null });
    expect(shown).toMatchObject([{ id: `${NOTIFICATION.report}live-2|`, title: 'The call is over' }]);
  });
});
