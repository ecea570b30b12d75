import { type MessageKey, t } from '../utils/i18n';

/** A failure Cadence met talking to the platform; `status` is 0 when no answer came. */
export interface PlatformFailureInfo {
  status?: number;
  code: string;
  message: string;
}

/** Cadence's own codes, for failures where the platform said nothing. */
const OWN_CODES: Record<string, MessageKey> = {
  network: 'optionsFailureNetwork',
  timeout: 'optionsFailureTimeout',
  'malformed-reply': 'optionsFailureMalformed',
  unauthorized: 'optionsFailureToken',
  'needs-reconnect': 'optionsFailureNeedsReconnect',
  'platform-changed': 'optionsFailurePlatformChanged',
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
export function PlatformFailure({ failure }: { failure: PlatformFailureInfo }) {
  // Reads keep no status, but an answer without an error body is coded `http-<status>`.
  const status = failure.status ?? Number(/^http-(\d{3})$/.exec(failure.code)?.[1] ?? 0);
  const own = OWN_CODES[failure.code] ?? (status === 401 ? 'optionsFailureToken' : undefined);
  if (own) return <>{t(own)}</>;
  if (failure.message) return <bdi>{failure.message}</bdi>;
  if (status >= 500) return <>{t('optionsFailureServer')}</>;
  const known = STATUSES[status];
  return <>{known ? t(known) : t('optionsFailureOther', failure.code)}</>;
}
