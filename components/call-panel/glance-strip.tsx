import { useSignal } from '@preact/signals';
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { formatClock, formatMinutes } from '@/utils/shared/format-duration';
import { type MessageKey, mentorLanguage, t } from '@/utils/shared/i18n';
import type { CallState } from '@/utils/meet/call-state';
import type { SessionPanelModel } from './model';
import { LiveText } from './live-text';

const CALL_STATE_LABELS: Record<CallState, MessageKey> = {
  looking: 'callStateLooking',
  lobby: 'callStateLobby',
  'in-call': 'callStateInCall',
  ended: 'callStateEnded',
  unknown: 'callStateUnknown',
};

interface Props {
  model: SessionPanelModel;
  folded: boolean;
  focusOnMount: boolean;
  /** Absent where the panel does not fold (the side panel, a frozen panel). */
  onToggleFold?: () => void;
  /** Absent: no such button (the side panel); null: the browser's own buttons open it, the strip says where. */
  onOpenBeside?: (() => void) | null;
}

/**
 * What a mentor who is talking needs at a glance: whose session, which phase,
 * the time left in it in large type, and the whole session's time. The last
 * two minutes and overtime change its words and its frame, not only its colour.
 * Folded, the panel is this strip alone.
 */
export function GlanceStrip({ model, folded, focusOnMount, onToggleFold, onOpenBeside }: Props) {
  const agenda = model.agenda.value;
  const session = model.session.value;
  const glance = model.glance.value;
  const running = !!agenda && !!session && !session.endedAt;
  const moment = !running ? 'idle' : agenda.overtime ? 'over' : agenda.warning ? 'warning' : 'calm';
  const toggleButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnMount) toggleButton.current?.focus();
  }, []);
  const hint = useSignal(false);
  // The seconds touch these texts only: the strip redraws when the phase or its moment changes.
  const phaseClock = useCallback(
    (at: number) => {
      const times = model.timesAt(at);
      if (!times) return '';
      const left = times.phaseRemainingMs;
      return left < 0 ? `+${formatClock(-left)}` : formatClock(left, 'up');
    },
    [model],
  );
  // The session's time in whole minutes, written once a minute: one number moves each second, the
  // phase's (and Meet's page pays for one text a second, not two). Past its planned length, it says so.
  const sessionElapsedMs = useCallback((at: number) => model.timesAt(at)?.elapsedMs ?? 0, [model]);
  const sessionLine = useCallback(
    (at: number) => {
      const times = model.timesAt(at);
      if (!times) return '';
      const over = times.elapsedMs > times.plannedMs;
      return t(over ? 'glanceSessionOver' : 'glanceSession', minutes(times.elapsedMs), minutes(times.plannedMs));
    },
    [model],
  );
  // Who came and when, as the background words it; while the student is awaited, the minutes run on
  // here, and the line is written when one goes by.
  const lateMs = useCallback(
    (at: number) => {
      const words = model.glance.value?.presence;
      return words?.around ? Math.max(0, at - words.lateSince!) : 0;
    },
    [model],
  );
  const presence = useCallback(
    (at: number) => {
      const words = model.glance.value?.presence;
      const late = lateMs(at);
      return late >= 60_000 ? words!.around![0] + minutes(late) + words!.around![1] : (words?.line ?? '');
    },
    [model, lateMs],
  );
  const status = running
    ? t(agenda.phases[agenda.currentIndex]!.name)
    : session?.endedAt
      ? t('glanceSessionEnded')
      : t(CALL_STATE_LABELS[model.callState.value]);
  return (
    <header class="strip" data-moment={moment}>
      <div class="strip-row">
        <p class="strip-who">
          <span class="strip-name">{glance?.studentFirstName ?? t('panelTitle')}</span>
          <span class="strip-status" data-testid="strip-status">
            {status}
          </span>
        </p>
        {/* The shade by hand, always there: Cadence cannot always tell that the screen is on show. */}
        {model.loaded.value && (
          <button
            type="button"
            class="icon-button"
            aria-pressed={model.shaded.value}
            aria-label={t('shadeButton')}
            title={t('shadeButton')}
            onClick={model.toggleShade}
          >
            <span class="icon icon-shade" aria-hidden="true" />
          </button>
        )}
        {onOpenBeside !== undefined && (
          <button
            type="button"
            class="icon-button"
            aria-label={t('openBesideCall')}
            title={t('openBesideCall')}
            aria-expanded={onOpenBeside ? undefined : hint.value}
            onClick={() => (onOpenBeside ? onOpenBeside() : (hint.value = !hint.value))}
          >
            <span class="icon icon-beside" aria-hidden="true" />
          </button>
        )}
        {onToggleFold && (
          <button
            ref={toggleButton}
            type="button"
            class="icon-button"
            aria-expanded={!folded}
            aria-controls={folded ? undefined : 'cadence-panel-body'}
            aria-label={t(folded ? 'panelExpand' : 'panelCollapse')}
            title={t(folded ? 'panelExpand' : 'panelCollapse')}
            onClick={onToggleFold}
          >
            <span aria-hidden="true">{folded ? '‹' : '›'}</span>
          </button>
        )}
      </div>
      {running ? (
        <p class="strip-times">
          <LiveText class="strip-clock" testId="phase-remaining" text={phaseClock} clock={model.clock} />
          <span class="strip-clock-label">
            {t(moment === 'over' ? 'glanceOver' : moment === 'warning' ? 'glanceWrapUp' : 'glanceLeft')}
          </span>
          <LiveText class="strip-session" testId="session-elapsed" text={sessionLine} counts={sessionElapsedMs} clock={model.clock} />
        </p>
      ) : session?.endedAt ? (
        <p class="strip-times">
          <span class="strip-clock">{formatClock(session.endedAt - session.startedAt)}</span>
          <span class="strip-clock-label">{t('glanceInAll')}</span>
        </p>
      ) : (
        glance && (
          <p class="strip-times">
            <span class="strip-clock">{formatMinutes(glance.plannedMinutes, mentorLanguage())}</span>
            {/* When it starts is in the preview below: the strip keeps to what a glance needs. */}
            <span class="strip-clock-label">{t('glancePlanned')}</span>
          </p>
        )
      )}
      {running && <LiveText class="strip-presence" testId="strip-presence" text={presence} counts={lateMs} clock={model.clock} />}
      {/* Only Firefox's panel has no way to open its sidebar from a page: Chrome's build leaves this out. */}
      {import.meta.env.FIREFOX && hint.value && (
        <p class="strip-hint" role="status">
          {t('openBesideFirefox')}
        </p>
      )}
    </header>
  );
}

/** A time in whole minutes, as the mentor says it ("12 min", "1 h 05"). */
const minutes = (ms: number) => formatMinutes(Math.floor(ms / 60_000), mentorLanguage());
