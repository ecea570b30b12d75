import { parseMeetingCode } from '@/utils/meet/meeting-url';
import type { Session } from '@/utils/core/platform/platform-schemas';

/** A call this far from a session's start may still be that session. */
export const NEAREST_SESSION_WINDOW_MS = 12 * 3_600_000;

/**
 * The scheduled session a call is: the pending session whose meeting link has
 * the call's code (the one nearest to now if several do), else the pending
 * session nearest to now within the window, else none (the mentor picks).
 */
export function findSessionForCall(sessions: readonly Session[], meetingCode: string | null, now: number): Session | null {
  const pending = sessions.filter((session) => session.status === 'pending');
  const nearest = (candidates: Session[]) =>
    candidates.reduce<Session | null>((best, session) => (!best || distance(session, now) < distance(best, now) ? session : best), null);
  if (meetingCode) {
    const sameLink = pending.filter((session) => session.meetingUrl && parseMeetingCode(session.meetingUrl) === meetingCode);
    if (sameLink.length) return nearest(sameLink);
  }
  return nearest(pending.filter((session) => distance(session, now) <= NEAREST_SESSION_WINDOW_MS));
}

const distance = (session: Session, now: number) => Math.abs(Date.parse(session.start) - now);
