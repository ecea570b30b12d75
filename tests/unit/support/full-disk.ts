import type { CadenceDb } from '@/utils/background/db/cadence-db';

/** What changes a store or the database: refused while the disk is full. */
const WRITES = new Set(['put', 'add', 'delete', 'clear']);

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * The database on a disk that can fill up. While `full`, Chromium lets a
 * transaction's writes through and refuses its commit: `done` rejects with a
 * QuotaExceededError and nothing the transaction wrote is kept. Here its
 * writes are not made at all, and its `done` rejects the same way once the
 * reads it did are over. The database's one-call writes (`db.put`) reject.
 */
export function onDisk(real: CadenceDb): { db: CadenceDb; disk: { full: boolean } } {
  const disk = { full: false };

  const wrapStore = <S extends object>(store: S, refused: { any: boolean }): S =>
    new Proxy(store, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function') return value;
        if (typeof prop === 'string' && WRITES.has(prop)) {
          return (...args: unknown[]) => {
            if (!disk.full) return (value as (...a: unknown[]) => unknown).apply(target, args);
            refused.any = true;
            return Promise.resolve(undefined);
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });

  const wrapTransaction = <T extends object>(tx: T): T => {
    const refused = { any: false };
    return new Proxy(tx, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (prop === 'objectStore') return (name: string) => wrapStore((value as (n: string) => object).call(target, name), refused);
        if (prop === 'store') return wrapStore(value as object, refused);
        if (prop === 'done') return (value as Promise<void>).then(() => (refused.any ? Promise.reject(quotaExceeded()) : undefined));
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };

  const db = new Proxy(real, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop === 'transaction') {
        return (...args: unknown[]) => wrapTransaction((value as (...a: unknown[]) => object).apply(target, args));
      }
      if (typeof prop === 'string' && WRITES.has(prop)) {
        return (...args: unknown[]) =>
          disk.full ? Promise.reject(quotaExceeded()) : (value as (...a: unknown[]) => unknown).apply(target, args);
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db, disk };
}
