import type { CadenceDb } from '../db/cadence-db';
import type { SyncCursor } from '../db/meta-record';
import { createPlatformClient, type PlatformClient } from '../platform/platform-client';
import type { Exercise, Session, Student } from '../platform/platform-schemas';
import type { SyncDeps } from './outbox-drain';

/** Sessions pulled: from a month back to two months ahead. */
const SESSION_WINDOW_BACK_MS = 31 * 86_400_000;
const SESSION_WINDOW_AHEAD_MS = 62 * 86_400_000;

export type PullResult = { ok: true; changed: number } | { ok: false; code: string; message: string };

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
  const client = createPlatformClient({ ...connection, fetch: deps.fetch, now: deps.now });
  let changed = 0;
  for (const list of ['students', 'sessions', 'exercises'] as const) {
    const result = await pullList(client, db, list, deps.now());
    if (!result.ok) {
      if (result.code === 'unauthorized') await db.put('meta', { ...connection, needsReconnect: true });
      await db.put('meta', { key: 'sync-status', lastSyncAt: null, lastError: { ...result, at: deps.now() } });
      return result;
    }
    changed += result.changed;
  }
  await db.put('meta', { key: 'sync-status', lastSyncAt: deps.now(), lastError: null });
  return { ok: true, changed };
}

async function pullList(client: PlatformClient, db: CadenceDb, list: ListName, now: number): Promise<PullResult> {
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
    const code = result.failure.status === 401 ? 'unauthorized' : result.failure.code;
    return { ok: false, code, message: result.failure.message };
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
  await tx.objectStore('meta').put({ key, updatedSince: result.value.serverTime, etag: result.etag, lastPulledAt: now });
  await tx.done;
  return { ok: true, changed };
}
