import { z } from 'zod';
import { daySchema, epochMsSchema, instantSchema, timeZoneSchema } from '@/utils/core/scheduling/date-values';
import type { ExportSummary } from '@/utils/background/stores/data-transfer';
import type { SyncOverview } from '@/utils/background/sync/sync-overview';
import { assignmentKindSchema, type Exercise, type Mentor, type Session, type Student } from '@/utils/core/platform/platform-schemas';
import { OUTCOMES } from '@/utils/core/review/assignment';
import type { CallPreview, WorkspaceView } from '@/utils/background/stores/workspace-store';
import type { CancellationVerdict } from '@/utils/core/policy/cancellation-policy';
import { DRAFT_COMMENT_MAX, DRAFT_TEXT_MAX } from '@/utils/core/report/report-draft';
import type { EndResult, ReportView } from '@/utils/background/stores/report-store';
import type { WeekOverview } from '@/utils/core/overview/week-overview';
import type { StudentRecord, TransferRecord } from '@/utils/core/students/student-record';
import type { ErrorCode } from './ui-to-background';

/**
 * Requests only Cadence's own pages may send (never the content script):
 * the platform connection and its token, the mentor's records, their export.
 */
const loopback = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/;
export const platformUrlSchema = z
  .url()
  .max(2048)
  .refine((url) => url.startsWith('https://') || loopback.test(url), 'https only, but for this computer');
const token = z.string().trim().min(1).max(4096);
const recordId = z.string().min(1).max(128);

export const localStudentInputSchema = z.object({
  id: recordId.nullable(),
  name: z.string().trim().min(1).max(200),
  pathName: z.string().trim().min(1).max(200),
  projectName: z.string().trim().max(200),
  mentorGuideUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2048)]),
  timezone: timeZoneSchema,
  weeklyHours: z.number().min(0).max(80),
  level: z.number().int().min(1).max(5),
});

export const sessionInputSchema = z.object({
  studentId: recordId,
  start: instantSchema,
  plannedMinutes: z.number().int().min(10).max(240),
  meetingUrl: z.union([z.literal(''), z.url({ protocol: /^https$/ }).max(2048)]),
});

const liveSessionId = z.string().uuid();
/** A Meet call's code, as Meet writes it in the call's address (abc-defg-hij). */
const MEETING_CODE = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;
const note = z.string().max(2000);
const skills = z.array(z.string().trim().min(1).max(80)).max(20);
const level = z.number().int().min(1).max(5);

/** A piece of work: an assignment set as a goal, or noticed in a review. */
export const workInputSchema = z.object({
  kind: assignmentKindSchema,
  title: z.string().trim().min(1).max(300),
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2048)]),
  estimatedMinutes: z.number().int().min(0).max(6000),
  skills,
  exerciseId: recordId.nullable(),
  level: level.nullable(),
});

export const linkChoiceSchema = z.union([z.object({ sessionId: recordId }), z.object({ studentId: recordId })]);

export const myExerciseInputSchema = z.object({
  id: recordId.nullable(),
  title: z.string().trim().min(1).max(200),
  instructions: z.string().max(20_000),
  skills: skills.min(1),
  level,
  minutes: z.number().int().min(1).max(600),
  paths: z.array(z.string().trim().min(1).max(200)).max(20),
  projects: z.array(z.string().trim().min(1).max(200)).max(20),
});

/**
 * The report as the mentor types it, kept whole: its texts may run past what
 * the platform takes, which is checked when the session ends.
 */
export const reportFieldsSchema = z.object({
  attendance: z.object({ status: z.enum(['present', 'late']), lateMinutes: z.number().int().min(0).max(240) }),
  summary: z.string().max(DRAFT_TEXT_MAX),
  privateNotes: z.string().max(DRAFT_TEXT_MAX),
  skillEvaluations: z
    .array(
      z.object({ skill: z.string().max(80), level: z.number().int().min(1).max(4).nullable(), comment: z.string().max(DRAFT_COMMENT_MAX) }),
    )
    .max(50),
});

export const pageToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('platform/overview') }),
  z.object({ type: z.literal('platform/test'), baseUrl: platformUrlSchema, token }),
  z.object({ type: z.literal('platform/connect'), baseUrl: platformUrlSchema, token }),
  z.object({ type: z.literal('platform/disconnect') }),
  z.object({ type: z.literal('platform/sync-now') }),
  z.object({ type: z.literal('platform/retry'), itemId: z.string().uuid() }),
  z.object({ type: z.literal('records/list') }),
  z.object({ type: z.literal('records/save-student'), student: localStudentInputSchema }),
  z.object({ type: z.literal('records/delete-student'), id: recordId }),
  z.object({ type: z.literal('records/schedule-session'), session: sessionInputSchema }),
  z.object({ type: z.literal('records/delete-session'), id: recordId }),
  z.object({ type: z.literal('data/export') }),
  z.object({ type: z.literal('data/import'), json: z.string().max(50_000_000) }),
  z.object({ type: z.literal('data/wipe') }),
  z.object({ type: z.literal('workspace/open'), liveSessionId }),
  z.object({ type: z.literal('workspace/preview'), meetingCode: z.string().regex(MEETING_CODE) }),
  z.object({ type: z.literal('workspace/candidates') }),
  z.object({ type: z.literal('workspace/link'), liveSessionId, choice: linkChoiceSchema }),
  z.object({
    type: z.literal('workspace/set-outcome'),
    liveSessionId,
    assignmentId: recordId,
    outcome: z.enum(OUTCOMES).nullable(),
    note,
  }),
  z.object({ type: z.literal('workspace/add-unasked'), liveSessionId, work: workInputSchema, outcome: z.enum(OUTCOMES), note }),
  z.object({ type: z.literal('workspace/add-goal'), liveSessionId, work: workInputSchema }),
  z.object({ type: z.literal('workspace/give-again'), liveSessionId, assignmentId: recordId }),
  z.object({ type: z.literal('workspace/update-goal'), liveSessionId, assignmentId: recordId, work: workInputSchema }),
  z.object({ type: z.literal('workspace/remove-goal'), liveSessionId, assignmentId: recordId }),
  z.object({ type: z.literal('workspace/set-hours'), liveSessionId, hours: z.number().min(0).max(80).nullable() }),
  z.object({
    type: z.literal('workspace/fix-next-session'),
    liveSessionId,
    start: instantSchema,
    plannedMinutes: z.number().int().min(10).max(240),
  }),
  z.object({ type: z.literal('workspace/flag-not-done'), liveSessionId, note }),
  z.object({ type: z.literal('report/open'), sessionId: recordId }),
  z.object({ type: z.literal('report/save-draft'), sessionId: recordId, fields: reportFieldsSchema }),
  z.object({ type: z.literal('report/end'), sessionId: recordId }),
  z.object({ type: z.literal('sessions/no-show'), sessionId: recordId, comment: z.string().max(5000) }),
  z.object({
    type: z.literal('sessions/cancel'),
    sessionId: recordId,
    by: z.enum(['student', 'mentor']),
    reason: z.enum(['unfinished-work', 'illness', 'work-or-family', 'technical', 'other']),
    cancelledAt: epochMsSchema,
    comment: z.string().max(5000),
  }),
  z.object({
    type: z.literal('sessions/reschedule'),
    sessionId: recordId,
    start: instantSchema,
    plannedMinutes: z.number().int().min(10).max(240),
  }),
  z.object({
    type: z.literal('sessions/move'),
    sessionId: recordId,
    start: instantSchema,
    plannedMinutes: z.number().int().min(10).max(240),
    // Absent: the link stays; '': the session has none.
    meetingUrl: z.union([z.literal(''), z.url({ protocol: /^https$/ }).max(2048)]).optional(),
  }),
  z.object({ type: z.literal('overview/week') }),
  z.object({ type: z.literal('students/record'), studentId: recordId }),
  z.object({
    type: z.literal('students/transfer'),
    studentId: recordId,
    effectiveDate: daySchema,
    reason: z.string().trim().min(1).max(2000),
    messageToStudent: z.string().max(5000),
    handoffSummary: z.string().max(50_000),
  }),
  z.object({ type: z.literal('exercises/list') }),
  z.object({ type: z.literal('exercises/save-mine'), exercise: myExerciseInputSchema }),
  z.object({ type: z.literal('exercises/delete-mine'), id: recordId }),
]);

export type PageToBackground = z.infer<typeof pageToBackgroundSchema>;
export type LocalStudentInput = z.infer<typeof localStudentInputSchema>;
export type SessionInput = z.infer<typeof sessionInputSchema>;
export type WorkInput = z.infer<typeof workInputSchema>;
export type LinkChoice = z.infer<typeof linkChoiceSchema>;
export type MyExerciseInput = z.infer<typeof myExerciseInputSchema>;
export type ReportFieldsInput = z.infer<typeof reportFieldsSchema>;

/** A connection attempt: the platform's mentor, or why it failed. */
export type ConnectionCheck = { ok: true; mentor: Mentor } | { ok: false; status: number; code: ErrorCode | string; message: string };

export interface PageToBackgroundReplies {
  'platform/overview': SyncOverview;
  'platform/test': ConnectionCheck;
  'platform/connect': ConnectionCheck;
  'platform/disconnect': SyncOverview;
  'platform/sync-now': SyncOverview;
  'platform/retry': SyncOverview;
  'records/list': { students: Student[]; sessions: Session[]; formerStudentIds: string[]; connected: boolean };
  'records/save-student': Student;
  'records/delete-student': null;
  'records/schedule-session': Session;
  'records/delete-session': null;
  'data/export': string;
  'data/import': ExportSummary;
  'data/wipe': null;
  'workspace/open': WorkspaceView;
  'workspace/preview': CallPreview;
  'workspace/candidates': { sessions: Session[]; students: Student[] };
  'workspace/link': WorkspaceView;
  'workspace/set-outcome': WorkspaceView;
  'workspace/add-unasked': WorkspaceView;
  'workspace/add-goal': WorkspaceView;
  'workspace/give-again': WorkspaceView;
  'workspace/update-goal': WorkspaceView;
  'workspace/remove-goal': WorkspaceView;
  'workspace/set-hours': WorkspaceView;
  'workspace/fix-next-session': WorkspaceView;
  'workspace/flag-not-done': WorkspaceView;
  'report/open': ReportView;
  'report/save-draft': { revision: number; savedAt: number };
  'report/end': EndResult;
  'sessions/no-show': Session;
  'sessions/cancel': { session: Session; verdict: CancellationVerdict };
  'sessions/reschedule': Session;
  'sessions/move': Session;
  'overview/week': WeekOverview;
  'students/record': StudentRecord;
  'students/transfer': TransferRecord;
  'exercises/list': { platform: Exercise[]; mine: Exercise[] };
  'exercises/save-mine': Exercise;
  'exercises/delete-mine': null;
}
