import { z } from 'zod';
import {
  cancelInputSchema,
  exercisePageSchema,
  mentorSchema,
  reportInputSchema,
  reportSchema,
  rescheduleInputSchema,
  scheduleInputSchema,
  sessionPageSchema,
  sessionSchema,
  sessionStatusSchema,
  studentFlagInputSchema,
  studentFlagSchema,
  studentPageSchema,
  transferInputSchema,
  transferRequestSchema,
} from './platform-schemas';

/**
 * The platform API, one entry per operation. Paths are relative to the base
 * URL the mentor enters; `{sessionId}` is a path parameter. Every write
 * carries an `Idempotency-Key`.
 */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  summary: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Status of a success answer, and its body. */
  status: 200 | 201;
  response: z.ZodType;
  /** Lists answer 304 to a matching `If-None-Match`. */
  etag?: boolean;
}

const updatedSince = z.iso.datetime({ offset: true }).optional().meta({
  description: 'Only what changed at or after this instant: the `serverTime` of the previous answer.',
});

export const ENDPOINTS = {
  getMentor: { method: 'GET', path: '/mentor', summary: 'The mentor the token belongs to', status: 200, response: mentorSchema },
  listStudents: {
    method: 'GET',
    path: '/students',
    summary: "The mentor's students",
    query: z.object({ updatedSince }),
    status: 200,
    response: studentPageSchema,
    etag: true,
  },
  listSessions: {
    method: 'GET',
    path: '/sessions',
    summary: "The mentor's sessions starting in a date range",
    query: z.object({
      from: z.iso.datetime({ offset: true }),
      to: z.iso.datetime({ offset: true }),
      status: z
        .string()
        .regex(/^[a-z_]+(,[a-z_]+)*$/)
        .optional()
        .meta({
          description: `Comma-separated statuses among ${sessionStatusSchema.options.join(', ')}.`,
        }),
      updatedSince,
    }),
    status: 200,
    response: sessionPageSchema,
    etag: true,
  },
  listExercises: {
    method: 'GET',
    path: '/exercises',
    summary: "The platform's collection of exercises for mentors",
    query: z.object({ updatedSince }),
    status: 200,
    response: exercisePageSchema,
    etag: true,
  },
  submitReport: {
    method: 'PUT',
    path: '/sessions/{sessionId}/report',
    summary: 'Submit (or correct) the report of a session; the session becomes completed',
    body: reportInputSchema,
    status: 200,
    response: reportSchema,
  },
  cancelSession: {
    method: 'POST',
    path: '/sessions/{sessionId}/cancel',
    summary: 'Cancel a pending session: a planned absence, a late cancellation or a no-show',
    body: cancelInputSchema,
    status: 200,
    response: sessionSchema,
  },
  scheduleSession: {
    method: 'POST',
    path: '/sessions',
    summary: 'Schedule a session with a student',
    body: scheduleInputSchema,
    status: 201,
    response: sessionSchema,
  },
  rescheduleSession: {
    method: 'POST',
    path: '/sessions/{sessionId}/reschedule',
    summary: 'Move a pending session to a new time, or schedule a new one in place of a canceled one',
    body: rescheduleInputSchema,
    status: 201,
    response: sessionSchema,
  },
  requestTransfer: {
    method: 'POST',
    path: '/transfer-requests',
    summary: 'Ask the platform to transfer a student to another mentor',
    body: transferInputSchema,
    status: 201,
    response: transferRequestSchema,
  },
  flagStudent: {
    method: 'POST',
    path: '/students/{studentId}/flags',
    summary: "Warn the platform's staff about a student (work not done, again)",
    body: studentFlagInputSchema,
    status: 201,
    response: studentFlagSchema,
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;
