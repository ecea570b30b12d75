import { useEffect, useRef } from 'preact/hooks';
import type { CallState } from '../utils/meet/call-state';
import { type MessageKey, t } from '../utils/i18n';

const CALL_STATE_LABELS: Record<CallState, MessageKey> = {
  lobby: 'callStateLobby',
  'in-call': 'callStateInCall',
  ended: 'callStateEnded',
  unknown: 'callStateUnknown',
};

interface Props {
  /** Null once the panel no longer follows the call (frozen). */
  callState: CallState | null;
  focusOnMount: boolean;
  /** Absent where the panel does not fold. */
  onCollapse?: () => void;
}

export function PanelHeader({ callState, focusOnMount, onCollapse }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnMount) button.current?.focus();
  }, []);
  return (
    <header class="panel-header">
      <h2 class="panel-title">{t('panelTitle')}</h2>
      <span class="call-state" data-state={callState ?? undefined}>
        {callState && t(CALL_STATE_LABELS[callState])}
      </span>
      {onCollapse && (
        <button
          ref={button}
          type="button"
          class="icon-button"
          aria-expanded="true"
          aria-label={t('panelCollapse')}
          title={t('panelCollapse')}
          onClick={onCollapse}
        >
          <span aria-hidden="true">›</span>
        </button>
      )}
    </header>
  );
}
