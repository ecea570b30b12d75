import type { AgendaShape } from '@/utils/core/agenda/agenda-shape';
import { t } from '@/utils/shared/i18n';

interface Props {
  agenda: AgendaShape;
  onGoTo: (index: number) => void;
}

/** The moves between phases; once the phase's time is up, the move on is offered first. */
export function PhaseMoves({ agenda, onGoTo }: Props) {
  const { currentIndex, phases } = agenda;
  const next = phases[currentIndex + 1];
  return (
    <div class="phase-moves">
      {agenda.suggestNext && next && <p class="phase-suggest">{t('suggestNext', t(phases[currentIndex]!.name), t(next.name))}</p>}
      <div class="phase-nav">
        <button type="button" disabled={currentIndex === 0} onClick={() => onGoTo(currentIndex - 1)}>
          {t('previousPhase')}
        </button>
        <button
          type="button"
          class={agenda.suggestNext ? 'primary-button' : undefined}
          disabled={!next}
          onClick={() => onGoTo(currentIndex + 1)}
        >
          {t('nextPhase')}
        </button>
      </div>
    </div>
  );
}
