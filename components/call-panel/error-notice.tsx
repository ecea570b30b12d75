import type { Signal } from '@preact/signals';
import { type MessageKey, t } from '@/utils/shared/i18n';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';

/** The failures the panel can meet; any other gets the generic sentence. */
const ERROR_MESSAGES: Partial<Record<ErrorCode, MessageKey>> = {
  disconnected: 'errorDisconnected',
  'storage-full': 'errorStorageFull',
  'not-found': 'errorNotFound',
};

/** What went wrong with the last action, said plainly, until dismissed or mended. */
export function ErrorNotice({ error }: { error: Signal<ErrorCode | null> }) {
  if (!error.value) return null;
  return (
    <div class="notice notice-error" role="alert">
      <p>{t(ERROR_MESSAGES[error.value] ?? 'errorGeneric')}</p>
      <button type="button" class="link-button" onClick={() => (error.value = null)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
