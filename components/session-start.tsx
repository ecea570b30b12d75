import { formatClock } from '../utils/format-duration';
import { type MessageKey, t } from '../utils/i18n';
import type { CallState } from '../utils/meet/call-state';
import type { SessionPanelModel } from '../utils/panel/session-panel-model';
import { workspaceUrl } from '../utils/panel/workspace-url';

const HINTS: Record<CallState, MessageKey> = {
  lobby: 'startHintLobby',
  'in-call': 'startHintLoading',
  ended: 'startHintEnded',
  unknown: 'startHintUnknown',
};

/** No running session: say why, and let the mentor start one by hand; after a call, ask for its report. */
export function SessionStart({ model }: { model: SessionPanelModel }) {
  const session = model.session.value;
  const ended = session?.endedAt ? session.endedAt - session.startedAt : null;
  const hint = model.loaded.value ? HINTS[model.callState.value] : 'startHintLoading';
  return (
    <section class="session-start" aria-labelledby="cadence-start-hint">
      {ended !== null && <p class="ended-summary">{t('sessionEndedSummary', formatClock(ended))}</p>}
      <p id="cadence-start-hint">{ended !== null && model.callState.value === 'ended' ? t('startHintEnded') : t(hint)}</p>
      {/* After a call, the report is the mentor's first task: it gets the primary button. */}
      <button
        type="button"
        class={ended !== null ? undefined : 'primary-button'}
        data-focus-home={session?.endedAt ? undefined : true}
        onClick={() => void model.start()}
      >
        {t(ended !== null ? 'startNewSession' : 'startSession')}
      </button>
      {/* Just ended: the session's work stays at hand, on its report, below or in a tab of its own. */}
      {session?.endedAt && (
        <>
          {/* Ending the session by keyboard brings the focus here, to the report. */}
          <h3 class="end-prompt" tabIndex={-1} data-focus-home>
            {t('endPromptTitle')}
          </h3>
          <button
            type="button"
            class="primary-button"
            onClick={() => window.open(workspaceUrl(session.id), '_blank', 'noopener')}
          >
            {t('endPromptOpenTab')}
          </button>
        </>
      )}
    </section>
  );
}
