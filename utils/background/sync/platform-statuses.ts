import type { IDBPObjectStore } from 'idb';
import type { CadenceSchema } from '@/utils/background/db/cadence-db';
import type { Session } from '@/utils/core/platform/platform-schemas';

type MetaStore = IDBPObjectStore<CadenceSchema, any, 'meta', 'readwrite'>;

/**
 * Keeps the platform's status of the sessions a pull held back (`held`: a
 * change of the mentor's to them waits in the outbox), and forgets it for the
 * ones it took in, whose record is the platform's own again.
 */
export async function keepPlatformStatuses(meta: MetaStore, pulled: readonly Session[], held: ReadonlySet<string>): Promise<void> {
  const known = await meta.get('platform-statuses');
  const statuses = { ...(known?.key === 'platform-statuses' ? known.statuses : {}) };
  let changed = false;
  for (const session of pulled) {
    if (held.has(session.id)) {
      changed ||= statuses[session.id] !== session.status;
      statuses[session.id] = session.status;
    } else if (Object.hasOwn(statuses, session.id)) {
      delete statuses[session.id];
      changed = true;
    }
  }
  if (changed) await meta.put({ key: 'platform-statuses', statuses });
}
