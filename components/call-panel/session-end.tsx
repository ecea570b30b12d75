import { t } from '@/utils/shared/i18n';

/**
 * Ends the session by hand: when the call is not on Meet, or Meet's end was
 * missed. It ends at once; the panel then offers to take it back for a while.
 */
export function SessionEnd({ onEnd }: { onEnd: () => void }) {
  return (
    <footer class="session-end">
      <button type="button" class="danger-button" onClick={onEnd}>
        {t('endSession')}
      </button>
    </footer>
  );
}
