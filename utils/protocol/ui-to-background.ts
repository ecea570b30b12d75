import { z } from 'zod';
import type { PhasePlan } from '@/utils/core/agenda/plan-agenda';
import { SESSION_KINDS } from '@/utils/core/agenda/session-kinds';
import { MAX_PHASES } from '@/utils/core/agenda/phases';
import { checklistItemIdSchema } from '@/utils/core/agenda/agenda-settings';
import type { LiveSession } from '@/utils/core/session/live-session';
import { answers, type HandlersOf, type RepliesOf, type RequestOf, type RequestTable, schemaOf } from './requests';
import { liveSessionIdSchema, meetingCodeSchema } from '@/utils/core/rules/value-schemas';
import { MAX_PARTICIPANTS } from '@/utils/core/rules/limits';

/**
 * Requests from Cadence's views (the Meet panel, the extension pages) to the
 * background, which owns the data. Every one is parsed here on arrival.
 */
const meetingCode = meetingCodeSchema;
const sessionId = liveSessionIdSchema;
const checklistItemId = checklistItemIdSchema;

/** What the panel shows of a call at a glance: whose session it is, when, and its agenda. */
export interface CallGlance {
  /** The first word of the student's name; null when no session or student is known. */
  studentFirstName: string | null;
  plannedMinutes: number;
  phases: PhasePlan[];
  /** The scheduled session's start, ISO 8601. */
  scheduledStart: string | null;
  sessionId: string | null;
  /**
   * Once a no-show or a cancellation closed the scheduled session, what the panel says in place of
   * asking for the report, in the mentor's words ("Student absent: no report to write"); its end is
   * then for good. Null otherwise.
   */
  noReport: string | null;
  /** Who came, in the mentor's words; null where Meet's page could not tell, or nobody is named. */
  presence: GlancePresence | null;
}

/**
 * The strip's line on who came, worded by the background: "Awa joined 14:07 · 7 min late" as it
 * stands, or, while waiting, "Waiting for Awa" and from `lateSince` on (the scheduled start) the
 * minutes between the two parts of `around`: "Waiting for Awa · 7 min". Meet's page only counts them.
 */
export interface GlancePresence {
  line: string;
  around: [string, string] | null;
  lateSince: number | null;
}

/** Every request of the channel: its fields, what it answers, what the background does after it. */
export const UI_REQUESTS = {
  'live-session/for-call': { input: { meetingCode }, reply: answers<LiveSession | null>(), after: [] },
  // A call joined, ended, or taken up again: the reminders and the badge follow, and a held update may apply.
  'live-session/join-call': { input: { meetingCode }, reply: answers<LiveSession | null>(), after: ['plan-follow-ups'] },
  'live-session/call-ended': {
    input: { meetingCode },
    reply: answers<LiveSession | null>(),
    after: ['settle-updates', 'plan-follow-ups'],
  },
  'live-session/start': { input: { meetingCode: meetingCode.nullable() }, reply: answers<LiveSession>(), after: [] },
  'live-session/go-to-phase': {
    input: {
      sessionId,
      index: z
        .number()
        .int()
        .min(0)
        .max(MAX_PHASES - 1),
    },
    reply: answers<LiveSession>(),
    after: [],
  },
  // The mentor says the call is another kind of session: its agenda becomes that kind's.
  'live-session/set-kind': { input: { sessionId, kind: z.enum(SESSION_KINDS) }, reply: answers<LiveSession>(), after: [] },
  'live-session/set-checked': {
    input: { sessionId, itemId: checklistItemId, checked: z.boolean() },
    reply: answers<LiveSession>(),
    after: [],
  },
  // Ended by hand: the call still counts until the undo is no longer taken; updates settle again then.
  'live-session/end': {
    input: { sessionId },
    reply: answers<LiveSession>(),
    after: ['settle-updates', 'settle-updates-after-undo', 'plan-follow-ups'],
  },
  /** The session the mentor ended by hand moments ago, running again on the same clock. */
  'live-session/resume': { input: { sessionId }, reply: answers<LiveSession>(), after: ['plan-follow-ups'] },
  /** Who else Meet's page shows in the call, sent when it changes: the call's open session records it (nothing after its end). */
  'live-session/presence': {
    input: { meetingCode, others: z.enum(['yes', 'no', 'unknown']), count: z.number().int().min(0).max(MAX_PARTICIPANTS) },
    reply: answers<LiveSession | null>(),
    after: [],
  },
  /**
   * With a live session: its scheduled session and student, its own agenda.
   * With only a meeting code (the lobby): the session found for the call now
   * and the agenda joining would give. Null when there is no call to speak of.
   */
  'live-session/glance': {
    input: { meetingCode: meetingCode.nullable(), liveSessionId: sessionId.nullable() },
    reply: answers<CallGlance | null>(),
    after: [],
  },
  // The panel on Meet's page read that its call is presented, or no longer: the background keeps the tab's window on show.
  'screen/presenting': { input: { presenting: z.boolean() }, reply: answers<null>(), after: [] },
  /**
   * The mentor shades or shows what is private where they are: the sender's window (a tab's, or the
   * one named by a view outside tabs, the popup's or the side panel's; null: not known).
   */
  'screen/shade': { input: { shaded: z.boolean(), windowId: z.number().int().nullable() }, reply: answers<null>(), after: [] },
  // From the panel on Meet's page, sent in the mentor's click (see the router): opens the browser's side panel on that tab.
  'side-panel/open': { input: {}, reply: answers<null>(), after: [] },
} as const satisfies RequestTable;

export const uiToBackgroundSchema = schemaOf(UI_REQUESTS);

export type UiToBackground = RequestOf<typeof UI_REQUESTS>;

/** What each request answers with. */
export type UiToBackgroundReplies = RepliesOf<typeof UI_REQUESTS>;

/** Answered by the router itself, in the turn the message arrived in: no handler may await before it. */
export type RoutedRequest = 'side-panel/open';

export type ReplyTo<T extends UiToBackground['type']> = UiToBackgroundReplies[T];

/** The requests about the screen shade, answered by their own handlers (`utils/background/calls/screen-shade.ts`). */
export type ShadeRequest = 'screen/presenting' | 'screen/shade';

/** How the background answers each request: one handler per type, given the sender (the call's tab). */
export type UiHandlers = HandlersOf<typeof UI_REQUESTS, RoutedRequest>;

/** Failures a view can explain to the mentor. */
export type ErrorCode =
  'invalid-message' | 'forbidden' | 'not-found' | 'read-only' | 'invalid-file' | 'storage-full' | 'disconnected' | 'internal';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; detail?: string } };
