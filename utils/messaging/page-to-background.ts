import { z } from 'zod';
import type { ExportSummary } from '../data/data-transfer';
import type { SyncOverview } from '../sync/sync-overview';
import type { Mentor, Session, Student } from '../platform/platform-schemas';
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
  timezone: z.string().min(1).max(64),
  weeklyHours: z.number().min(0).max(80),
  level: z.number().int().min(1).max(5),
});

export const sessionInputSchema = z.object({
  studentId: recordId,
  start: z.iso.datetime({ offset: true }),
  plannedMinutes: z.number().int().min(10).max(240),
  meetingUrl: z.union([z.literal(''), z.url({ protocol: /^https$/ }).max(2048)]),
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
]);

export type PageToBackground = z.infer<typeof pageToBackgroundSchema>;
export type LocalStudentInput = z.infer<typeof localStudentInputSchema>;
export type SessionInput = z.infer<typeof sessionInputSchema>;

/** A connection attempt: the platform's mentor, or why it failed. */
export type ConnectionCheck = { ok: true; mentor: Mentor } | { ok: false; status: number; code: ErrorCode | string; message: string };

export interface PageToBackgroundReplies {
  'platform/overview': SyncOverview;
  'platform/test': ConnectionCheck;
  'platform/connect': ConnectionCheck;
  'platform/disconnect': SyncOverview;
  'platform/sync-now': SyncOverview;
  'platform/retry': SyncOverview;
  'records/list': { students: Student[]; sessions: Session[]; connected: boolean };
  'records/save-student': Student;
  'records/delete-student': null;
  'records/schedule-session': Session;
  'records/delete-session': null;
  'data/export': string;
  'data/import': ExportSummary;
  'data/wipe': null;
}
