import { formatClock } from '../utils/format-duration';
import { type MessageKey, t } from '../utils/i18n';
import type { CallState } from '../utils/meet/call-state';
import type { SessionPanelModel } from '../utils/panel/session-panel-model';

const HINTS: Record<CallState, MessageKey> = {
  lobby: 'startHintLobby',
  'in-call': 'startHintLoading',
  ended: 'startHintEnded',
  unknown: 'startHintUnknown',
};

/** No running session: say why, and let the mentor start one by hand. */
export function SessionStart({ model }: { model: SessionPanelModel }) {
  const ended = model.session.value?.endedAt ? model.clock.value : null;
  const hint = model.loaded.value ? HINTS[model.callState.value] : 'startHintLoading';
  return (
    <section class="session-start" aria-labelledby="cadence-start-hint">
      {ended && <p class="ended-summary">{t('sessionEndedSummary', formatClock(ended.elapsedMs))}</p>}
      <p id="cadence-start-hint">{ended && model.callState.value === 'ended' ? t('startHintEnded') : t(hint)}</p>
      <button type="button" class="primary-button" onClick={() => void model.start()}>
        {t(ended ? 'startNewSession' : 'startSession')}
      </button>
    </section>
  );
}
