import type { AgendaShape } from '@/utils/core/agenda/agenda-shape';
import { t } from '@/utils/shared/i18n';

/** The agenda in one line, as an ordered list: finished phases ticked, the phase at hand the current step. */
export function PhaseList({ agenda }: { agenda: AgendaShape }) {
  return (
    // Where the focus lands when a redraw takes away the button that held it (the last phase's Next).
    <ol class="phase-list" aria-label={t('agendaLabel')} tabIndex={-1} data-focus-home>
      {agenda.phases.map((phase) => (
        <li
          key={phase.key}
          class="phase"
          data-phase={phase.key}
          data-status={phase.status}
          aria-current={phase.status === 'current' ? 'step' : undefined}
        >
          {/* A finished phase says so in words for screen readers, and with a tick for the eye. */}
          {phase.status === 'done' && <span aria-hidden="true">✓ </span>}
          <span class="phase-name">{t(phase.name)}</span> <span class="phase-planned">{t('phaseMinutes', phase.minutes)}</span>
          {phase.status === 'done' && <span class="visually-hidden">{t('phaseDone')}</span>}
        </li>
      ))}
    </ol>
  );
}
