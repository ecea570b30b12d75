import type { Session } from '@/utils/core/platform/platform-schemas';

/** When the mentor wants to be reminded; null turns a reminder off. */
export interface ReminderSettings {
  /** Minutes before each session. */
  beforeSessionMinutes: number | null;
  /** Hour of the day (0–23, the computer's time) of the reminder of reports outstanding. */
  dailyReportsHour: number | null;
}

/** How long before a session its reminder may come: a minute to a day. */
export const MIN_REMINDER_MINUTES = 1;
export const MAX_REMINDER_MINUTES = 24 * 60;
/** The last hour of the day the reports' reminder may come at (from 0). */
export const LAST_REMINDER_HOUR = 23;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { beforeSessionMinutes: 15, dailyReportsHour: 18 };

/** Reads stored settings, falling back field by field on anything odd. */
export function readReminderSettings(stored: unknown): ReminderSettings {
  const raw = (stored ?? {}) as Partial<Record<keyof ReminderSettings, unknown>>;
  const pick = (value: unknown, min: number, max: number, fallback: number | null) =>
    value === null ? null : typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
  return {
    beforeSessionMinutes: pick(
      raw.beforeSessionMinutes,
      MIN_REMINDER_MINUTES,
      MAX_REMINDER_MINUTES,
      DEFAULT_REMINDER_SETTINGS.beforeSessionMinutes,
    ),
    dailyReportsHour: pick(raw.dailyReportsHour, 0, LAST_REMINDER_HOUR, DEFAULT_REMINDER_SETTINGS.dailyReportsHour),
  };
}

/** A session's reminder key: its id (encoded, so the separator stays unique) and its start. */
export const beforeSessionKey = (session: Pick<Session, 'id' | 'start'>) => `before:${encodeURIComponent(session.id)}:${session.start}`;

/** A session's "not here yet" key: it comes once per session and start, like the one before it. */
export const notHereKey = (session: Pick<Session, 'id' | 'start'>) => `late:${encodeURIComponent(session.id)}:${session.start}`;

/** The session a reminder key is about, or null for the daily reminder. */
export const sessionIdOfKey = (key: string) =>
  key.startsWith('before:') || key.startsWith('late:') ? decodeURIComponent(key.split(':')[1]!) : null;

/** "Not here yet" comes this long before the student's lateness becomes a no-show. */
export const NOT_HERE_BEFORE_LIMIT_MS = 3 * 60_000;

export type Reminder =
  | { kind: 'before-session'; key: string; when: number; sessionId: string }
  | { kind: 'not-here'; key: string; when: number; sessionId: string }
  | { kind: 'reports'; key: string; when: number };

/** A reminder due less than this long ago still goes (a computer woken from sleep); older, it is dropped. */
export const LATE_REMINDER_GRACE_MS = 5 * 60_000;

/**
 * The reminders to come, each with a key that names it once and for all: a
 * session moved to another time gets a new key, so its reminder comes again;
 * the same session at the same time never twice.
 */
export function plannedReminders(input: {
  sessions: readonly Session[];
  settings: ReminderSettings;
  now: number;
  /** The calendar day (YYYY-MM-DD) and the instant of the daily hour, on this computer, today and tomorrow. */
  dailyAt: (dayOffset: number, hour: number) => { day: string; at: number };
  /** Minutes late after which a session is a no-show (the attendance rules). */
  lateLimitMinutes: (session: Session) => number;
}): Reminder[] {
  const { settings, now } = input;
  const reminders: Reminder[] = [];
  if (settings.beforeSessionMinutes !== null) {
    for (const session of input.sessions) {
      if (session.status !== 'pending') continue;
      const start = Date.parse(session.start);
      const when = start - settings.beforeSessionMinutes * 60_000;
      if (start <= now || when < now - LATE_REMINDER_GRACE_MS) continue;
      reminders.push({ kind: 'before-session', key: beforeSessionKey(session), when: Math.max(when, now), sessionId: session.id });
    }
    // With the session reminders comes the one that the student is not here yet, shown only if the mentor is in the call.
    for (const session of input.sessions) {
      if (session.status !== 'pending') continue;
      const limit = Date.parse(session.start) + input.lateLimitMinutes(session) * 60_000;
      const when = Math.max(Date.parse(session.start), limit - NOT_HERE_BEFORE_LIMIT_MS);
      if (limit <= now || when < now - LATE_REMINDER_GRACE_MS) continue;
      reminders.push({ kind: 'not-here', key: notHereKey(session), when: Math.max(when, now), sessionId: session.id });
    }
  }
  if (settings.dailyReportsHour !== null) {
    const today = input.dailyAt(0, settings.dailyReportsHour);
    const next = today.at > now - LATE_REMINDER_GRACE_MS ? today : input.dailyAt(1, settings.dailyReportsHour);
    reminders.push({ kind: 'reports', key: `reports:${next.day}`, when: Math.max(next.at, now) });
  }
  return reminders.sort((a, b) => a.when - b.when);
}
