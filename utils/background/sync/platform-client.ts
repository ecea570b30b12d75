import type { z } from 'zod';
import { parseRetryAfter } from './backoff';
import { ENDPOINTS, type EndpointName } from '@/utils/core/platform/platform-endpoints';
import { apiErrorSchema } from '@/utils/core/platform/platform-schemas';
import { readPage, type RefusedRecord } from '@/utils/core/platform/read-page';

/** Each attempt is abandoned after this, whatever the network does. */
export const ATTEMPT_TIMEOUT_MS = 25_000;

export type Reply<N extends EndpointName> = z.infer<(typeof ENDPOINTS)[N]['response']>;

export type CallResult<T> =
  /** `refused`: records of a list left out, as the contract refuses them (the rest of the list is `value`). */
  | { kind: 'ok'; value: T; etag: string | null; refused: RefusedRecord[] }
  | { kind: 'not-modified' }
  | { kind: 'failed'; failure: CallFailure };

/** Why a call failed, for the engine to decide and the mentor to read. */
export interface CallFailure {
  /** HTTP status, or 0 when no answer came. */
  status: number;
  /** The platform's machine code, or one of ours: network, timeout, malformed-reply. */
  code: string;
  /** The platform's own words when it gave some; empty otherwise. */
  message: string;
  retryAfterMs: number | null;
  /** Worth trying again later with the same idempotency key. */
  retryable: boolean;
}

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  body?: unknown;
  idempotencyKey?: string;
  etag?: string | null;
}

export interface PlatformClient {
  call<N extends EndpointName>(name: N, options?: CallOptions): Promise<CallResult<Reply<N>>>;
}

/** A client for one platform and token; every answer is parsed with the contract before use. */
export function createPlatformClient(input: {
  baseUrl: string;
  token: string;
  fetch: typeof fetch;
  now: () => number;
  timeoutMs?: number;
}): PlatformClient {
  const base = input.baseUrl.replace(/\/+$/, '');
  return {
    async call(name, options = {}) {
      const endpoint = ENDPOINTS[name];
      const path = endpoint.path.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(options.params?.[key] ?? ''));
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) query.set(key, value);
      const url = `${base}${path}${query.size ? `?${query}` : ''}`;
      const headers: Record<string, string> = { Authorization: `Bearer ${input.token}`, Accept: 'application/json' };
      if (options.body !== undefined) headers['Content-Type'] = 'application/json';
      if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
      if (options.etag) headers['If-None-Match'] = options.etag;

      let response: Response;
      try {
        response = await input.fetch(url, {
          method: endpoint.method,
          headers,
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          signal: AbortSignal.timeout(input.timeoutMs ?? ATTEMPT_TIMEOUT_MS),
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch (error) {
        const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
        return failed(0, timedOut ? 'timeout' : 'network', '', null, true);
      }

      if (response.status === 304 && 'etag' in endpoint) return { kind: 'not-modified' };
      const body = await readJson(response);
      if (response.ok) {
        const value = body.ok ? body.value : undefined;
        const etag = response.headers.get('ETag');
        // A list loses only the records it cannot take; any other answer is taken whole or not at all.
        if ('etag' in endpoint) {
          const read = readPage(endpoint.response, value);
          if (!read) return failed(response.status, 'malformed-reply', '', null, true);
          return { kind: 'ok', value: read.page as Reply<typeof name>, etag, refused: read.refused };
        }
        const parsed = endpoint.response.safeParse(value);
        if (!parsed.success) return failed(response.status, 'malformed-reply', '', null, true);
        return { kind: 'ok', value: parsed.data as Reply<typeof name>, etag, refused: [] };
      }
      const apiError = apiErrorSchema.safeParse(body.ok ? body.value : undefined);
      const code = apiError.success ? apiError.data.error.code : `http-${response.status}`;
      const message = apiError.success ? apiError.data.error.message : '';
      const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), input.now());
      return failed(response.status, code, message, retryAfter, retryable);
    },
  };
}

function failed(status: number, code: string, message: string, retryAfterMs: number | null, retryable: boolean) {
  return { kind: 'failed', failure: { status, code, message, retryAfterMs, retryable } } as const;
}

async function readJson(response: Response): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    return { ok: true, value: await response.json() };
  } catch {
    return { ok: false };
  }
}
