import type { SessionKind } from '@/utils/core/agenda/session-kinds';
import type { Assignment } from '@/utils/core/review/assignment';
import type { NotDoneRecurrence } from '@/utils/core/review/outcome-history';
import type { LiveSession } from '@/utils/core/session/live-session';
import type { Session, Student } from '@/utils/core/platform/platform-schemas';
import type { OutboxError, OutboxItem } from '@/utils/core/sync/outbox-item';
import type { RefusedRecord } from '@/utils/core/platform/read-page';
import type { ReportDraft, ReportFields, ReportProblem } from '@/utils/core/report/report-draft';
import type { ReportFieldKey } from '@/utils/core/report/draft-merge';
import type { SessionPlan } from '@/utils/core/workspace/session-plan';
import type { AttendanceEvidence } from '@/utils/core/policy/attendance-evidence';
import type { MonthStatement } from '@/utils/core/month/month-statement';

// What the background's replies show: the views its stores build, named here, with the protocol
// that carries them, so that a page reads them without reaching into the background.

/** Everything the session's work needs, read in one go. */
export interface WorkspaceView {
  live: LiveSession;
  session: Session | null;
  student: Student | null;
  /** The student's session before this one, if any. */
  previous: Session | null;
  /** How that session went, as its report says (the part shared with the student). */
  previousSummary: string | null;
  /** Last week's work (anything set earlier and not yet reviewed), and what this session reviewed. */
  review: Assignment[];
  /** Next week's work, set in this session. */
  goals: Assignment[];
  plan: SessionPlan | null;
  notDone: NotDoneRecurrence;
  /** Exercises the student already had: never suggested again. */
  usedExerciseIds: string[];
  nextSession: Session | null;
  /** Whether the next session can still move here (not sent to the platform yet). */
  nextSessionMovable: boolean;
  /** The mentor's sessions to come, to show a clash. */
  upcoming: Session[];
  connected: boolean;
}

/** What prepares a call, shown in the lobby before it: the session the call is, its student, last week. */
export interface CallPreview {
  session: Session | null;
  student: Student | null;
  previous: Session | null;
  /** How that session went, as its report says (the part shared with the student). */
  previousSummary: string | null;
  /** Last week's goals: the work this call reviews. */
  review: Assignment[];
  /** Whether the platform is connected: where a missing session is to be scheduled. */
  connected: boolean;
  /** The kind of session it is (the mentor's choice, else the proposal), and what Cadence proposes; null with no session. */
  kind: { current: SessionKind; proposed: SessionKind } | null;
}

/** Where a report stands, as the mentor sees it. */
export type ReportDelivery =
  | { state: 'draft' }
  | { state: 'saved-locally' }
  /** `needsReconnect`: held until the mentor gives the platform a new token. */
  | { state: 'sending'; lastError: OutboxError | null; needsReconnect: boolean }
  | { state: 'sent'; at: number }
  | { state: 'needs-attention'; error: OutboxError | null };

export interface ReportView {
  draft: ReportDraft;
  session: Session;
  student: Student;
  /** Next week's goals and what this session reviewed, from the session's work. */
  goals: Assignment[];
  reviewed: Assignment[];
  /** The kind of session it was, once known (its call's, or the mentor's choice before it). */
  kind: SessionKind | null;
  nextSession: Session | null;
  delivery: ReportDelivery;
  /** Whether this draft has changes since the report was ended (a correction to send). */
  changedSinceEnd: boolean;
  connected: boolean;
  /** Whether ending sends the report to the platform (with its limits), or keeps it on this computer. */
  toPlatform: boolean;
  /** The mentor's name as the platform knows it, for the head of what the student receives; null in local mode. */
  mentorName: string | null;
  /** What Meet's page showed of the student's attendance in the session's call (the first of its calls someone came to). */
  attendanceEvidence: AttendanceEvidence;
  /** The instructions of the platform's and the mentor's own exercises among the goals, by exercise id (the built-in ones the page has). */
  exerciseInstructions: Record<string, string>;
}

/**
 * A draft's save, answered: the revision now on disk and its fields (a
 * view takes from them what another view changed), and the fields this save
 * did not write because another view changed them since its base.
 */
export interface DraftSaved {
  /** The session's id now (a session made here is renamed once the platform knows it). */
  sessionId: string;
  revision: number;
  savedAt: number;
  fields: ReportFields;
  conflicts: ReportFieldKey[];
}

export type EndResult = { ended: true; view: ReportView } | { ended: false; problems: ReportProblem[] };

/** What the options page shows of sync: never the token. */
export interface SyncOverview {
  connection: { baseUrl: string; mentorName: string; needsReconnect: boolean; connectedAt: number } | null;
  lastSyncAt: number | null;
  lastError: { code: string; message: string; at: number } | null;
  waiting: number;
  /** When the next retry is due, and why the last attempt failed. */
  nextAttemptAt: number | null;
  lastAttemptError: OutboxError | null;
  attention: Pick<OutboxItem, 'id' | 'endpoint' | 'createdAt' | 'lastError'>[];
  /** Records the platform sent that Cadence left out, as it cannot read them; the others loaded. */
  refused: (RefusedRecord & { list: 'students' | 'sessions' | 'exercises' })[];
}

/** The kinds of record an export file holds, named as the file names them (the database's stores). */
export const EXPORT_KINDS = [
  'students',
  'sessions',
  'exercises',
  'liveSessions',
  'assignments',
  'sessionPlans',
  'myExercises',
  'reportDrafts',
  'transfers',
] as const;

export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportSummary = Record<ExportKind, { added: number; updated: number; unchanged: number }>;

/** Where a file was refused: the first record it could not take, and in it the field, as the file names it. */
export interface ImportProblem {
  reason: 'date' | 'time-zone' | 'value';
  kind: ExportKind;
  /** Counted from 1, as a person counts. */
  record: number;
  field: string;
}

/** The problem a refused import's detail names, or null when it names none (not JSON, not an export). */
export function readImportProblem(detail: string | undefined): ImportProblem | null {
  try {
    const problem = JSON.parse(detail ?? '') as ImportProblem;
    return EXPORT_KINDS.includes(problem.kind) && Number.isInteger(problem.record) ? problem : null;
  } catch {
    return null;
  }
}

/** The mentor's month, as the month page shows it and exports it. */
export interface MonthView {
  statement: MonthStatement;
  /** Connected to a platform: each line says where the platform's status differs. */
  connected: boolean;
}
