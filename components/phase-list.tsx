import type { AgendaClock } from '../utils/agenda/agenda-clock';
import { PHASE_NAMES } from '../utils/agenda/phases';
import { formatClock } from '../utils/format-duration';
import { t } from '../utils/i18n';

/** The agenda as an ordered list; the phase at hand is the current step. */
export function PhaseList({ clock }: { clock: AgendaClock }) {
  return (
    <ol class="phase-list" aria-label={t('agendaLabel')}>
      {clock.phases.map((phase) => (
        <li
          key={phase.key}
          class="phase"
          data-phase={phase.key}
          data-status={phase.status}
          data-warning={String(phase.warning)}
          data-overtime={String(phase.overtime)}
          aria-current={phase.status === 'current' ? 'step' : undefined}
        >
          <span class="phase-name">{t(PHASE_NAMES[phase.key])}</span>
          <span class="phase-planned">{t('phaseMinutes', phase.minutes)}</span>
          {phase.status === 'done' && <span class="phase-spent">{t('phaseSpent', formatClock(phase.spentMs))}</span>}
        </li>
      ))}
    </ol>
  );
}
