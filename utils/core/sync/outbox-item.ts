import type { EndpointName } from '@/utils/core/platform/platform-endpoints';

/** The platform writes an outbox item can carry. */
export type WriteEndpoint = Extract<
  EndpointName,
  'submitReport' | 'cancelSession' | 'scheduleSession' | 'rescheduleSession' | 'requestTransfer' | 'flagStudent'
>;

/**
 * One change the mentor made, waiting to reach the platform. Its id is made
 * once, when the change is written locally, and is the request's
 * Idempotency-Key on every attempt: a retry can never write twice.
 */
export interface OutboxItem {
  id: string;
  endpoint: WriteEndpoint;
  /** Path parameters, e.g. `{ sessionId }` or `{ studentId }`. */
  params: Record<string, string>;
  body: unknown;
  /** The local record this write changes, kept safe from pulls until it is sent. */
  entity: { store: 'sessions' | 'students'; id: string } | null;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  state: 'pending' | 'needs-attention';
  lastError: OutboxError | null;
}

export interface OutboxError {
  /** HTTP status, or 0 when no answer came (offline, timeout, dropped connection). */
  status: number;
  code: string;
  message: string;
  at: number;
}

/** What a store says of a write it queues; the rest of the entry is the same for every write. */
export type OutboxWrite = Pick<OutboxItem, 'id' | 'endpoint' | 'params' | 'body' | 'entity'>;

/** A new outbox entry, due now and never tried: the one way every store queues a write. */
export function newOutboxItem(write: OutboxWrite, now: number): OutboxItem {
  return { ...write, createdAt: now, attempts: 0, nextAttemptAt: now, state: 'pending', lastError: null };
}
