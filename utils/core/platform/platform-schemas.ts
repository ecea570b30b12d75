import { z } from 'zod';
import { daySchema, instantSchema, timeZoneSchema } from '@/utils/core/scheduling/date-values';
import {
  LONG_TEXT_MAX,
  MESSAGE_MAX,
  NAME_MAX,
  NOTE_MAX,
  EXERCISE_INSTRUCTIONS_MAX,
  EXERCISE_PATHS_MAX,
  SKILLS_MAX,
  WORK_TITLE_MAX,
} from '@/utils/core/rules/limits';
import {
  attendanceSchema,
  exerciseMinutesSchema,
  levelSchema,
  plannedMinutesSchema,
  recordIdSchema,
  requiredTextSchema,
  skillNameSchema,
  textSchema,
  webLinkSchema,
  weeklyHoursSchema,
  workMinutesSchema,
} from '@/utils/core/rules/value-schemas';

/**
 * The school platform's data and API payloads: the one source for the
 * extension's client, the reference server and the OpenAPI document.
 * Each named schema is registered with an id, which becomes its component
 * name in the document.
 */

const id = recordIdSchema.meta({ description: 'An identifier chosen by the platform.' });
const instant = instantSchema.meta({
  description: 'An instant, ISO 8601 with offset, from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z.',
});
const day = daySchema.meta({ description: 'A calendar day, YYYY-MM-DD, from 1970-01-01 to 9999-12-31.' });
const timezone = timeZoneSchema.meta({
  description: 'An IANA time zone name (the tz database), e.g. Europe/Paris; a name the tz database does not have is refused.',
});
const url = webLinkSchema.meta({ description: 'An http or https address; any other scheme is refused.' });
const text = textSchema;
const skill = skillNameSchema.meta({ description: 'A skill name, e.g. "CSS flexbox".' });
const level = levelSchema;

export const mentorSchema = z
  .object({ id, name: requiredTextSchema(NAME_MAX), email: z.email().max(320), timezone })
  .meta({ id: 'Mentor', description: 'The mentor the token belongs to.' });

export const studentSchema = z
  .object({
    id,
    name: requiredTextSchema(NAME_MAX),
    path: z.object({ id, name: requiredTextSchema(NAME_MAX) }),
    currentProject: z.object({ id, name: requiredTextSchema(NAME_MAX), mentorGuideUrl: url.nullable() }).nullable(),
    timezone,
    weeklyHours: weeklyHoursSchema.meta({ description: 'Hours a week the student usually has for the path.' }),
    level: level.meta({ description: '1: beginner … 5: autonomous.' }),
    active: z.boolean().meta({ description: 'False once transferred to another mentor.' }),
    updatedAt: instant,
  })
  .meta({ id: 'Student' });

export const sessionStatusSchema = z
  .enum(['pending', 'completed', 'canceled', 'late_canceled', 'student_absent'])
  .meta({ id: 'SessionStatus' });

export const cancellationSchema = z
  .object({
    by: z.enum(['student', 'mentor']),
    at: instant,
    reason: requiredTextSchema(500),
    comment: text(MESSAGE_MAX).meta({ description: 'Shared with the student.' }),
  })
  .meta({ id: 'Cancellation' });

export const sessionSchema = z
  .object({
    id,
    studentId: id,
    start: instant,
    plannedMinutes: plannedMinutesSchema,
    meetingUrl: url.nullable(),
    status: sessionStatusSchema,
    cancellation: cancellationSchema.nullable(),
    rescheduledFrom: id.nullable(),
    updatedAt: instant,
  })
  .meta({ id: 'Session' });

export const exerciseSchema = z
  .object({
    id,
    title: requiredTextSchema(NAME_MAX),
    instructions: text(EXERCISE_INSTRUCTIONS_MAX),
    skills: z.array(skill).max(SKILLS_MAX),
    level,
    minutes: exerciseMinutesSchema,
    paths: z.array(text(NAME_MAX)).max(EXERCISE_PATHS_MAX),
    projects: z
      .array(text(NAME_MAX))
      .max(EXERCISE_PATHS_MAX)
      .default([])
      .meta({ description: 'Names of the projects it prepares for; absent means none.' }),
    updatedAt: instant,
  })
  .meta({ id: 'Exercise', description: "An exercise from the platform's collection for mentors." });

export const assignmentKindSchema = z.enum(['course-part', 'exercise', 'project-step']).meta({ id: 'AssignmentKind' });

export const goalSchema = z
  .object({
    kind: assignmentKindSchema,
    title: requiredTextSchema(WORK_TITLE_MAX),
    url: url.nullable(),
    estimatedMinutes: workMinutesSchema,
    skills: z.array(skill).max(SKILLS_MAX),
  })
  .meta({ id: 'Goal', description: "A piece of next week's work." });

export const reportInputSchema = z
  .object({
    attendance: attendanceSchema,
    summary: requiredTextSchema(LONG_TEXT_MAX).meta({ description: 'How the session went; shared with the student.' }),
    skillEvaluations: z.array(z.object({ skill, level: z.number().int().min(1).max(4), comment: text(500) })).max(50),
    goals: z.array(goalSchema).max(50),
    nextSessionStart: instant.nullable(),
    correction: z.boolean().meta({ description: 'True when this corrects a report already submitted.' }),
  })
  .meta({ id: 'ReportInput', description: 'The session report; the platform shares it with the student.' });

export const reportSchema = reportInputSchema.extend({ sessionId: id, submittedAt: instant }).meta({ id: 'Report' });

export const cancelInputSchema = cancellationSchema
  .extend({ status: z.enum(['canceled', 'late_canceled', 'student_absent']) })
  .meta({ id: 'CancelInput' });

export const scheduleInputSchema = z
  .object({ studentId: id, start: instant, plannedMinutes: plannedMinutesSchema, meetingUrl: url.nullable() })
  .meta({ id: 'ScheduleInput' });

export const rescheduleInputSchema = z
  .object({
    start: instant,
    plannedMinutes: plannedMinutesSchema,
    meetingUrl: url.nullable().optional().meta({ description: "The call's link; absent: the session keeps its own." }),
  })
  .meta({ id: 'RescheduleInput', description: 'A pending session at a new time, or a new session in place of a canceled one.' });

export const transferInputSchema = z
  .object({
    studentId: id,
    effectiveDate: day,
    reason: requiredTextSchema(NOTE_MAX),
    messageToStudent: text(MESSAGE_MAX),
    handoffSummary: text(LONG_TEXT_MAX),
  })
  .meta({ id: 'TransferInput' });

export const transferRequestSchema = transferInputSchema
  .extend({ id, status: z.enum(['requested', 'matched', 'done']), createdAt: instant })
  .meta({ id: 'TransferRequest' });

export const studentFlagInputSchema = z
  .object({
    kind: z.enum(['work-not-done']).meta({ description: 'work-not-done: the assigned work was not done, again.' }),
    sessionIds: z.array(id).max(10).meta({ description: 'The sessions where it was seen, newest first.' }),
    note: text(NOTE_MAX),
  })
  .meta({ id: 'StudentFlagInput', description: "A mentor's warning about a student, for the platform's staff." });

export const studentFlagSchema = studentFlagInputSchema.extend({ id, studentId: id, createdAt: instant }).meta({ id: 'StudentFlag' });

/** Every list read is incremental: pass back `serverTime` as `updatedSince`. */
const page = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item).max(10_000), serverTime: instant }).meta({ id: name });

export const studentPageSchema = page(studentSchema, 'StudentPage');
export const sessionPageSchema = page(sessionSchema, 'SessionPage');
export const exercisePageSchema = page(exerciseSchema, 'ExercisePage');

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.string().min(1).max(64).meta({ description: 'Stable, machine-readable, e.g. "invalid_body".' }),
      message: text(2000).meta({ description: 'For a person to read.' }),
    }),
  })
  .meta({ id: 'ApiError', description: 'Every error answer has this shape.' });

export type Mentor = z.infer<typeof mentorSchema>;
export type Student = z.infer<typeof studentSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type SessionStatus = z.infer<typeof sessionStatusSchema>;
export type Exercise = z.infer<typeof exerciseSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type ReportInput = z.infer<typeof reportInputSchema>;
export type Report = z.infer<typeof reportSchema>;
export type CancelInput = z.infer<typeof cancelInputSchema>;
export type ScheduleInput = z.infer<typeof scheduleInputSchema>;
export type RescheduleInput = z.infer<typeof rescheduleInputSchema>;
export type TransferInput = z.infer<typeof transferInputSchema>;
export type TransferRequest = z.infer<typeof transferRequestSchema>;
export type StudentFlagInput = z.infer<typeof studentFlagInputSchema>;
export type StudentFlag = z.infer<typeof studentFlagSchema>;
export type ApiError = z.infer<typeof apiErrorSchema>;
