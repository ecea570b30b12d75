import { z } from 'zod';
import { checklistItemSchema } from '@/utils/core/agenda/agenda-settings';
import { MAX_PHASES, PHASE_KEYS, PHASE_NAMES } from '@/utils/core/agenda/phases';
import { DEFAULT_KIND_AGENDAS, SESSION_KINDS } from '@/utils/core/agenda/session-kinds';
import { assignmentKindSchema } from '@/utils/core/platform/platform-schemas';
import type { ReportDraft } from '@/utils/core/report/report-draft';
import { DRAFT_COMMENT_MAX, DRAFT_TEXT_MAX, SKILL_LEVELS } from '@/utils/core/report/report-draft';
import { OUTCOMES, type Assignment } from '@/utils/core/review/assignment';
import { daySchema, epochMsSchema, instantSchema } from '@/utils/core/scheduling/date-values';
import type { LiveSession } from '@/utils/core/session/live-session';
import { MAX_PRESENCE_MOVES } from '@/utils/core/session/call-presence';
import type { TransferRecord } from '@/utils/core/students/student-record';
import type { SessionPlan } from '@/utils/core/workspace/session-plan';
import { LONG_TEXT_MAX, MAX_CALL_MINUTES, MAX_PARTICIPANTS, MESSAGE_MAX, NOTE_MAX, SKILL_NAME_MAX, WORK_TITLE_MAX } from './limits';
import {
  attendanceSchema,
  levelSchema,
  meetingCodeSchema,
  recordIdSchema,
  requiredTextSchema,
  skillsSchema,
  webLinkSchema,
  weeklyHoursSchema,
  workMinutesSchema,
} from './value-schemas';

/**
 * The records Cadence keeps on this computer besides the platform's, one
 * schema each: the export file is made of these, and each is held to its
 * type below, so the two cannot drift apart.
 */

/**
 * A phase as a session keeps it. Its name is its key's (never read from the file); a session from
 * before the kinds had the weekly phases, with Cadence's checklists.
 */
const phasePlanSchema = z
  .object({
    key: z.enum(PHASE_KEYS),
    minutes: z.number().int().min(0).max(MAX_CALL_MINUTES),
    checklist: z.array(checklistItemSchema).max(20).optional(),
  })
  .transform(({ key, minutes, checklist }) => ({
    key,
    name: PHASE_NAMES[key],
    minutes,
    checklist: checklist ?? DEFAULT_KIND_AGENDAS.weekly.find((phase) => phase.key === key)?.checklist ?? [],
  }));

export const liveSessionRecordSchema = z.object({
  id: recordIdSchema,
  meetingCode: meetingCodeSchema.nullable(),
  // Version 1 files come from before calls were linked to sessions.
  sessionId: recordIdSchema.nullable().default(null),
  startedAt: epochMsSchema,
  plannedMinutes: z.number().int().min(1).max(MAX_CALL_MINUTES),
  // Sessions from before the kinds were weekly ones.
  kind: z.enum(SESSION_KINDS).default('weekly'),
  phases: z.array(phasePlanSchema).min(1).max(MAX_PHASES),
  phaseChanges: z
    .array(
      z.object({
        index: z
          .number()
          .int()
          .min(0)
          .max(MAX_PHASES - 1),
        at: epochMsSchema,
      }),
    )
    .min(1)
    .max(10_000),
  checked: z.array(z.string().max(100)).max(100),
  endedAt: epochMsSchema.nullable(),
  endReason: z.enum(['call-ended', 'mentor']).nullable(),
  updatedAt: epochMsSchema,
  // Files from before Cadence read who is in the call have none.
  presence: z
    .object({
      reading: z.enum(['yes', 'no', 'unknown']),
      since: epochMsSchema,
      count: z.number().int().min(0).max(MAX_PARTICIPANTS),
      known: z.boolean(),
      firstReadAt: epochMsSchema,
      moves: z.array(z.object({ kind: z.enum(['arrived', 'left', 'returned']), at: epochMsSchema })).max(MAX_PRESENCE_MOVES),
      settlesAt: epochMsSchema.nullable(),
    })
    .optional(),
});

export const assignmentRecordSchema = z.object({
  id: recordIdSchema,
  studentId: recordIdSchema,
  setInSessionId: recordIdSchema,
  origin: z.enum(['goal', 'unasked']),
  kind: assignmentKindSchema,
  title: requiredTextSchema(WORK_TITLE_MAX),
  url: webLinkSchema.nullable(),
  estimatedMinutes: workMinutesSchema,
  skills: skillsSchema,
  exerciseId: recordIdSchema.nullable(),
  level: levelSchema.nullable(),
  order: z.number().int().min(0).max(100_000),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  review: z.object({ outcome: z.enum(OUTCOMES), note: z.string().max(NOTE_MAX), sessionId: recordIdSchema, at: instantSchema }).nullable(),
  // Work given again: the times before it (absent the first time it is given).
  carriedOver: z.object({ fromId: recordIdSchema, firstId: recordIdSchema, times: z.number().int().min(2).max(1000) }).optional(),
});

export const sessionPlanRecordSchema = z.object({
  sessionId: recordIdSchema,
  studentId: recordIdSchema,
  hoursThisWeek: weeklyHoursSchema.nullable(),
  nextSessionId: recordIdSchema.nullable(),
  notDoneFlaggedAt: instantSchema.nullable(),
  // Plans from before the kinds: Cadence proposes the kind.
  kind: z.enum(SESSION_KINDS).nullable().default(null),
  updatedAt: instantSchema,
});

/**
 * The report as the mentor types it, kept whole: its texts may run past what
 * the platform takes, which is checked when the session ends.
 */
export const reportFieldsSchema = z.object({
  attendance: attendanceSchema,
  attendancePrefilled: z.boolean().optional(),
  summary: z.string().max(DRAFT_TEXT_MAX),
  privateNotes: z.string().max(DRAFT_TEXT_MAX),
  skillEvaluations: z
    .array(
      z.object({
        skill: z.string().max(SKILL_NAME_MAX),
        level: z
          .number()
          .int()
          .min(Math.min(...SKILL_LEVELS))
          .max(Math.max(...SKILL_LEVELS))
          .nullable(),
        comment: z.string().max(DRAFT_COMMENT_MAX),
      }),
    )
    .max(50),
});

export const reportDraftRecordSchema = reportFieldsSchema.extend({
  sessionId: recordIdSchema,
  studentId: recordIdSchema,
  // A draft kept before revisions were counted reads as revision 0; one before each field's was, as its own revision.
  revision: z.number().int().min(0).default(0),
  fieldRevisions: z
    .object({
      attendance: z.number().int().min(0),
      summary: z.number().int().min(0),
      privateNotes: z.number().int().min(0),
      skillEvaluations: z.number().int().min(0),
    })
    .partial()
    .optional(),
  fieldEditors: z
    .object({
      attendance: z.string().max(100),
      summary: z.string().max(100),
      privateNotes: z.string().max(100),
      skillEvaluations: z.string().max(100),
    })
    .partial()
    .optional(),
  savedAt: epochMsSchema,
  ended: z.object({ at: epochMsSchema, revision: z.number().int(), correction: z.boolean() }).nullable(),
  sent: z.object({ at: epochMsSchema, revision: z.number().int() }).nullable(),
});

export const transferRecordSchema = z.object({
  studentId: recordIdSchema,
  effectiveDate: daySchema,
  reason: requiredTextSchema(NOTE_MAX),
  messageToStudent: z.string().max(MESSAGE_MAX),
  handoffSummary: z.string().max(LONG_TEXT_MAX),
  createdAt: instantSchema,
});

/** True when A and B are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/** Each schema reads exactly its record's type: a drift on either side fails the typecheck here. */
export type StoredRecordsMatchTheirTypes = [
  Holds<Same<z.output<typeof liveSessionRecordSchema>, LiveSession>>,
  Holds<Same<z.output<typeof assignmentRecordSchema>, Assignment>>,
  Holds<Same<z.output<typeof sessionPlanRecordSchema>, SessionPlan>>,
  Holds<Same<z.output<typeof reportDraftRecordSchema>, ReportDraft>>,
  Holds<Same<z.output<typeof transferRecordSchema>, TransferRecord>>,
];
