import type { IDBPTransaction } from 'idb';
import type { CadenceSchema } from '@/utils/background/db/cadence-db';

// Any read-write transaction over (at least) meta.
type MovesTx = IDBPTransaction<CadenceSchema, any, 'readwrite'>;

/** A session moved twenty times has told its story: older moves give way. */
const MOVES_KEPT = 20;

/**
 * Notes that a session moved from one start to another, in the move's own
 * transaction: the month it left shows it as moved (the platform keeps only
 * the new time).
 */
export async function noteMove(tx: MovesTx, sessionId: string, from: string, to: string, at: number): Promise<void> {
  if (Date.parse(from) === Date.parse(to)) return;
  const meta = tx.objectStore('meta');
  const known = await meta.get('session-moves');
  const moves = known?.key === 'session-moves' ? known.moves : {};
  const before = Object.hasOwn(moves, sessionId) ? moves[sessionId]! : [];
  await meta.put({ key: 'session-moves', moves: { ...moves, [sessionId]: [...before, { from, to, at }].slice(-MOVES_KEPT) } });
}
