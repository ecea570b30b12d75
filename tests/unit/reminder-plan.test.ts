import { describe, expect, it } from 'vitest';
import {
  beforeSessionKey,
  DEFAULT_REMINDER_SETTINGS,
  plannedReminders,
  readReminderSettings,
  type Reminder,
  type ReminderSettings,
  sessionIdOfKey,
  notHereKey,
} from '@/utils/core/reminders/reminder-plan';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { aSession, iso, T0 } from './support/platform-records';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** The daily hour on a calendar kept in UTC, so the tests read the same on any computer. */
const dailyAt = (dayOffset: number, hour: number) => {
  const at = Date.UTC(2026, 10, 30 + dayOffset, hour);
  return { day: iso(at).slice(0, 10), at };
};

/** T0 is 14:00 on 2026-11-30: this instant is `hh:mm` that day. */
const at = (hh: number, mm = 0) => Date.UTC(2026, 10, 30, hh, mm);

function plan(sessions: Session[], now = T0, settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS): Reminder[] {
  return plannedReminders({ sessions, settings, now, dailyAt, lateLimitMinutes: () => 15 });
}

const sessionReminders = (reminders: Reminder[]) => reminders.filter((r) => r.kind === 'before-session');
const noDaily: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, dailyReportsHour: null };

describe('"not here yet"', () => {
  it('comes 3 minutes before the lateness limit, once per session and start, with the session reminders', () => {
    const session = aSession({ start: iso(T0 + HOUR) });
    expect(plan([session]).filter((r) => r.kind === 'not-here')).toEqual([
      { kind: 'not-here', key: notHereKey(session), when: T0 + HOUR + 12 * MIN, sessionId: 'sess-1' },
    ]);
    expect(sessionIdOfKey(notHereKey(session))).toBe('sess-1');
    expect(plan([session], T0, { ...DEFAULT_REMINDER_SETTINGS, beforeSessionMinutes: null })).not.toContainEqual(
      expect.objectContaining({ kind: 'not-here' }),
    );
  });

  it('is not planned once the limit has passed', () => {
    const session = aSession({ start: iso(T0 - 16 * MIN) });
    expect(plan([session]).filter((r) => r.kind === 'not-here')).toEqual([]);
  });
});

describe('reminders before a session', () => {
  it('reminds 15 minutes before a session by default', () => {
    const session = aSession({ start: iso(T0 + HOUR) });
    expect(sessionReminders(plan([session]))).toEqual([
      { kind: 'before-session', key: beforeSessionKey(session), when: T0 + 45 * MIN, sessionId: 'sess-1' },
    ]);
  });

  it('reminds as many minutes ahead as the mentor chose', () => {
    const session = aSession({ start: iso(T0 + HOUR) });
    const [reminder] = sessionReminders(plan([session], T0, { beforeSessionMinutes: 30, dailyReportsHour: null }));
    expect(reminder?.when).toBe(T0 + 30 * MIN);
  });

  it('reminds of nothing before sessions when the mentor turned it off', () => {
    const sessions = [aSession({ start: iso(T0 + HOUR) }), aSession({ id: 'sess-2', start: iso(T0 + 2 * HOUR) })];
    expect(plan(sessions, T0, { beforeSessionMinutes: null, dailyReportsHour: null })).toEqual([]);
    expect(sessionReminders(plan(sessions, T0, { beforeSessionMinutes: null, dailyReportsHour: 18 }))).toEqual([]);
  });

  it.each([
    ['started a minute ago', -1, []],
    ['starting right now', 0, []],
    ['10 minutes ahead: the reminder was due 5 minutes ago, still in the grace', 10, [T0]],
    ['12 minutes ahead: the reminder was due 3 minutes ago, it goes now', 12, [T0]],
    ['5 minutes ahead: the reminder was due 10 minutes ago, too late to matter', 5, []],
    ['15 minutes ahead: due right now', 15, [T0]],
    ['a day ahead', 24 * 60, [T0 + 24 * HOUR - 15 * MIN]],
  ])('a session %s', (_, minutesAhead, expected) => {
    const session = aSession({ start: iso(T0 + minutesAhead * MIN) });
    expect(sessionReminders(plan([session], T0, noDaily)).map((r) => r.when)).toEqual(expected);
  });

  it.each(['canceled', 'late_canceled', 'student_absent', 'completed'] as const)('reminds of nothing for a %s session', (status) => {
    const session = aSession({ start: iso(T0 + HOUR), status });
    expect(plan([session], T0, noDaily)).toEqual([]);
  });

  it('gives a session moved to another time a new key, so its reminder comes again', () => {
    const before = aSession({ start: iso(T0 + HOUR) });
    const moved = aSession({ start: iso(T0 + 3 * HOUR), updatedAt: iso(T0 + MIN) });
    const [first] = plan([before], T0, noDaily);
    const [second] = plan([moved], T0 + MIN, noDaily);
    expect(first!.key).not.toBe(second!.key);
    expect(second!.when).toBe(T0 + 3 * HOUR - 15 * MIN);
    // The same session at the same time keeps its key whatever else changes.
    expect(plan([{ ...before, updatedAt: iso(T0 + 5 * MIN) }], T0 + 5 * MIN, noDaily)[0]!.key).toBe(first!.key);
  });

  it('lists the reminders soonest first', () => {
    const sessions = [
      aSession({ id: 'late', start: iso(T0 + 5 * HOUR) }),
      aSession({ id: 'soon', start: iso(T0 + HOUR) }),
      aSession({ id: 'tomorrow', start: iso(T0 + 24 * HOUR) }),
    ];
    // The daily one at 18:00 sits between the 15:00 and the 19:00 sessions.
    const withoutNotHere = plan(sessions).filter((r) => r.kind !== 'not-here');
    expect(withoutNotHere.map((r) => (r.kind === 'before-session' ? r.sessionId : r.key))).toEqual([
      'soon',
      'reports:2026-11-30',
      'late',
      'tomorrow',
    ]);
  });
});

describe('the daily reminder of reports outstanding', () => {
  it.each([
    ['in the morning', at(9), 'reports:2026-11-30', at(18)],
    ['a minute before 18:00', at(17, 59), 'reports:2026-11-30', at(18)],
    ['at 18:00', at(18), 'reports:2026-11-30', at(18)],
    ['at 18:04, still in the grace: it goes now', at(18, 4), 'reports:2026-11-30', at(18, 4)],
    ['at 18:06, too late for today: tomorrow', at(18, 6), 'reports:2026-12-01', Date.UTC(2026, 11, 1, 18)],
    ['late in the evening', at(23), 'reports:2026-12-01', Date.UTC(2026, 11, 1, 18)],
  ])('%s', (_, now, key, when) => {
    expect(plan([], now)).toEqual([{ kind: 'reports', key, when }]);
  });

  it('comes at the hour the mentor chose, or not at all', () => {
    expect(plan([], at(6), { beforeSessionMinutes: 15, dailyReportsHour: 8 })).toEqual([
      { kind: 'reports', key: 'reports:2026-11-30', when: at(8) },
    ]);
    expect(plan([], at(6), { beforeSessionMinutes: 15, dailyReportsHour: null })).toEqual([]);
  });
});

describe('reading the stored reminder settings', () => {
  it.each<[string, unknown, ReminderSettings]>([
    ['nothing stored', undefined, { beforeSessionMinutes: 15, dailyReportsHour: 18 }],
    ['null', null, { beforeSessionMinutes: 15, dailyReportsHour: 18 }],
    ['a string', 'garbage', { beforeSessionMinutes: 15, dailyReportsHour: 18 }],
    ['a number', 42, { beforeSessionMinutes: 15, dailyReportsHour: 18 }],
    ['an array', [30, 7], { beforeSessionMinutes: 15, dailyReportsHour: 18 }],
    ['both turned off', { beforeSessionMinutes: null, dailyReportsHour: null }, { beforeSessionMinutes: null, dailyReportsHour: null }],
    ['sound values', { beforeSessionMinutes: 30, dailyReportsHour: 7 }, { beforeSessionMinutes: 30, dailyReportsHour: 7 }],
    ['the bounds', { beforeSessionMinutes: 1440, dailyReportsHour: 0 }, { beforeSessionMinutes: 1440, dailyReportsHour: 0 }],
    ['only the minutes odd', { beforeSessionMinutes: '30', dailyReportsHour: 7 }, { beforeSessionMinutes: 15, dailyReportsHour: 7 }],
    ['only the hour odd', { beforeSessionMinutes: 30, dailyReportsHour: 24 }, { beforeSessionMinutes: 30, dailyReportsHour: 18 }],
    ['zero minutes', { beforeSessionMinutes: 0, dailyReportsHour: -1 }, { beforeSessionMinutes: 15, dailyReportsHour: 18 }],
    ['fractions', { beforeSessionMinutes: 7.5, dailyReportsHour: 8.5 }, { beforeSessionMinutes: 15, dailyReportsHour: 18 }],
    ['over a day ahead', { beforeSessionMinutes: 1441, dailyReportsHour: null }, { beforeSessionMinutes: 15, dailyReportsHour: null }],
    ['not numbers at all', { beforeSessionMinutes: NaN, dailyReportsHour: {} }, { beforeSessionMinutes: 15, dailyReportsHour: 18 }],
  ])('%s', (_, stored, expected) => {
    expect(readReminderSettings(stored)).toEqual(expected);
  });
});

describe('reminder keys', () => {
  it.each(['sess-1', 'local-00000000-0000-4000-8000-000000000001', 'a:b', 'a:b:c', 'with space', '50%', 'été', 'before:x'])(
    'finds the session %s back from its key',
    (id) => {
      expect(sessionIdOfKey(beforeSessionKey({ id, start: iso(T0) }))).toBe(id);
    },
  );

  it('names no session for the daily reminder', () => {
    expect(sessionIdOfKey('reports:2026-11-30')).toBeNull();
  });
});
