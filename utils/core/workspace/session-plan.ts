import type { SessionKind } from '@/utils/core/agenda/session-kinds';

/**
 * What the mentor decides for the week after a session, besides its goals
 * (the goals are assignments set in the session).
 */
export interface SessionPlan {
  sessionId: string;
  studentId: string;
  /** The student's hours this week when they differ from the usual; null: as usual. */
  hoursThisWeek: number | null;
  /** The next session, once the mentor fixed its date. */
  nextSessionId: string | null;
  /** When the mentor warned the platform that work was not done again, if they did. */
  notDoneFlaggedAt: string | null;
  /** The kind of session the mentor chose before the call; null: the kind Cadence proposes. */
  kind: SessionKind | null;
  updatedAt: string;
}

export const emptyPlan = (sessionId: string, studentId: string, now: number): SessionPlan => ({
  sessionId,
  studentId,
  hoursThisWeek: null,
  nextSessionId: null,
  notDoneFlaggedAt: null,
  kind: null,
  updatedAt: new Date(now).toISOString(),
});
