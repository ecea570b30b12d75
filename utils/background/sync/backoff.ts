/** Retry timing for the outbox: full-jitter exponential backoff. */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 15 * 60_000;
/** A server asking for more than this is asked again after this. */
export const RETRY_AFTER_CAP_MS = 24 * 60 * 60_000;

/**
 * The wait before attempt `attempt + 1` (attempt counts from 1): a random
 * time up to base × 2^(attempt − 1), capped; never shorter than the server's
 * Retry-After.
 */
export function backoffDelay(attempt: number, random: () => number, retryAfterMs: number | null = null): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor(random() * ceiling);
  return retryAfterMs === null ? jittered : Math.max(jittered, Math.min(retryAfterMs, RETRY_AFTER_CAP_MS));
}

/** `Retry-After` as seconds or as an HTTP date, in ms from `now`; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
