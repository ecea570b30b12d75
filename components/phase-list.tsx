import type { AgendaShape } from '../utils/agenda/agenda-shape';
import { PHASE_NAMES } from '../utils/agenda/phases';
import { formatClock } from '../utils/format-duration';
import { t } from '../utils/i18n';

/** The agenda as an ordered list; the phase at hand is the current step. */
export function PhaseList({ agenda }: { agenda: AgendaShape }) {
  return (
    <ol class="phase-list" aria-label={t('agendaLabel')}>
      {agenda.phases.map((phase) => (
        <li
          key={phase.key}
          class="phase"
          data-phase={phase.key}
          data-status={phase.status}
          aria-current={phase.status === 'current' ? 'step' : undefined}
        >
          <span class="phase-name">{t(PHASE_NAMES[phase.key])}</span>
          <span class="phase-planned">{t('phaseMinutes', phase.minutes)}</span>
          {phase.spentSeconds !== null && (
            <span class="phase-spent">{t('phaseSpent', formatClock(phase.spentSeconds * 1000))}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
