import { type MessageKey, t } from '@/utils/shared/i18n';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';

const MESSAGES: Record<ErrorCode, MessageKey> = {
  disconnected: 'errorDisconnected',
  'storage-full': 'errorStorageFull',
  // The panel's own sentence speaks of a live session; here it is a student, a session or a queued change.
  'not-found': 'optionsErrorNotFound',
  'read-only': 'errorReadOnly',
  'invalid-file': 'errorInvalidFile',
  'invalid-message': 'errorGeneric',
  forbidden: 'errorGeneric',
  internal: 'errorGeneric',
};

/** Why the background refused an action of one of Cadence's pages, said plainly. */
export function PageError({ code }: { code: ErrorCode | null }) {
  if (!code) return null;
  return (
    <p class="form-error" role="alert">
      {t(MESSAGES[code])}
    </p>
  );
}
