import type { CadenceDb } from '@/utils/background/db/cadence-db';
import { t } from '@/utils/shared/i18n';
import { readWeekOverview } from '@/utils/background/stores/read-week-overview';
import type { WeekOverview } from '@/utils/core/overview/week-overview';
import { parseMeetingCode } from '@/utils/meet/meeting-url';
import { type AttendancePolicy, lateLimitMinutes } from '@/utils/core/policy/attendance-policy';
import { plannedReminders, type ReminderSettings, sessionIdOfKey } from '@/utils/core/reminders/reminder-plan';
import { isFormer } from '@/utils/background/stores/read-student-record';
import { attendanceEvidence } from '@/utils/core/policy/attendance-evidence';

/** Alarm names: one per reminder, its key after the bar; one for the badge. */
export const REMINDER_ALARM_PREFIX = 'cadence-reminder|';
export const BADGE_ALARM = 'cadence-badge';

/** Notification ids say what a click opens. */
export const NOTIFICATION = {
  join: 'cadence-join|',
  reports: 'cadence-reports',
  report: 'cadence-report|',
  notHere: 'cadence-not-here|',
} as const;

/** Fired reminder keys are kept this long, then forgotten. */
const FIRED_KEPT_MS = 30 * 86_400_000;

export interface FollowUpDeps {
  db: () => Promise<CadenceDb>;
  now: () => number;
  settings: () => Promise<ReminderSettings>;
  policy: () => Promise<AttendancePolicy>;
  /** Whether the mentor has this call open in a tab right now. */
  inCall: (meetingCode: string) => Promise<boolean>;
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime?: number }[]>;
    create(name: string, info: { when: number }): Promise<void> | void;
    clear(name: string): Promise<boolean>;
  };
  notify(id: string, notification: { title: string; message: string; button?: string }): Promise<void>;
  setBadge(count: number): Promise<void>;
  /** Keeps the week just read where the popup finds it without waking the background. */
  keepOverview(overview: WeekOverview): Promise<void>;
}

/**
 * What the background does on its own around the calls: reminders before a
 * session and for reports outstanding, the toolbar badge, and the prompt when
 * a call's tab closes. Every reminder rides on an alarm and is marked fired in
 * the database before it shows, so none fires twice, restarts included.
 */
export function createFollowUps(deps: FollowUpDeps) {
  const dailyAt = (dayOffset: number, hour: number) => {
    const date = new Date(deps.now());
    date.setDate(date.getDate() + dayOffset);
    date.setHours(hour, 0, 0, 0);
    return { day: date.toLocaleDateString('en-CA'), at: date.getTime() };
  };

  async function fired(): Promise<Record<string, number>> {
    const record = await (await deps.db()).get('meta', 'reminders');
    return record?.key === 'reminders' ? record.fired : {};
  }

  /** Marks a reminder fired; false when it already was (an alarm delivered twice, a race with a restart). */
  async function markFired(key: string): Promise<boolean> {
    const db = await deps.db();
    const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
    const record = await tx.store.get('reminders');
    const done = record?.key === 'reminders' ? record.fired : {};
    if (done[key] !== undefined) {
      await tx.done;
      return false;
    }
    const now = deps.now();
    const kept = Object.fromEntries(Object.entries(done).filter(([, at]) => now - at < FIRED_KEPT_MS));
    await tx.store.put({ key: 'reminders', fired: { ...kept, [key]: now } });
    await tx.done;
    return true;
  }

  async function formerStudentIds(): Promise<Set<string>> {
    const now = deps.now();
    const transfers = await (await deps.db()).getAll('transfers');
    return new Set(transfers.filter((transfer) => isFormer(transfer, now)).map((transfer) => transfer.studentId));
  }

  async function refreshBadge() {
    const overview = await readWeekOverview(await deps.db(), deps.now());
    await deps.setBadge(overview.badgeCount);
    await deps.keepOverview(overview);
    return overview;
  }

  /** Sets the alarms the data calls for, clears the others, and brings the badge up to date. */
  async function schedule(): Promise<void> {
    const now = deps.now();
    const db = await deps.db();
    // A student transferred away, their date passed, has no session to come with this mentor.
    const former = await formerStudentIds();
    const sessions = (await db.getAll('sessions')).filter((session) => !former.has(session.studentId));
    const done = await fired();
    // Today's daily reminder rung already (within its grace): the next one is tomorrow's.
    const nextDailyAt = (dayOffset: number, hour: number) => {
      const at = dailyAt(dayOffset, hour);
      return dayOffset === 0 && done[`reports:${at.day}`] !== undefined ? dailyAt(1, hour) : at;
    };
    const policy = await deps.policy();
    const lateLimit = (session: { plannedMinutes: number }) => lateLimitMinutes(policy, session.plannedMinutes);
    const plan = plannedReminders({
      sessions,
      settings: await deps.settings(),
      now,
      dailyAt: nextDailyAt,
      lateLimitMinutes: lateLimit,
    }).filter((r) => done[r.key] === undefined);
    const wanted = new Map(plan.map((reminder) => [`${REMINDER_ALARM_PREFIX}${reminder.key}`, reminder]));
    const existing = await deps.alarms.getAll();
    for (const alarm of existing) {
      if (alarm.name.startsWith(REMINDER_ALARM_PREFIX) && !wanted.has(alarm.name)) await deps.alarms.clear(alarm.name);
    }
    // An alarm set for another time (the minutes before, or the daily hour, changed since) is set again.
    const setAt = new Map(existing.map((alarm) => [alarm.name, alarm.scheduledTime]));
    for (const [name, reminder] of wanted) {
      if (!setAt.has(name) || !ringsAsPlanned(setAt.get(name), reminder.when, now)) await deps.alarms.create(name, { when: reminder.when });
    }
    // A session's end turns it into a report outstanding: the badge changes then.
    const nextEnd = sessions
      .filter((s) => s.status === 'pending')
      .map((s) => Date.parse(s.start) + s.plannedMinutes * 60_000)
      .filter((end) => end > now)
      .sort((a, b) => a - b)[0];
    if (nextEnd !== undefined) await deps.alarms.create(BADGE_ALARM, { when: nextEnd + 1_000 });
    else await deps.alarms.clear(BADGE_ALARM);
    await refreshBadge();
  }

  async function remind(key: string): Promise<void> {
    if (!(await markFired(key))) return;
    const db = await deps.db();
    const sessionId = sessionIdOfKey(key);
    if (sessionId !== null) {
      const session = await db.get('sessions', sessionId);
      const student = session && (await db.get('students', session.studentId));
      if (!session || !student || session.status !== 'pending' || (await formerStudentIds()).has(student.id)) return;
      if (key.startsWith('late:')) {
        // Only worth saying to a mentor waiting in the call.
        const code = session.meetingUrl && parseMeetingCode(session.meetingUrl);
        if (!code || !(await deps.inCall(code))) return;
        const limit = lateLimitMinutes(await deps.policy(), session.plannedMinutes);
        // The same evidence as the panel's: someone came (even if they dropped since), nothing to say;
        // nobody came and the page could tell, say how long the mentor has waited; else the clock alone.
        const calls = await db.getAllFromIndex('liveSessions', 'by-meeting-code', code);
        const call = calls.filter((live) => live.endedAt === null).sort((a, b) => b.startedAt - a.startedAt)[0];
        const evidence = attendanceEvidence(call?.presence, {
          scheduledStart: session.start,
          mentorJoinedAt: call?.startedAt ?? deps.now(),
          now: deps.now(),
        });
        if (evidence.kind === 'arrived') return;
        await deps.notify(`${NOTIFICATION.notHere}${session.id}`, {
          title: t('reminderNotHereTitle', student.name),
          message:
            evidence.kind === 'waiting' ? t('reminderNotHereWaited', evidence.waitedMinutes, limit) : t('reminderNotHereMessage', limit),
        });
        return;
      }
      const minutes = Math.max(0, Math.round((Date.parse(session.start) - deps.now()) / 60_000));
      await deps.notify(`${NOTIFICATION.join}${session.id}`, {
        title: t('reminderBeforeTitle', student.name),
        message: t('reminderBeforeMessage', minutes),
        button: session.meetingUrl ? t('reminderJoin') : undefined,
      });
    } else {
      const { reportsOutstanding } = await readWeekOverview(db, deps.now());
      if (reportsOutstanding.length === 0) return;
      await deps.notify(NOTIFICATION.reports, {
        title: t('reminderReportsTitle'),
        message: t('reminderReportsMessage', reportsOutstanding.length),
      });
    }
  }

  return {
    schedule,
    refreshBadge,

    async onAlarm(name: string): Promise<void> {
      if (name === BADGE_ALARM) return schedule();
      if (!name.startsWith(REMINDER_ALARM_PREFIX)) return;
      await remind(name.slice(REMINDER_ALARM_PREFIX.length));
      await schedule();
    },

    /** The Meet tab of a call closed while its session ran: the call is over; ask for the report. */
    async callTabClosed(ended: { liveSessionId: string; sessionId: string | null }): Promise<void> {
      const db = await deps.db();
      const session = ended.sessionId ? await db.get('sessions', ended.sessionId) : undefined;
      // A session cancelled or lost to a no-show has no report to write.
      if (session && session.status !== 'pending' && session.status !== 'completed') return;
      const student = session && (await db.get('students', session.studentId));
      await deps.notify(`${NOTIFICATION.report}${ended.liveSessionId}|${ended.sessionId ?? ''}`, {
        title: student ? t('reminderCallOverTitle', student.name) : t('reminderCallOverTitleAnyone'),
        message: t('reminderCallOverMessage'),
        button: t('reminderWriteReport'),
      });
    },
  };
}

export type FollowUps = ReturnType<typeof createFollowUps>;

/** Alarms are kept to this much of their time: the browser may round it. */
const ALARM_SLACK_MS = 1_000;

/**
 * Whether an alarm already set rings when the plan says. One due now (its time
 * passed, within the grace) that is already due is left to ring: setting it
 * again would only push it back.
 */
function ringsAsPlanned(scheduledTime: number | undefined, when: number, now: number): boolean {
  if (scheduledTime === undefined) return true;
  if (when <= now && scheduledTime <= now) return true;
  return Math.abs(scheduledTime - when) <= ALARM_SLACK_MS;
}
