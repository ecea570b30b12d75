import { z } from 'zod';
import type { LiveSession } from '../session/live-session';

/**
 * Requests from Cadence's views (the Meet panel, the extension pages) to the
 * background, which owns the data. Every one is parsed here on arrival.
 */
const meetingCode = z.string().regex(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
const sessionId = z.string().uuid();
const checklistItemId = z.string().regex(/^[a-z-]{1,40}\.[a-z-]{1,40}$/);

export const uiToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('live-session/for-call'), meetingCode }),
  z.object({ type: z.literal('live-session/join-call'), meetingCode }),
  z.object({ type: z.literal('live-session/call-ended'), meetingCode }),
  z.object({ type: z.literal('live-session/start'), meetingCode: meetingCode.nullable() }),
  z.object({ type: z.literal('live-session/go-to-phase'), sessionId, index: z.number().int().min(0).max(9) }),
  z.object({ type: z.literal('live-session/set-checked'), sessionId, itemId: checklistItemId, checked: z.boolean() }),
  z.object({ type: z.literal('live-session/end'), sessionId }),
  z.object({ type: z.literal('live-session/resume'), sessionId }),
]);

export type UiToBackground = z.infer<typeof uiToBackgroundSchema>;

/** What each request answers with. */
export interface UiToBackgroundReplies {
  'live-session/for-call': LiveSession | null;
  'live-session/join-call': LiveSession | null;
  'live-session/call-ended': LiveSession | null;
  'live-session/start': LiveSession;
  'live-session/go-to-phase': LiveSession;
  'live-session/set-checked': LiveSession;
  'live-session/end': LiveSession;
  /** The session the mentor ended by hand moments ago, running again on the same clock. */
  'live-session/resume': LiveSession;
}

export type ReplyTo<T extends UiToBackground['type']> = UiToBackgroundReplies[T];

/** Failures a view can explain to the mentor. */
export type ErrorCode =
  | 'invalid-message'
  | 'forbidden'
  | 'not-found'
  | 'read-only'
  | 'invalid-file'
  | 'storage-full'
  | 'disconnected'
  | 'internal';

export type Reply<T> = { ok: true; value: T } | { ok: false, error: { code: ErrorCode; detail?: string } };
