/**
 * The school's attendance rules as settings: when lateness becomes a no-show,
 * how much a no-show pays, how much notice a cancellation needs, and when
 * planned absences start to look like a pattern.
 */
export interface AttendancePolicy {
  /** Lateness beyond this is a no-show: a fixed number of minutes, or a third of the planned call. */
  lateLimit: { kind: 'minutes'; minutes: number } | { kind: 'third-of-session' };
  /** The share of the session's price paid for a no-show, 0..1. */
  noShowPayRate: number;
  /** A student cancelling with less notice than this is a no-show. */
  lateCancelHours: number;
  /** A student who did not do the work must cancel at least this far ahead. */
  unfinishedWorkNoticeHours: number;
  /** This many planned absences within this many days, the latest included, is a pattern. */
  frequentAbsences: { count: number; withinDays: number };
}

export const DEFAULT_LATE_LIMIT_MINUTES = 15;
export const MIN_LATE_LIMIT_MINUTES = 1;
export const MAX_LATE_LIMIT_MINUTES = 120;

/** "Paid up to 50%": the most the school pays, so the default. */
export const DEFAULT_NO_SHOW_PAY_RATE = 0.5;

export const DEFAULT_LATE_CANCEL_HOURS = 24;
export const DEFAULT_UNFINISHED_WORK_NOTICE_HOURS = 48;
export const MIN_NOTICE_HOURS = 1;
/** Two weeks: the furthest ahead a weekly rhythm makes a notice rule meaningful. */
export const MAX_NOTICE_HOURS = 14 * 24;

/**
 * Three planned absences within 60 days. With one call a week, 60 days hold
 * about eight or nine calls: one or two absences in that span are the
 * "occasionally fine" of the school's rules, a third means about one call in
 * three is lost, and a student who is often away is worth a word.
 */
export const DEFAULT_FREQUENT_ABSENCE_COUNT = 3;
export const DEFAULT_FREQUENT_ABSENCE_DAYS = 60;
/** A single absence is never a pattern. */
export const MIN_FREQUENT_ABSENCE_COUNT = 2;
export const MAX_FREQUENT_ABSENCE_COUNT = 20;
export const MIN_FREQUENT_ABSENCE_DAYS = 7;
export const MAX_FREQUENT_ABSENCE_DAYS = 365;

export const DEFAULT_ATTENDANCE_POLICY: AttendancePolicy = {
  lateLimit: { kind: 'minutes', minutes: DEFAULT_LATE_LIMIT_MINUTES },
  noShowPayRate: DEFAULT_NO_SHOW_PAY_RATE,
  lateCancelHours: DEFAULT_LATE_CANCEL_HOURS,
  unfinishedWorkNoticeHours: DEFAULT_UNFINISHED_WORK_NOTICE_HOURS,
  frequentAbsences: { count: DEFAULT_FREQUENT_ABSENCE_COUNT, withinDays: DEFAULT_FREQUENT_ABSENCE_DAYS },
};

const LATE_LIMIT_SESSION_SHARE = 3;

/**
 * The policy as stored may be anything: each malformed field falls back to its
 * default on its own, so one bad value does not wipe the mentor's other
 * choices, and numbers out of range are brought back into it. Minutes, hours,
 * counts and days are whole numbers.
 */
export function readAttendancePolicy(stored: unknown): AttendancePolicy {
  const field = fieldsOf(stored);
  const absences = fieldsOf(field('frequentAbsences'));
  const defaults = DEFAULT_ATTENDANCE_POLICY;
  return {
    lateLimit: readLateLimit(field('lateLimit')),
    noShowPayRate: clamped(field('noShowPayRate'), defaults.noShowPayRate, 0, 1, false),
    lateCancelHours: clamped(field('lateCancelHours'), defaults.lateCancelHours, MIN_NOTICE_HOURS, MAX_NOTICE_HOURS),
    unfinishedWorkNoticeHours: clamped(
      field('unfinishedWorkNoticeHours'),
      defaults.unfinishedWorkNoticeHours,
      MIN_NOTICE_HOURS,
      MAX_NOTICE_HOURS,
    ),
    frequentAbsences: {
      count: clamped(absences('count'), defaults.frequentAbsences.count, MIN_FREQUENT_ABSENCE_COUNT, MAX_FREQUENT_ABSENCE_COUNT),
      withinDays: clamped(
        absences('withinDays'),
        defaults.frequentAbsences.withinDays,
        MIN_FREQUENT_ABSENCE_DAYS,
        MAX_FREQUENT_ABSENCE_DAYS,
      ),
    },
  };
}

/** The minutes of lateness a session allows: a third of a 45-minute call is 15, of a 50-minute one 16. */
export function lateLimitMinutes(policy: AttendancePolicy, plannedMinutes: number): number {
  return policy.lateLimit.kind === 'minutes' ? policy.lateLimit.minutes : Math.floor(plannedMinutes / LATE_LIMIT_SESSION_SHARE);
}

function readLateLimit(stored: unknown): AttendancePolicy['lateLimit'] {
  const field = fieldsOf(stored);
  if (field('kind') === 'third-of-session') return { kind: 'third-of-session' };
  const minutes = field('kind') === 'minutes' ? field('minutes') : undefined;
  return {
    kind: 'minutes',
    minutes: clamped(minutes, DEFAULT_LATE_LIMIT_MINUTES, MIN_LATE_LIMIT_MINUTES, MAX_LATE_LIMIT_MINUTES),
  };
}

/** A reader of an object's own fields that gives `undefined` for anything that is not a plain object. */
function fieldsOf(value: unknown): (key: string) => unknown {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  return (key) => (Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined);
}

/** A finite number brought into [min, max] (rounded first when `whole`), or the fallback. */
function clamped(value: unknown, fallback: number, min: number, max: number, whole = true): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, whole ? Math.round(value) : value));
}
