import type { CadenceDb } from '@/utils/background/db/cadence-db';
import type { MonthView } from '@/utils/protocol/reply-views';
import { monthStatement } from '@/utils/core/month/month-statement';
import type { PayRates } from '@/utils/core/month/pay-rates';
import { platformDifference, type PlatformView } from '@/utils/core/month/platform-difference';
import { endedCallSessionIds } from './read-week-overview';

/** A call's end matters only before the session's planned end: calls of the last day are plenty. */
const RECENT_CALLS_MS = 86_400_000;

export interface MonthRequest {
  month: string;
  timezone: string;
  now: number;
  noShowWeight: number;
  rates: PayRates;
}

/** The mentor's month, read in one read-only transaction over the local database. */
export async function readMonth(db: CadenceDb, request: MonthRequest): Promise<MonthView> {
  const tx = db.transaction(['sessions', 'students', 'outbox', 'liveSessions', 'meta']);
  const meta = tx.objectStore('meta');
  const [sessions, students, outbox, liveSessions, connection, kept, moved, renamed] = await Promise.all([
    tx.objectStore('sessions').getAll(),
    tx.objectStore('students').getAll(),
    tx.objectStore('outbox').getAll(),
    tx
      .objectStore('liveSessions')
      .index('by-started-at')
      .getAll(IDBKeyRange.lowerBound(request.now - RECENT_CALLS_MS)),
    meta.get('connection'),
    meta.get('platform-statuses'),
    meta.get('session-moves'),
    meta.get('session-renames'),
  ]);
  const connected = connection?.key === 'connection';
  const statuses = kept?.key === 'platform-statuses' ? kept.statuses : {};
  const platform = new Map<string, PlatformView>();
  if (connected) {
    for (const session of sessions) {
      const differs = platformDifference(session, outbox, Object.hasOwn(statuses, session.id) ? statuses[session.id] : undefined);
      if (differs) platform.set(session.id, differs);
    }
  }
  // A session moved before the platform named it is found under its new id.
  const renames = renamed?.key === 'session-renames' ? renamed.renames : {};
  const moves = new Map<string, { from: string }[]>();
  for (const [id, list] of Object.entries(moved?.key === 'session-moves' ? moved.moves : {})) {
    const current = (Object.hasOwn(renames, id) && renames[id]) || id;
    moves.set(current, [...(moves.get(current) ?? []), ...list]);
  }
  await tx.done;
  return {
    statement: monthStatement({
      ...request,
      sessions,
      students,
      endedCallSessionIds: endedCallSessionIds(liveSessions),
      moves,
      platform,
    }),
    connected,
  };
}
