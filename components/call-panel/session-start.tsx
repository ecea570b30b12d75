import { type MessageKey, t } from '@/utils/shared/i18n';
import type { CallState } from '@/utils/meet/call-state';
import type { SessionPanelModel } from './model';
import { reportPageUrl } from '@/utils/shared/workspace-url';
import { useMemo } from 'preact/hooks';
import { LiveText, nextStep, type TimedText } from './live-text';

const HINTS: Record<CallState, MessageKey> = {
  looking: 'startHintLooking',
  lobby: 'startHintLobby',
  'in-call': 'startHintLoading',
  ended: 'startHintEnded',
  unknown: 'startHintUnknown',
};

/** Where starting by hand is the mentor's move: Cadence cannot see the call start, or it waits for the mentor. */
const START_BY_HAND: readonly CallState[] = ['unknown', 'in-call'];

/**
 * No running session: before the call, say what happens next; where Cadence
 * cannot see the call, let the mentor start by hand; after an end, offer to
 * take it back for a while, then the report; after a no-show or a cancellation,
 * say there is no report to write, and nothing to take back.
 */
export function SessionStart({ model }: { model: SessionPanelModel }) {
  // The undo's seconds, written each one by the panel's clock while it lasts (see LiveText).
  const undoLabel = useMemo(
    () =>
      (at: number): TimedText => {
        const left = model.undoEndsAt.value - at;
        return left > 0 ? [t('undoEnd', Math.ceil(left / 1000)), nextStep(at, left, 1_000, 'down')] : ['', Infinity];
      },
    [model],
  );
  const session = model.session.value;
  const callState = model.callState.value;
  const hint = model.loaded.value ? HINTS[callState] : 'startHintLooking';
  if (!session?.endedAt) {
    return (
      <section class="session-start" aria-labelledby="cadence-start-hint">
        <p id="cadence-start-hint">{t(hint)}</p>
        {model.loaded.value && START_BY_HAND.includes(callState) && (
          <button type="button" class="primary-button" data-focus-home onClick={() => void model.start()}>
            {t('startSession')}
          </button>
        )}
      </section>
    );
  }
  const noReport = model.glance.value?.noReport;
  // A no-show or a cancellation ends the session for good (the background refuses the undo): nothing to take back.
  const undoing = !noReport && model.undoOpen.value;
  return (
    <section class="session-start" aria-labelledby="cadence-end-prompt">
      {undoing && (
        // Ending by keyboard brings the focus here: the one move that undoes the last.
        <button type="button" class="primary-button" data-focus-home onClick={() => void model.resume()}>
          <LiveText text={undoLabel} clock={model.clock} />
        </button>
      )}
      {/* While Meet still shows the call, nothing says it is over: only the session is. */}
      <h3 id="cadence-end-prompt" class="end-prompt" tabIndex={-1} data-focus-home={!undoing ? true : undefined}>
        {noReport ?? t(callState === 'ended' ? 'endPromptTitle' : 'endPromptInCall')}
      </h3>
      {!noReport && (
        <div class="end-actions">
          {!model.workOpen.value && (
            <button type="button" class={!undoing ? 'primary-button' : undefined} onClick={() => (model.workOpen.value = true)}>
              {t('writeReport')}
            </button>
          )}
          <button type="button" class="link-button" onClick={() => window.open(reportPageUrl(session.sessionId), '_blank', 'noopener')}>
            {t('endPromptOpenTab')}
          </button>
        </div>
      )}
      {/* Not beside the undo: a new session is another call's, never a slip of the hand. */}
      {!undoing && (
        <button type="button" class="link-button start-new" onClick={() => void model.start()}>
          {t('startNewSession')}
        </button>
      )}
    </section>
  );
}
