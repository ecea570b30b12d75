import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { formatClock, formatMinutes } from '@/utils/shared/format-duration';
import { type MessageKey, mentorLanguage, t } from '@/utils/shared/i18n';
import type { CallState } from '@/utils/meet/call-state';
import type { SessionPanelModel } from './model';
import { LiveText, nextStep, type TimedText } from './live-text';

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
  const texts = useMemo(() => clockTexts(model), [model]);
  const status = running
    ? t(agenda.phases[agenda.currentIndex]!.name)
    : session?.endedAt
      ? t('glanceSessionEnded')
      : t(CALL_STATE_LABELS[model.callState.value]);
  return (
    // When the phase at hand reaches its planned end: the same instant while the shape holds, so
    // written with it, never each minute (the real-browser tests compare the clock by it).
    <header
      class="strip"
      data-moment={moment}
      data-phase-ends-at={running ? model.clock.now() + model.timesAt(model.clock.now())!.phaseRemainingMs : undefined}
    >
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
          <LiveText class="strip-clock" testId="phase-remaining" text={texts.phase} clock={model.clock} />
          <span class="strip-clock-label">
            {t(moment === 'over' ? 'glanceOver' : moment === 'warning' ? 'glanceWrapUp' : 'glanceLeft')}
          </span>
          <LiveText class="strip-session" testId="session-elapsed" text={texts.session} clock={model.clock} />
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
      {running && <LiveText class="strip-presence" testId="strip-presence" text={texts.presence} clock={model.clock} />}
      {/* Only Firefox's panel has no way to open its sidebar from a page: Chrome's build leaves this out. */}
      {import.meta.env.FIREFOX && hint.value && (
        <p class="strip-hint" role="status">
          {t('openBesideFirefox')}
        </p>
      )}
    </header>
  );
}

const MINUTE = 60_000;

/** A time in whole minutes, as the mentor says it ("12 min", "1 h 05"): rounded down, or up as a countdown does. */
const minutes = (ms: number, round: 'down' | 'up' = 'down') =>
  formatMinutes((round === 'up' ? Math.ceil : Math.floor)(ms / MINUTE), mentorLanguage());

/**
 * The strip's texts that change with the time, each with when it next changes (see LiveText): none
 * each second but the phase's in its last two minutes. A number that moves each second draws the
 * eye of a mentor who is talking, and Meet's page pays for each change.
 */
function clockTexts(model: SessionPanelModel): Record<'phase' | 'session' | 'presence', (at: number) => TimedText> {
  return {
    // The time left in the phase: in whole minutes, in seconds in its last two, in minutes begun over time.
    phase(at) {
      const left = model.timesAt(at)?.phaseRemainingMs;
      if (left === undefined) return ['', Infinity];
      if (left < 0) return [`+${minutes(-left, 'up')}`, nextStep(at, -left, MINUTE, 'up')];
      const seconds = model.agenda.value?.warning;
      return [seconds ? formatClock(left, 'up') : minutes(left, 'up'), nextStep(at, left, seconds ? 1_000 : MINUTE, 'down')];
    },
    // The session's time in whole minutes; past its planned length, it says so.
    session(at) {
      const times = model.timesAt(at);
      if (!times) return ['', Infinity];
      const over = times.elapsedMs > times.plannedMs;
      return [
        t(over ? 'glanceSessionOver' : 'glanceSession', minutes(times.elapsedMs), minutes(times.plannedMs)),
        nextStep(at, times.elapsedMs, MINUTE, 'up'),
      ];
    },
    // Who came and when, as the background words it; while the student is awaited, the minutes run on here.
    presence(at) {
      const words = model.glance.value?.presence;
      if (!words?.around) return [words?.line ?? '', Infinity];
      const late = Math.max(0, at - words.lateSince!);
      return [late < MINUTE ? words.line : words.around[0] + minutes(late) + words.around[1], nextStep(at, late, MINUTE, 'up')];
    },
  };
}
