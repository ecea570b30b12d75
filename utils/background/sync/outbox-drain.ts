import type { IDBPTransaction } from 'idb';
import type { CadenceDb, CadenceSchema } from '@/utils/background/db/cadence-db';
import { createPlatformClient } from './platform-client';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { renameSessionReferences } from '@/utils/background/stores/session-references';
import { backoffDelay } from './backoff';
import type { OutboxItem } from '@/utils/core/sync/outbox-item';
import { notePause, pausedUntil } from './platform-pause';

export interface SyncDeps {
  db: CadenceDb;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  /** Asks to be woken at `at` (an alarm): the worker may be gone by then. */
  wakeAt: (at: number) => Promise<void>;
}

export interface DrainOptions {
  /** The mentor asked, or the network came back: try now, whatever the backoff said (not the platform's Retry-After). */
  now?: boolean;
}

export interface DrainResult {
  sent: number;
  /** Why the drain stopped early, if it did. */
  stopped: 'not-connected' | 'needs-reconnect' | 'waiting' | null;
}

/**
 * Sends the outbox, oldest first, one write at a time. Every attempt carries
 * the item's own id as its Idempotency-Key, so a worker killed between the
 * platform's commit and the item's removal only replays the same answer.
 * A write the platform refuses waits for the mentor; a failure worth retrying
 * stops the drain (later writes may depend on it) until its backoff is over.
 * A Retry-After from the platform holds every request until then.
 */
export async function drainOutbox(deps: SyncDeps, options: DrainOptions = {}): Promise<DrainResult> {
  const { db } = deps;
  const connection = await db.get('meta', 'connection');
  if (!connection || connection.key !== 'connection') return { sent: 0, stopped: 'not-connected' };
  if (connection.needsReconnect) return { sent: 0, stopped: 'needs-reconnect' };
  const client = createPlatformClient({ ...connection, fetch: deps.fetch, now: deps.now });
  let sent = 0;

  for (let item = await nextPending(db); item; item = await nextPending(db)) {
    const due = Math.max((await pausedUntil(db, deps.now())) ?? 0, options.now ? 0 : item.nextAttemptAt);
    if (due > deps.now()) {
      await deps.wakeAt(due);
      return { sent, stopped: 'waiting' };
    }
    const result = await client.call(item.endpoint, { params: item.params, body: item.body, idempotencyKey: item.id });
    if (result.kind === 'ok') {
      await settle(db, item, result.value, deps.now());
      sent++;
      continue;
    }
    if (result.kind === 'not-modified') continue;
    const { failure } = result;
    const lastError = { status: failure.status, code: failure.code, message: failure.message, at: deps.now() };
    if (failure.status === 401) {
      await markNeedsReconnect(db, connection.token);
      return { sent, stopped: 'needs-reconnect' };
    }
    await notePause(db, failure.retryAfterMs, deps.now());
    const attempts = item.attempts + 1;
    if (!failure.retryable) {
      await recordFailure(db, item.id, (current) => ({ ...current, attempts, state: 'needs-attention', lastError }));
      continue;
    }
    const nextAttemptAt = deps.now() + backoffDelay(attempts, deps.random, failure.retryAfterMs);
    await recordFailure(db, item.id, (current) => ({ ...current, attempts, nextAttemptAt, lastError }));
    await deps.wakeAt(nextAttemptAt);
    return { sent, stopped: 'waiting' };
  }
  return { sent, stopped: null };
}

/** The oldest write still to send; read afresh each time, as sending one may change the next. */
async function nextPending(db: CadenceDb): Promise<OutboxItem | undefined> {
  let cursor = await db.transaction('outbox').store.index('by-created-at').openCursor();
  while (cursor && cursor.value.state !== 'pending') cursor = await cursor.continue();
  return cursor?.value;
}

/**
 * Notes a failed attempt on the item as it is now: while the request was out,
 * the mentor may have deleted it, or set it aside.
 */
async function recordFailure(db: CadenceDb, id: string, change: (item: OutboxItem) => OutboxItem): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite');
  const current = await tx.store.get(id);
  if (current?.state === 'pending') await tx.store.put(change(current));
  await tx.done;
}

/** The write arrived: drop it from the outbox and keep the platform's version, in one transaction. */
async function settle(db: CadenceDb, item: OutboxItem, reply: unknown, now: number): Promise<void> {
  const tx = db.transaction(['outbox', 'sessions', 'assignments', 'sessionPlans', 'liveSessions', 'reportDrafts', 'meta'], 'readwrite');
  await tx.objectStore('outbox').delete(item.id);
  if (item.endpoint === 'submitReport') await markReportSent(tx, item.params.sessionId!, now);
  if (item.endpoint === 'scheduleSession' || item.endpoint === 'rescheduleSession' || item.endpoint === 'cancelSession') {
    const session = reply as Session;
    // A session made here had a local id until the platform gave it its own;
    // later writes about it must now name it by the platform's id.
    const localId = item.entity?.id;
    if (localId && localId !== session.id) {
      await tx.objectStore('sessions').delete(localId);
      await renameSessionReferences(tx, localId, session.id);
      for (const later of await tx.objectStore('outbox').getAll()) {
        if (later.params.sessionId !== localId) continue;
        const entity = later.entity?.id === localId ? { ...later.entity, id: session.id } : later.entity;
        await tx.objectStore('outbox').put({ ...later, params: { ...later.params, sessionId: session.id }, entity });
      }
    }
    await tx.objectStore('sessions').put(session);
  }
  await tx.done;
}

/**
 * The platform refused `token`. Only that token needs replacing: the mentor
 * may have entered a new one while the refused request was out.
 */
export async function markNeedsReconnect(db: CadenceDb, token: string): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const connection = await tx.store.get('connection');
  if (connection?.key === 'connection' && connection.token === token) await tx.store.put({ ...connection, needsReconnect: true });
  await tx.done;
}

/** The report reached the platform: as it was ended, unless another version of it waits behind. */
async function markReportSent(
  // Any read-write transaction over (at least) the outbox and the reports.
  tx: IDBPTransaction<CadenceSchema, any, 'readwrite'>,
  sessionId: string,
  now: number,
): Promise<void> {
  const draft = await tx.objectStore('reportDrafts').get(sessionId);
  const waiting = (await tx.objectStore('outbox').getAll()).some(
    (other) => other.endpoint === 'submitReport' && other.params.sessionId === sessionId,
  );
  if (draft?.ended && !waiting) await tx.objectStore('reportDrafts').put({ ...draft, sent: { at: now, revision: draft.ended.revision } });
}
