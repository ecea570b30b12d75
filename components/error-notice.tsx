import type { Signal } from '@preact/signals';
import { type MessageKey, t } from '../utils/i18n';
import type { ErrorCode } from '../utils/messaging/ui-to-background';

const ERROR_MESSAGES: Record<ErrorCode, MessageKey> = {
  disconnected: 'errorDisconnected',
  'storage-full': 'errorStorageFull',
  'not-found': 'errorNotFound',
  'read-only': 'errorReadOnly',
  'invalid-file': 'errorInvalidFile',
  'invalid-message': 'errorGeneric',
  forbidden: 'errorGeneric',
  internal: 'errorGeneric',
};

/** What went wrong with the last action, said plainly, until dismissed or mended. */
export function ErrorNotice({ error }: { error: Signal<ErrorCode | null> }) {
  if (!error.value) return null;
  return (
    <div class="notice notice-error" role="alert">
      <p>{t(ERROR_MESSAGES[error.value])}</p>
      <button type="button" class="link-button" onClick={() => (error.value = null)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
