import type { SessionKind } from '@/utils/core/agenda/session-kinds';
import type { AttendanceSummary } from '@/utils/core/policy/attendance-summary';
import type { Session, Student } from '@/utils/core/platform/platform-schemas';
import type { ReportDraft } from '@/utils/core/report/report-draft';
import type { Assignment } from '@/utils/core/review/assignment';

/** A transfer of the student to another mentor, as the mentor asked for it. */
export interface TransferRecord {
  studentId: string;
  /** YYYY-MM-DD: from that day the student is a former student, read-only here. */
  effectiveDate: string;
  reason: string;
  messageToStudent: string;
  handoffSummary: string;
  createdAt: string;
}

/** A skill's evaluations over time, oldest first. */
export interface SkillHistory {
  skill: string;
  evaluations: { sessionId: string; at: string; level: number; comment: string }[];
}

/** Everything about one student, for their page. */
export interface StudentRecord {
  student: Student;
  /** Every session, newest first. */
  sessions: Session[];
  /** Every assignment with its outcome, newest first. */
  assignments: Assignment[];
  /** Each session's report as written here (private notes included: this page is the mentor's). */
  reports: ReportDraft[];
  skills: SkillHistory[];
  /** The kind of each session that has one, by session id (see `kindsOfSessions`). */
  kinds: Record<string, SessionKind>;
  attendance: AttendanceSummary;
  transfer: TransferRecord | null;
  /** Transferred, the date passed: the record is read-only. */
  former: boolean;
  connected: boolean;
}

/** A name's first word: how the panel names the student in a glance, and the report the evidence of the call. */
export function firstName(name: string): string | null {
  return name.trim().split(/\s+/)[0] || null;
}
