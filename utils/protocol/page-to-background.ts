import { z } from 'zod';
import { daySchema, epochMsSchema, instantSchema, timeZoneSchema } from '@/utils/core/scheduling/date-values';
import { assignmentKindSchema, type Exercise, type Mentor, type Session, type Student } from '@/utils/core/platform/platform-schemas';
import { OUTCOMES } from '@/utils/core/review/assignment';
import { SESSION_KINDS } from '@/utils/core/agenda/session-kinds';
import type { CancellationVerdict } from '@/utils/core/policy/cancellation-policy';
import { reportFieldsSchema } from '@/utils/core/rules/stored-records';
import {
  EXERCISE_INSTRUCTIONS_MAX,
  EXERCISE_PATHS_MAX,
  LINK_MAX,
  LONG_TEXT_MAX,
  MESSAGE_MAX,
  NAME_MAX,
  NOTE_MAX,
  SKILLS_MAX,
  WORK_TITLE_MAX,
} from '@/utils/core/rules/limits';
import {
  exerciseMinutesSchema,
  levelSchema,
  liveSessionIdSchema,
  meetingCodeSchema,
  meetingLinkSchema,
  optionalLink,
  plannedMinutesSchema,
  recordIdSchema,
  requiredTextSchema,
  skillNameSchema,
  typed,
  webLinkSchema,
  weeklyHoursSchema,
  workMinutesSchema,
} from '@/utils/core/rules/value-schemas';
import type { WeekOverview } from '@/utils/core/overview/week-overview';
import type { StudentRecord, TransferRecord } from '@/utils/core/students/student-record';
import { answers, type HandlersOf, type RepliesOf, type RequestOf, type RequestTable, schemaOf } from './requests';
import type { ErrorCode } from './ui-to-background';
import type { CallPreview, DraftSaved, EndResult, ExportSummary, MonthView, ReportView, SyncOverview, WorkspaceView } from './reply-views';
import { isMonth } from '@/utils/core/month/calendar-month';

/**
 * Requests only Cadence's own pages may send (never the content script):
 * the platform connection and its token, the mentor's records, their export.
 */
const loopback = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/;
export const platformUrlSchema = z
  .url()
  .max(LINK_MAX)
  .refine((url) => url.startsWith('https://') || loopback.test(url), 'https only, but for this computer');
const token = z.string().trim().min(1).max(4096);
const recordId = recordIdSchema;

export const localStudentInputSchema = z.object({
  id: recordId.nullable(),
  name: typed(requiredTextSchema(NAME_MAX)),
  pathName: typed(requiredTextSchema(NAME_MAX)),
  projectName: z.string().trim().max(NAME_MAX),
  mentorGuideUrl: optionalLink(webLinkSchema),
  timezone: timeZoneSchema,
  weeklyHours: weeklyHoursSchema,
  level: levelSchema,
});

export const sessionInputSchema = z.object({
  studentId: recordId,
  start: instantSchema,
  plannedMinutes: plannedMinutesSchema,
  meetingUrl: optionalLink(meetingLinkSchema),
});

const liveSessionId = liveSessionIdSchema;
const note = z.string().max(NOTE_MAX);
const skills = z.array(typed(skillNameSchema)).max(SKILLS_MAX);
const level = levelSchema;

/** A piece of work: an assignment set as a goal, or noticed in a review. */
export const workInputSchema = z.object({
  kind: assignmentKindSchema,
  title: typed(requiredTextSchema(WORK_TITLE_MAX)),
  url: optionalLink(webLinkSchema),
  estimatedMinutes: workMinutesSchema,
  skills,
  exerciseId: recordId.nullable(),
  level: level.nullable(),
});

export const linkChoiceSchema = z.union([z.object({ sessionId: recordId }), z.object({ studentId: recordId })]);

export const myExerciseInputSchema = z.object({
  id: recordId.nullable(),
  title: typed(requiredTextSchema(NAME_MAX)),
  instructions: z.string().max(EXERCISE_INSTRUCTIONS_MAX),
  skills: skills.min(1),
  level,
  minutes: exerciseMinutesSchema,
  paths: z.array(typed(requiredTextSchema(NAME_MAX))).max(EXERCISE_PATHS_MAX),
  projects: z.array(typed(requiredTextSchema(NAME_MAX))).max(EXERCISE_PATHS_MAX),
});

/** Every request of the channel: its fields, what it answers, what the background does after it. */
export const PAGE_REQUESTS = {
  'platform/overview': { input: {}, reply: answers<SyncOverview>(), after: [] },
  'platform/test': { input: { baseUrl: platformUrlSchema, token }, reply: answers<ConnectionCheck>(), after: [] },
  'platform/connect': {
    input: { baseUrl: platformUrlSchema, token },
    reply: answers<ConnectionCheck>(),
    after: ['plan-follow-ups'],
  },
  'platform/disconnect': { input: {}, reply: answers<SyncOverview>(), after: ['plan-follow-ups'] },
  'platform/sync-now': { input: {}, reply: answers<SyncOverview>(), after: ['plan-follow-ups'] },
  'platform/retry': { input: { itemId: z.string().uuid() }, reply: answers<SyncOverview>(), after: ['plan-follow-ups'] },
  'records/list': {
    input: {},
    reply: answers<{ students: Student[]; sessions: Session[]; formerStudentIds: string[]; connected: boolean }>(),
    after: [],
  },
  'records/save-student': { input: { student: localStudentInputSchema }, reply: answers<Student>(), after: ['plan-follow-ups'] },
  'records/delete-student': { input: { id: recordId }, reply: answers<null>(), after: ['plan-follow-ups'] },
  'records/schedule-session': {
    input: { session: sessionInputSchema },
    reply: answers<Session>(),
    after: ['send-soon', 'plan-follow-ups'],
  },
  'records/delete-session': { input: { id: recordId }, reply: answers<null>(), after: ['plan-follow-ups'] },
  'data/export': { input: {}, reply: answers<string>(), after: [] },
  'data/import': { input: { json: z.string().max(50_000_000) }, reply: answers<ExportSummary>(), after: ['plan-follow-ups'] },
  'data/wipe': { input: {}, reply: answers<null>(), after: ['plan-follow-ups'] },
  'workspace/open': { input: { liveSessionId }, reply: answers<WorkspaceView>(), after: [] },
  'workspace/preview': { input: { meetingCode: meetingCodeSchema }, reply: answers<CallPreview>(), after: [] },
  // In the lobby: the kind of session the call will be (null: as Cadence proposes); answers the preview again.
  'workspace/set-kind': {
    input: { meetingCode: meetingCodeSchema, sessionId: recordId, kind: z.enum(SESSION_KINDS).nullable() },
    reply: answers<CallPreview>(),
    after: [],
  },
  'workspace/candidates': { input: {}, reply: answers<{ sessions: Session[]; students: Student[] }>(), after: [] },
  'workspace/link': { input: { liveSessionId, choice: linkChoiceSchema }, reply: answers<WorkspaceView>(), after: [] },
  'workspace/set-outcome': {
    input: { liveSessionId, assignmentId: recordId, outcome: z.enum(OUTCOMES).nullable(), note },
    reply: answers<WorkspaceView>(),
    after: [],
  },
  'workspace/add-unasked': {
    input: { liveSessionId, work: workInputSchema, outcome: z.enum(OUTCOMES), note },
    reply: answers<WorkspaceView>(),
    after: [],
  },
  'workspace/add-goal': { input: { liveSessionId, work: workInputSchema }, reply: answers<WorkspaceView>(), after: [] },
  // Work not done (or done with difficulties) given again for next week, linked to the first time.
  'workspace/give-again': { input: { liveSessionId, assignmentId: recordId }, reply: answers<WorkspaceView>(), after: [] },
  'workspace/update-goal': {
    input: { liveSessionId, assignmentId: recordId, work: workInputSchema },
    reply: answers<WorkspaceView>(),
    after: [],
  },
  'workspace/remove-goal': { input: { liveSessionId, assignmentId: recordId }, reply: answers<WorkspaceView>(), after: [] },
  'workspace/set-hours': {
    input: { liveSessionId, hours: weeklyHoursSchema.nullable() },
    reply: answers<WorkspaceView>(),
    after: [],
  },
  'workspace/fix-next-session': {
    input: { liveSessionId, start: instantSchema, plannedMinutes: plannedMinutesSchema },
    reply: answers<WorkspaceView>(),
    after: ['send-soon', 'plan-follow-ups'],
  },
  'workspace/flag-not-done': { input: { liveSessionId, note }, reply: answers<WorkspaceView>(), after: ['send-soon'] },
  'report/open': { input: { sessionId: recordId }, reply: answers<ReportView>(), after: [] },
  // The fields an editor (a page's view, by its random id) changed since the revision its text grew from; see `applySave`.
  'report/save-draft': {
    input: {
      sessionId: recordId,
      editorId: z.string().uuid(),
      baseRevision: z.number().int().min(0),
      fields: reportFieldsSchema.partial(),
    },
    reply: answers<DraftSaved>(),
    after: ['tell-report-views'],
  },
  'report/end': { input: { sessionId: recordId }, reply: answers<EndResult>(), after: ['send-soon', 'plan-follow-ups'] },
  'sessions/no-show': {
    input: { sessionId: recordId, comment: z.string().max(MESSAGE_MAX) },
    reply: answers<Session>(),
    after: ['send-soon', 'plan-follow-ups'],
  },
  'sessions/cancel': {
    input: {
      sessionId: recordId,
      by: z.enum(['student', 'mentor']),
      reason: z.enum(['unfinished-work', 'illness', 'work-or-family', 'technical', 'other']),
      cancelledAt: epochMsSchema,
      comment: z.string().max(MESSAGE_MAX),
    },
    reply: answers<{ session: Session; verdict: CancellationVerdict }>(),
    after: ['send-soon', 'plan-follow-ups'],
  },
  'sessions/reschedule': {
    input: { sessionId: recordId, start: instantSchema, plannedMinutes: plannedMinutesSchema },
    reply: answers<Session>(),
    after: ['send-soon', 'plan-follow-ups'],
  },
  // The same session at another time agreed with the student: no verdict; the platform's reschedule, sent once.
  'sessions/move': {
    input: {
      sessionId: recordId,
      start: instantSchema,
      plannedMinutes: plannedMinutesSchema,
      // Absent: the link stays; '': the session has none.
      meetingUrl: optionalLink(meetingLinkSchema).optional(),
    },
    reply: answers<Session>(),
    after: ['send-soon', 'plan-follow-ups'],
  },
  'overview/week': { input: {}, reply: answers<WeekOverview>(), after: [] },
  'students/record': { input: { studentId: recordId }, reply: answers<StudentRecord>(), after: [] },
  'students/transfer': {
    input: {
      studentId: recordId,
      effectiveDate: daySchema,
      reason: typed(requiredTextSchema(NOTE_MAX)),
      messageToStudent: z.string().max(MESSAGE_MAX),
      handoffSummary: z.string().max(LONG_TEXT_MAX),
    },
    reply: answers<TransferRecord>(),
    after: ['send-soon', 'plan-follow-ups'],
  },
  'exercises/list': { input: {}, reply: answers<{ platform: Exercise[]; mine: Exercise[] }>(), after: [] },
  'exercises/save-mine': { input: { exercise: myExerciseInputSchema }, reply: answers<Exercise>(), after: [] },
  'exercises/delete-mine': { input: { id: recordId }, reply: answers<null>(), after: [] },
  // The mentor's month (YYYY-MM on the clock of `timezone`): its sessions, what they pay, what is left to settle.
  'month/statement': {
    input: { month: z.string().refine(isMonth), timezone: timeZoneSchema },
    reply: answers<MonthView>(),
    after: [],
  },
} as const satisfies RequestTable;

export const pageToBackgroundSchema = schemaOf(PAGE_REQUESTS);

export type PageToBackground = RequestOf<typeof PAGE_REQUESTS>;
/** A page request's fields, without its type: what a page's model takes to send it. */
export type PageRequestInput<K extends PageToBackground['type']> = Omit<Extract<PageToBackground, { type: K }>, 'type'>;
export type LocalStudentInput = z.infer<typeof localStudentInputSchema>;
export type SessionInput = z.infer<typeof sessionInputSchema>;
export type WorkInput = z.infer<typeof workInputSchema>;
export type LinkChoice = z.infer<typeof linkChoiceSchema>;
export type MyExerciseInput = z.infer<typeof myExerciseInputSchema>;
export type ReportFieldsInput = z.infer<typeof reportFieldsSchema>;

/** A connection attempt: the platform's mentor, or why it failed. */
export type ConnectionCheck = { ok: true; mentor: Mentor } | { ok: false; status: number; code: ErrorCode | string; message: string };

/** What each request answers with. */
export type PageToBackgroundReplies = RepliesOf<typeof PAGE_REQUESTS>;

/** How the background answers each request: one handler per type. */
export type PageHandlers = HandlersOf<typeof PAGE_REQUESTS>;
