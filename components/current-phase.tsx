import { type ReadonlySignal, useComputed } from '@preact/signals';
import type { AgendaClock } from '../utils/agenda/agenda-clock';
import type { AgendaShape } from '../utils/agenda/agenda-shape';
import { PHASE_NAMES } from '../utils/agenda/phases';
import { formatClock } from '../utils/format-duration';
import { t } from '../utils/i18n';

interface Props {
  agenda: AgendaShape;
  clock: ReadonlySignal<AgendaClock | null>;
  onGoTo: (index: number) => void;
}

/** The phase at hand: its time, a nudge when it is up, and the moves between phases. */
export function CurrentPhase({ agenda, clock, onGoTo }: Props) {
  const { currentIndex, phases } = agenda;
  const next = phases[currentIndex + 1];
  const name = t(PHASE_NAMES[phases[currentIndex]!.key]);
  const elapsed = useComputed(() => (clock.value ? t('phaseElapsed', formatClock(clock.value.current.spentMs)) : ''));
  const remaining = useComputed(() => {
    const current = clock.value?.current;
    if (!current) return '';
    return current.overtime
      ? t('phaseOvertime', formatClock(-current.remainingMs))
      : t('phaseRemaining', formatClock(current.remainingMs, 'up'));
  });
  return (
    <section
      class="current-phase"
      aria-labelledby="cadence-current-phase"
      data-warning={String(agenda.warning)}
      data-overtime={String(agenda.overtime)}
    >
      {/* Where the focus lands when a redraw takes away the button that held it. */}
      <h3 id="cadence-current-phase" class="current-phase-name" tabIndex={-1} data-focus-home>
        {name}
      </h3>
      <p class="phase-times">
        <span data-testid="phase-elapsed">{elapsed}</span>
        <span data-testid="phase-remaining" class="phase-remaining">
          {remaining}
        </span>
      </p>
      {agenda.suggestNext && next && (
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
