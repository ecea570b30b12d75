import type { Session } from '@/utils/core/platform/platform-schemas';

/** What moving (or editing) a session may change: when, how long, and on which link. */
export interface SessionMove {
  start: string;
  plannedMinutes: number;
  /** The call's new link; undefined keeps the one it has. */
  meetingUrl?: string | null;
}

/**
 * A session moved to another time agreed with the student. Unlike a
 * cancellation it has no verdict (nobody is at fault, nothing is billed or
 * lost): the same session, still pending, at its new time.
 */
export function moveSession(session: Session, move: SessionMove, nowIso: string): Session {
  if (session.status !== 'pending') throw new Error(`only a pending session moves, not a ${session.status} one`);
  return {
    ...session,
    start: new Date(move.start).toISOString(),
    plannedMinutes: move.plannedMinutes,
    meetingUrl: move.meetingUrl === undefined ? session.meetingUrl : move.meetingUrl,
    updatedAt: nowIso,
  };
}
