import type { Session, SessionStatus, Student } from '@/utils/core/platform/platform-schemas';
import { isHeld } from '@/utils/core/overview/week-overview';
import { instantFromWallClock, instantInZone, parseInstant } from '@/utils/core/scheduling/next-session';
import { dayOf, monthSpan, type MonthSpan } from './calendar-month';
import { categoryOf, type PayRates } from './pay-rates';
import type { PlatformView } from './platform-difference';
import { currencyDigits } from './region-currency';

/**
 * Each session of the month falls in one of these. The first five are
 * decided and paid by their weight; `to-settle` is over with no status yet
 * (the school wants it the same day); `planned` is still to come.
 */
export const MONTH_STATUSES = ['completed', 'student-absent', 'late-canceled', 'canceled', 'moved', 'to-settle', 'planned'] as const;
export type MonthStatus = (typeof MONTH_STATUSES)[number];

export interface MonthLine {
  sessionId: string;
  studentId: string;
  /** Null for a student no longer on this computer. */
  studentName: string | null;
  /** ISO 8601 with the mentor's offset at that instant; for a moved line, the time it was moved away from. */
  start: string;
  plannedMinutes: number;
  status: MonthStatus;
  /** Who canceled a `canceled` session. */
  canceledBy: 'student' | 'mentor' | null;
  /** The share of the session's price paid: 1, the no-show rate, or 0; null while nothing is decided. */
  weight: number | null;
  category: string | null;
  /** In the currency's smallest unit (cents); null without a rate or a weight. */
  amountMinor: number | null;
  /** A moved line: where the session went (ISO, the mentor's offset). */
  movedTo: string | null;
  /** To settle, and its day is over in the mentor's zone: it may be missing from the school's statement. */
  overdue: boolean;
  /** The platform's status where it differs from Cadence's; null when the same, or when not connected. */
  platform: PlatformView | null;
}

export interface StudentMonth {
  studentId: string;
  studentName: string | null;
  category: string | null;
  counts: Record<MonthStatus, number>;
  /** Sessions as paid: the sum of the weights. */
  units: number;
  /** Null when the student has no rate. */
  amountMinor: number | null;
  /** Student absent or late cancellation, this month. */
  noShows: number;
  /** The longest run of no-shows in a row (earlier months included) that ends this month. */
  noShowRun: number;
  /** Two no-shows in a row or more: worth a word with the student, or the school. */
  flagged: boolean;
}

export interface MonthTotals {
  counts: Record<MonthStatus, number>;
  units: number;
  /** Null when no session of the month has a rate. */
  amountMinor: number | null;
  /** Units of sessions whose student has no rate: not in the amount. */
  unpricedUnits: number;
  overdue: number;
  /** Sessions whose status differs from the platform's. */
  differing: number;
}

export interface MonthStatement {
  month: string;
  timezone: string;
  /** The currency of the amounts, and its decimals; null without rates. */
  currency: string | null;
  currencyDigits: number;
  /** The policy's no-show rate, the weight of a no-show and of a late cancellation. */
  noShowWeight: number;
  /** Every session of the month, by date. */
  lines: MonthLine[];
  /** Each student with a session this month, by name. */
  students: StudentMonth[];
  totals: MonthTotals;
}

export interface MonthInput {
  /** YYYY-MM, on the mentor's clock. */
  month: string;
  timezone: string;
  now: number;
  /** Every session Cadence has: no-shows in a row may start in an earlier month. */
  sessions: readonly Session[];
  students: readonly Student[];
  /** The share of the price paid for a no-show or a late cancellation (the policy's, 0..1). */
  noShowWeight: number;
  rates: PayRates;
  /** Sessions whose call ended, whatever their planned end says. */
  endedCallSessionIds: ReadonlySet<string>;
  /** By session id: the starts it was moved away from. */
  moves: ReadonlyMap<string, readonly { from: string }[]>;
  /** By session id, where the platform's status differs (connected only). */
  platform: ReadonlyMap<string, PlatformView>;
}

const DECIDED: Readonly<Record<Exclude<SessionStatus, 'pending'>, MonthStatus>> = {
  completed: 'completed',
  student_absent: 'student-absent',
  late_canceled: 'late-canceled',
  canceled: 'canceled',
};

const noCounts = (): Record<MonthStatus, number> =>
  Object.fromEntries(MONTH_STATUSES.map((status) => [status, 0])) as Record<MonthStatus, number>;

/** A session's weight by its status: whole when held, the no-show rate when the student lost it, nothing otherwise. */
export function payWeight(status: MonthStatus, noShowWeight: number): number | null {
  switch (status) {
    case 'completed':
      return 1;
    case 'student-absent':
    case 'late-canceled':
      return noShowWeight;
    case 'canceled':
    case 'moved':
      return 0;
    case 'to-settle':
    case 'planned':
      return null;
  }
}

/**
 * The mentor's month: every session that falls in it on the mentor's clock,
 * with its status and what it pays, per student and in all. Amounts are kept
 * in the currency's smallest unit, each line rounded once, so that the total
 * is the sum of the lines, as a spreadsheet adds them.
 */
export function monthStatement(input: MonthInput): MonthStatement {
  const { month, timezone, now, rates, noShowWeight } = input;
  const digits = rates.currency ? currencyDigits(rates.currency) : 2;
  const students = new Map(input.students.map((student) => [student.id, student]));
  // The zone is read for the month's two ends and today's start, not for each session.
  const span = monthSpan(month, timezone);
  const inMonth = (ms: number) => ms >= span.from && ms < span.until;
  const todayStarts = parseInstant(instantFromWallClock(dayOf(now, timezone), '00:00', timezone));
  const lines: MonthLine[] = [];

  const line = (session: Session, status: MonthStatus, start: string, startMs: number, movedTo: string | null): MonthLine => {
    const weight = payWeight(status, noShowWeight);
    const category = categoryOf(rates, session.studentId);
    const rateMinor = category && rates.currency ? Math.round(category.rate * 10 ** digits) : null;
    return {
      sessionId: session.id,
      studentId: session.studentId,
      studentName: students.get(session.studentId)?.name ?? null,
      start: instantInZone(start, timezone),
      plannedMinutes: session.plannedMinutes,
      status,
      canceledBy: status === 'canceled' ? (session.cancellation?.by ?? null) : null,
      weight,
      category: category?.name ?? null,
      amountMinor: rateMinor !== null && weight !== null ? Math.round(rateMinor * weight) : null,
      movedTo: movedTo && instantInZone(movedTo, timezone),
      overdue: status === 'to-settle' && startMs < todayStarts,
      platform: status === 'moved' ? null : (input.platform.get(session.id) ?? null),
    };
  };

  for (const session of input.sessions) {
    const startMs = parseInstant(session.start);
    if (inMonth(startMs)) {
      const status =
        session.status !== 'pending' ? DECIDED[session.status] : isHeld(session, input.endedCallSessionIds, now) ? 'to-settle' : 'planned';
      lines.push(line(session, status, session.start, startMs, null));
      continue;
    }
    // Moved away from this month: shown where it was planned, paying nothing here.
    const movedFrom = input.moves.get(session.id)?.find((move) => inMonth(parseInstant(move.from)));
    if (movedFrom) lines.push(line(session, 'moved', movedFrom.from, parseInstant(movedFrom.from), session.start));
  }
  lines.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.sessionId.localeCompare(b.sessionId));

  const byStudent = new Map<string, StudentMonth>();
  for (const each of lines) {
    let student = byStudent.get(each.studentId);
    if (!student) {
      const priced = categoryOf(rates, each.studentId) !== null && rates.currency !== null;
      student = {
        studentId: each.studentId,
        studentName: each.studentName,
        category: each.category,
        counts: noCounts(),
        units: 0,
        amountMinor: priced ? 0 : null,
        noShows: 0,
        noShowRun: 0,
        flagged: false,
      };
      byStudent.set(each.studentId, student);
    }
    student.counts[each.status] += 1;
    student.units += each.weight ?? 0;
    if (student.amountMinor !== null) student.amountMinor += each.amountMinor ?? 0;
    if (each.status === 'student-absent' || each.status === 'late-canceled') student.noShows += 1;
  }
  const sessionsOf = new Map<string, Session[]>();
  for (const session of input.sessions) {
    if (byStudent.has(session.studentId)) sessionsOf.set(session.studentId, [...(sessionsOf.get(session.studentId) ?? []), session]);
  }
  for (const student of byStudent.values()) {
    student.noShowRun = longestNoShowRun(sessionsOf.get(student.studentId) ?? [], span);
    student.flagged = student.noShowRun >= 2;
  }

  const totals: MonthTotals = { counts: noCounts(), units: 0, amountMinor: null, unpricedUnits: 0, overdue: 0, differing: 0 };
  for (const each of lines) {
    totals.counts[each.status] += 1;
    totals.units += each.weight ?? 0;
    if (each.amountMinor !== null) totals.amountMinor = (totals.amountMinor ?? 0) + each.amountMinor;
    else totals.unpricedUnits += each.weight ?? 0;
    if (each.overdue) totals.overdue += 1;
    if (each.platform) totals.differing += 1;
  }

  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return {
    month,
    timezone,
    currency: rates.currency,
    currencyDigits: digits,
    noShowWeight,
    lines,
    students: [...byStudent.values()].sort(
      (a, b) => collator.compare(a.studentName ?? '', b.studentName ?? '') || a.studentId.localeCompare(b.studentId),
    ),
    totals,
  };
}

/**
 * The longest run of no-shows in a row, among a student's sessions whose
 * outcome is known, that ends in the month `span` covers (earlier months
 * count towards it, later ones not). A held session ends a run; a planned
 * absence, a session moved or not settled yet neither ends nor lengthens
 * one: the student did not miss it.
 */
export function longestNoShowRun(studentSessions: readonly Session[], span: MonthSpan): number {
  const known = studentSessions
    .map((session) => ({ status: session.status, at: parseInstant(session.start) }))
    .filter(({ at }) => at < span.until)
    .sort((a, b) => a.at - b.at);
  let run = 0;
  let longest = 0;
  for (const { status, at } of known) {
    if (status === 'completed') run = 0;
    else if (status === 'student_absent' || status === 'late_canceled') {
      run += 1;
      if (at >= span.from) longest = Math.max(longest, run);
    }
  }
  return longest;
}
