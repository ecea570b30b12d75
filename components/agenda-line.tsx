import { useSignal } from '@preact/signals';
import { PHASE_CHECKLISTS, PHASE_NAMES } from '../utils/agenda/phases';
import { t } from '../utils/i18n';
import type { SessionPanelModel } from '../utils/panel/session-panel-model';
import { PhaseChecklist } from './phase-checklist';
import { PhaseList } from './phase-list';

/** The agenda in one line, and the phase's checklist folded behind a count of what is ticked. */
export function AgendaLine({ model }: { model: SessionPanelModel }) {
  const open = useSignal(false);
  const agenda = model.agenda.value!;
  const session = model.session.value!;
  const phase = agenda.phases[agenda.currentIndex]!.key;
  const items = PHASE_CHECKLISTS[phase];
  const ticked = items.filter((item) => session.checked.includes(item.id)).length;
  return (
    <section class="agenda" aria-label={t('agendaLabel')}>
      <PhaseList agenda={agenda} />
      <button
        type="button"
        class="link-button checklist-toggle"
        aria-expanded={open.value}
        aria-controls="cadence-checklist"
        onClick={() => (open.value = !open.value)}
      >
        {t('checklistCount', t(PHASE_NAMES[phase]), ticked, items.length)}
      </button>
      {open.value && (
        <div id="cadence-checklist">
          <PhaseChecklist phase={phase} checked={session.checked} onChange={model.setChecked} />
        </div>
      )}
    </section>
  );
}
