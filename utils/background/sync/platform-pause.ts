import type { CadenceDb } from '@/utils/background/db/cadence-db';
import { RETRY_AFTER_CAP_MS } from './backoff';

/**
 * When the platform said to wait (Retry-After), no request goes before that
 * time, whichever write or read it is and whoever asks: the wait is the
 * platform's, not one item's.
 */
export async function pausedUntil(db: CadenceDb, now: number): Promise<number | null> {
  const pause = await db.get('meta', 'platform-pause');
  return pause?.key === 'platform-pause' && pause.until > now ? pause.until : null;
}

/** Notes the platform's Retry-After, when its answer had one. */
export async function notePause(db: CadenceDb, retryAfterMs: number | null, now: number): Promise<void> {
  if (retryAfterMs === null) return;
  await db.put('meta', { key: 'platform-pause', until: now + Math.min(retryAfterMs, RETRY_AFTER_CAP_MS) });
}
