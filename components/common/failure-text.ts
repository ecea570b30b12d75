import { type MessageKey, t } from '@/utils/shared/i18n';

/** A failure Cadence met talking to the platform; `status` is 0 when no answer came. */
export interface PlatformFailureInfo {
  status?: number;
  code: string;
  message: string;
}

/**
 * When it happened: checking an address the mentor just typed, or syncing with
 * a platform already connected (where Cadence tries again by itself).
 */
export type FailureMoment = 'connecting' | 'syncing';

/** Cadence's own codes, for failures where the platform said nothing. */
const OWN_CODES: Record<string, MessageKey> = {
  network: 'optionsFailureNetwork',
  timeout: 'optionsFailureTimeout',
  'malformed-reply': 'optionsFailureMalformed',
  unauthorized: 'optionsFailureToken',
  'needs-reconnect': 'optionsFailureNeedsReconnect',
  'platform-changed': 'optionsFailurePlatformChanged',
};

/** While syncing, the address is known good and the retry is Cadence's: no advice to check it or to try again. */
const WHILE_SYNCING: Record<string, MessageKey> = {
  timeout: 'optionsFailureSlow',
  'malformed-reply': 'optionsFailureUnreadable',
};

const STATUSES: Record<number, MessageKey> = {
  400: 'optionsFailureRejected',
  403: 'optionsFailureForbidden',
  404: 'optionsFailureUnknownRecord',
  409: 'optionsFailureConflict',
  422: 'optionsFailureRejected',
  429: 'optionsFailureBusy',
};

/** The reason in the mentor's words; the platform's own message, when it gave one, as it wrote it. */
export function platformFailureText(failure: PlatformFailureInfo, moment: FailureMoment): string {
  // Reads keep no status, but an answer without an error body is coded `http-<status>`.
  const status = failure.status ?? Number(/^http-(\d{3})$/.exec(failure.code)?.[1] ?? 0);
  const own = (moment === 'syncing' ? WHILE_SYNCING[failure.code] : undefined) ?? OWN_CODES[failure.code];
  if (own) return t(own);
  if (status === 401) return t('optionsFailureToken');
  if (failure.message) return failure.message;
  if (status >= 500) return t('optionsFailureServer');
  const known = STATUSES[status];
  return known ? t(known) : t('optionsFailureOther', failure.code);
}
