import type { CadenceDb } from '@/utils/background/db/cadence-db';
import type { SyncOverview } from '@/utils/protocol/reply-views';
import type { SyncCursor } from '@/utils/background/db/meta-record';

const LISTS = ['students', 'sessions', 'exercises'] as const;

export async function readSyncOverview(db: CadenceDb): Promise<SyncOverview> {
  const tx = db.transaction(['meta', 'outbox']);
  const [connection, status, items, ...cursors] = await Promise.all([
    tx.objectStore('meta').get('connection'),
    tx.objectStore('meta').get('sync-status'),
    tx.objectStore('outbox').index('by-created-at').getAll(),
    ...LISTS.map((list) => tx.objectStore('meta').get(`cursor:${list}`) as Promise<SyncCursor | undefined>),
  ]);
  const waiting = items.filter((item) => item.state === 'pending');
  const head = waiting[0];
  return {
    connection:
      connection?.key === 'connection'
        ? {
            baseUrl: connection.baseUrl,
            mentorName: connection.mentorName,
            needsReconnect: connection.needsReconnect,
            connectedAt: connection.connectedAt,
          }
        : null,
    lastSyncAt: status?.key === 'sync-status' ? status.lastSyncAt : null,
    lastError: status?.key === 'sync-status' ? status.lastError : null,
    waiting: waiting.length,
    nextAttemptAt: head && head.attempts > 0 ? head.nextAttemptAt : null,
    lastAttemptError: head?.lastError ?? null,
    attention: items
      .filter((item) => item.state === 'needs-attention')
      .map(({ id, endpoint, createdAt, lastError }) => ({ id, endpoint, createdAt, lastError })),
    refused:
      connection?.key === 'connection'
        ? LISTS.flatMap((list, i) => (cursors[i]?.refused ?? []).map((record) => ({ list, ...record })))
        : [],
  };
}
