import type { CadenceDb } from '@/utils/background/db/cadence-db';
import type { SyncCursor } from '@/utils/background/db/meta-record';
import { createPlatformClient, type PlatformClient } from './platform-client';
import type { Exercise, Session, Student } from '@/utils/core/platform/platform-schemas';
import { markNeedsReconnect, type SyncDeps } from './outbox-drain';
import { notePause, pausedUntil } from './platform-pause';
import { keepPlatformStatuses } from './platform-statuses';

/** Sessions pulled: from a month back to two months ahead. */
const SESSION_WINDOW_BACK_MS = 31 * 86_400_000;
const SESSION_WINDOW_AHEAD_MS = 62 * 86_400_000;

/** `paused`: the platform asked to wait (Retry-After), so nothing was asked. */
export type PullResult = { ok: true; changed: number } | { ok: false; code: string; message: string };

type ListResult = { ok: true; changed: number } | { ok: false; code: string; message: string; retryAfterMs: number | null };

type ListName = 'students' | 'sessions' | 'exercises';

/**
 * Reads what changed on the platform since the last pull and merges it in.
 * A record with a write still waiting in the outbox keeps the mentor's
 * version: the platform's catches up once the write has arrived.
 */
export async function pullFromPlatform(deps: Omit<SyncDeps, 'random' | 'wakeAt'>): Promise<PullResult> {
  const { db } = deps;
  const connection = await db.get('meta', 'connection');
  if (!connection || connection.key !== 'connection') return { ok: false, code: 'not-connected', message: '' };
  if (connection.needsReconnect) return { ok: false, code: 'needs-reconnect', message: '' };
  if ((await pausedUntil(db, deps.now())) !== null) return { ok: false, code: 'paused', message: '' };
  const client = createPlatformClient({ ...connection, fetch: deps.fetch, now: deps.now });
  let changed = 0;
  for (const list of ['students', 'sessions', 'exercises'] as const) {
    const result = await pullList(client, db, list, deps.now());
    if (!result.ok) {
      const { code, message, retryAfterMs } = result;
      if (code === 'unauthorized') await markNeedsReconnect(db, connection.token);
      await notePause(db, retryAfterMs, deps.now());
      const previous = await db.get('meta', 'sync-status');
      const lastSyncAt = previous?.key === 'sync-status' ? previous.lastSyncAt : null;
      await db.put('meta', { key: 'sync-status', lastSyncAt, lastError: { code, message, at: deps.now() } });
      return { ok: false, code, message };
    }
    changed += result.changed;
  }
  await db.put('meta', { key: 'sync-status', lastSyncAt: deps.now(), lastError: null });
  return { ok: true, changed };
}

async function pullList(client: PlatformClient, db: CadenceDb, list: ListName, now: number): Promise<ListResult> {
  const key = `cursor:${list}` as const;
  const cursor = (await db.get('meta', key)) as SyncCursor | undefined;
  const updatedSince = cursor?.updatedSince ?? undefined;
  const etag = cursor?.etag ?? null;
  const result =
    list === 'students'
      ? await client.call('listStudents', { query: { updatedSince }, etag })
      : list === 'exercises'
        ? await client.call('listExercises', { query: { updatedSince }, etag })
        : await client.call('listSessions', {
            query: {
              from: new Date(now - SESSION_WINDOW_BACK_MS).toISOString(),
              to: new Date(now + SESSION_WINDOW_AHEAD_MS).toISOString(),
              updatedSince,
            },
            etag,
          });
  if (result.kind === 'not-modified') return { ok: true, changed: 0 };
  if (result.kind === 'failed') {
    const { status, message, retryAfterMs } = result.failure;
    return { ok: false, code: status === 401 ? 'unauthorized' : result.failure.code, message, retryAfterMs };
  }

  const tx = db.transaction([list, 'outbox', 'meta'], 'readwrite');
  const protectedIds = new Set(
    (await tx.objectStore('outbox').getAll()).flatMap((item) => (item.entity?.store === list ? [item.entity.id] : [])),
  );
  const store = tx.objectStore(list) as unknown as { put(value: Student | Session | Exercise): Promise<unknown> };
  let changed = 0;
  for (const record of result.value.items) {
    if (protectedIds.has(record.id)) continue;
    await store.put(record);
    changed++;
  }
  // The platform's status of a session held back is not lost: the month shows where it differs.
  if (list === 'sessions') await keepPlatformStatuses(tx.objectStore('meta'), result.value.items as Session[], protectedIds);
  // An incremental answer speaks only of what changed: the records refused before stay refused unless they came again.
  const arrived = new Set(result.value.items.map((record) => record.id));
  const before = updatedSince ? (cursor?.refused ?? []).filter((record) => record.id === null || !arrived.has(record.id)) : [];
  const again = new Set(result.refused.map((record) => record.id));
  const refused = [...before.filter((record) => record.id === null || !again.has(record.id)), ...result.refused];
  await tx.objectStore('meta').put({ key, updatedSince: result.value.serverTime, etag: result.etag, lastPulledAt: now, refused });
  await tx.done;
  return { ok: true, changed };
}
