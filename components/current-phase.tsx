import type { AgendaClock } from '../utils/agenda/agenda-clock';
import { PHASE_NAMES } from '../utils/agenda/phases';
import { formatClock } from '../utils/format-duration';
import { t } from '../utils/i18n';

interface Props {
  clock: AgendaClock;
  onGoTo: (index: number) => void;
}

/** The phase at hand: its time, a nudge when it is up, and the moves between phases. */
export function CurrentPhase({ clock, onGoTo }: Props) {
  const { current, currentIndex, phases } = clock;
  const next = phases[currentIndex + 1];
  const name = t(PHASE_NAMES[current.key]);
  return (
    <section
      class="current-phase"
      aria-labelledby="cadence-current-phase"
      data-warning={String(current.warning)}
      data-overtime={String(current.overtime)}
    >
      <h3 id="cadence-current-phase" class="current-phase-name">
        {name}
      </h3>
      <p class="phase-times">
        <span data-testid="phase-elapsed">{t('phaseElapsed', formatClock(current.spentMs))}</span>
        <span data-testid="phase-remaining" class="phase-remaining">
          {current.overtime
            ? t('phaseOvertime', formatClock(-current.remainingMs))
            : t('phaseRemaining', formatClock(current.remainingMs, 'up'))}
        </span>
      </p>
      {clock.suggestNext && next && (
        <div class="notice notice-suggest">
          <p>{t('suggestNext', name, t(PHASE_NAMES[next.key]))}</p>
          <button type="button" class="primary-button" onClick={() => onGoTo(currentIndex + 1)}>
            {t('moveOn')}
          </button>
        </div>
      )}
      <div class="phase-nav">
        <button type="button" disabled={currentIndex === 0} onClick={() => onGoTo(currentIndex - 1)}>
          {t('previousPhase')}
        </button>
        <button type="button" disabled={!next} onClick={() => onGoTo(currentIndex + 1)}>
          {t('nextPhase')}
        </button>
      </div>
    </section>
  );
}
