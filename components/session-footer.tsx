import { t } from '../utils/i18n';

/** Ends the session by hand: when the call is not on Meet, or Meet's end was missed. */
export function SessionFooter({ onEnd }: { onEnd: () => void }) {
  return (
    <footer class="session-footer">
      <button type="button" class="danger-button" onClick={onEnd}>
        {t('endSession')}
      </button>
    </footer>
  );
}
