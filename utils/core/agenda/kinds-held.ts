import type { LiveSession } from '@/utils/core/session/live-session';
import type { SessionPlan } from '@/utils/core/workspace/session-plan';
import type { SessionKind } from './session-kinds';

/**
 * The kind each scheduled session is, by its id, as the report and the student's page show it: the
 * kind its call ran as (the latest call linked to it), else the one the mentor chose before the
 * call. A session with neither has no kind to show.
 */
export function kindsOfSessions(
  lives: readonly LiveSession[],
  plans: readonly Pick<SessionPlan, 'sessionId' | 'kind'>[],
): Map<string, SessionKind> {
  const kinds = new Map<string, SessionKind>();
  for (const plan of plans) if (plan.kind) kinds.set(plan.sessionId, plan.kind);
  const latest = new Map<string, LiveSession>();
  for (const live of lives) {
    if (!live.sessionId) continue;
    const seen = latest.get(live.sessionId);
    if (!seen || live.startedAt > seen.startedAt) latest.set(live.sessionId, live);
  }
  // Records from before the kinds were weekly calls.
  for (const [sessionId, live] of latest) kinds.set(sessionId, live.kind ?? 'weekly');
  return kinds;
}
