import { z } from 'zod';
import { daySchema, instantSchema, timeZoneSchema } from '@/utils/core/scheduling/date-values';

/**
 * The school platform's data and API payloads: the one source for the
 * extension's client, the reference server and the OpenAPI document.
 * Each named schema is registered with an id, which becomes its component
 * name in the document.
 */

const id = z.string().min(1).max(128).meta({ description: 'An identifier chosen by the platform.' });
const instant = instantSchema.meta({ description: 'An instant, ISO 8601 with offset.' });
const day = daySchema.meta({ description: 'A calendar day, YYYY-MM-DD.' });
const timezone = timeZoneSchema.meta({ description: 'An IANA time zone, e.g. Europe/Paris.' });
const url = z.url({ protocol: /^https?$/ }).max(2048);
const text = (max: number) => z.string().max(max);
const skill = z.string().min(1).max(80).meta({ description: 'A skill name, e.g. "CSS flexbox".' });
const level = z.number().int().min(1).max(5);

export const mentorSchema = z
  .object({ id, name: text(200).min(1), email: z.email().max(320), timezone })
  .meta({ id: 'Mentor', description: 'The mentor the token belongs to.' });

export const studentSchema = z
  .object({
    id,
    name: text(200).min(1),
    path: z.object({ id, name: text(200).min(1) }),
    currentProject: z.object({ id, name: text(200).min(1), mentorGuideUrl: url.nullable() }).nullable(),
    timezone,
    weeklyHours: z.number().min(0).max(80).meta({ description: 'Hours a week the student usually has for the path.' }),
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
    reason: text(500).min(1),
    comment: text(5000).meta({ description: 'Shared with the student.' }),
  })
  .meta({ id: 'Cancellation' });

export const sessionSchema = z
  .object({
    id,
    studentId: id,
    start: instant,
    plannedMinutes: z.number().int().min(10).max(240),
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
    title: text(200).min(1),
    instructions: text(20_000),
    skills: z.array(skill).max(20),
    level,
    minutes: z.number().int().min(1).max(600),
    paths: z.array(text(200)).max(20),
    projects: z
      .array(text(200))
      .max(20)
      .default([])
      .meta({ description: 'Names of the projects it prepares for; absent means none.' }),
    updatedAt: instant,
  })
  .meta({ id: 'Exercise', description: "An exercise from the platform's collection for mentors." });

export const assignmentKindSchema = z.enum(['course-part', 'exercise', 'project-step']).meta({ id: 'AssignmentKind' });

export const goalSchema = z
  .object({
    kind: assignmentKindSchema,
    title: text(300).min(1),
    url: url.nullable(),
    estimatedMinutes: z.number().int().min(0).max(6000),
    skills: z.array(skill).max(20),
  })
  .meta({ id: 'Goal', description: "A piece of next week's work." });

export const reportInputSchema = z
  .object({
    attendance: z.object({ status: z.enum(['present', 'late']), lateMinutes: z.number().int().min(0).max(240) }),
    summary: text(50_000).min(1).meta({ description: 'How the session went; shared with the student.' }),
    skillEvaluations: z
      .array(z.object({ skill, level: z.number().int().min(1).max(4), comment: text(500) }))
      .max(50),
    goals: z.array(goalSchema).max(50),
    nextSessionStart: instant.nullable(),
    correction: z.boolean().meta({ description: 'True when this corrects a report already submitted.' }),
  })
  .meta({ id: 'ReportInput', description: 'The session report; the platform shares it with the student.' });

export const reportSchema = reportInputSchema
  .extend({ sessionId: id, submittedAt: instant })
  .meta({ id: 'Report' });

export const cancelInputSchema = cancellationSchema
  .extend({ status: z.enum(['canceled', 'late_canceled', 'student_absent']) })
  .meta({ id: 'CancelInput' });

export const scheduleInputSchema = z
  .object({ studentId: id, start: instant, plannedMinutes: z.number().int().min(10).max(240), meetingUrl: url.nullable() })
  .meta({ id: 'ScheduleInput' });

export const rescheduleInputSchema = z
  .object({
    start: instant,
    plannedMinutes: z.number().int().min(10).max(240),
    meetingUrl: url.nullable().optional().meta({ description: 'The call\'s link; absent: the session keeps its own.' }),
  })
  .meta({ id: 'RescheduleInput', description: 'A pending session at a new time, or a new session in place of a canceled one.' });

export const transferInputSchema = z
  .object({
    studentId: id,
    effectiveDate: day,
    reason: text(2000).min(1),
    messageToStudent: text(5000),
    handoffSummary: text(50_000),
  })
  .meta({ id: 'TransferInput' });

export const transferRequestSchema = transferInputSchema
  .extend({ id, status: z.enum(['requested', 'matched', 'done']), createdAt: instant })
  .meta({ id: 'TransferRequest' });

export const studentFlagInputSchema = z
  .object({
    kind: z.enum(['work-not-done']).meta({ description: 'work-not-done: the assigned work was not done, again.' }),
    sessionIds: z.array(id).max(10).meta({ description: 'The sessions where it was seen, newest first.' }),
    note: text(2000),
  })
  .meta({ id: 'StudentFlagInput', description: "A mentor's warning about a student, for the platform's staff." });

export const studentFlagSchema = studentFlagInputSchema
  .extend({ id, studentId: id, createdAt: instant })
  .meta({ id: 'StudentFlag' });

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
