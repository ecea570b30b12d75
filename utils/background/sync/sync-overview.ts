import type { CadenceDb } from '@/utils/background/db/cadence-db';
import type { SyncOverview } from '@/utils/protocol/reply-views';

export async function readSyncOverview(db: CadenceDb): Promise<SyncOverview> {
  const tx = db.transaction(['meta', 'outbox']);
  const [connection, status, items] = await Promise.all([
    tx.objectStore('meta').get('connection'),
    tx.objectStore('meta').get('sync-status'),
    tx.objectStore('outbox').index('by-created-at').getAll(),
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
  };
}
