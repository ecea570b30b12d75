import { z } from 'zod';
import type { PhasePlan } from '@/utils/core/agenda/plan-agenda';
import type { LiveSession } from '@/utils/core/session/live-session';
import { meetingCodeSchema } from '@/utils/core/rules/value-schemas';

/**
 * Requests from Cadence's views (the Meet panel, the extension pages) to the
 * background, which owns the data. Every one is parsed here on arrival.
 */
const meetingCode = meetingCodeSchema;
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
  z.object({ type: z.literal('live-session/glance'), meetingCode: meetingCode.nullable(), liveSessionId: sessionId.nullable() }),
  // From the panel on Meet's page, sent in the mentor's click (see the router): opens the browser's side panel on that tab.
  z.object({ type: z.literal('side-panel/open') }),
]);

export type UiToBackground = z.infer<typeof uiToBackgroundSchema>;

/** What the panel shows of a call at a glance: whose session it is, when, and its agenda. */
export interface CallGlance {
  /** The first word of the student's name; null when no session or student is known. */
  studentFirstName: string | null;
  plannedMinutes: number;
  phases: PhasePlan[];
  /** The scheduled session's start, ISO 8601. */
  scheduledStart: string | null;
  sessionId: string | null;
}

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
  /**
   * With a live session: its scheduled session and student, its own agenda.
   * With only a meeting code (the lobby): the session found for the call now
   * and the agenda joining would give. Null when there is no call to speak of.
   */
  'live-session/glance': CallGlance | null;
  'side-panel/open': null;
}

/** Answered by the router itself, in the turn the message arrived in: no handler may await before it. */
export type RoutedRequest = 'side-panel/open';

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
