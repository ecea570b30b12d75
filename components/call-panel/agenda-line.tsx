import { useSignal } from '@preact/signals';
import { t } from '@/utils/shared/i18n';
import type { SessionPanelModel } from './model';
import { PhaseChecklist } from './phase-checklist';
import { PhaseList } from './phase-list';

/** The agenda in one line, and the phase's checklist folded behind a count of what is ticked. */
export function AgendaLine({ model }: { model: SessionPanelModel }) {
  const open = useSignal(false);
  const agenda = model.agenda.value!;
  const session = model.session.value!;
  // The phase as the session keeps it: its name and checklist are its kind's.
  const phase = session.phases[agenda.currentIndex]!;
  const items = phase.checklist;
  const ticked = items.filter((item) => session.checked.includes(item.id)).length;
  return (
    <section class="agenda" aria-label={t('agendaLabel')}>
      <PhaseList agenda={agenda} />
      <button
        type="button"
        class="link-button checklist-toggle"
        aria-expanded={open.value && !model.workOpen.value}
        aria-controls="cadence-checklist"
        onClick={() => {
          // Asked for while the work is open: the work gives way.
          if (model.workOpen.peek()) void model.closeWork().then((closed) => (open.value = closed));
          else open.value = !open.value;
        }}
      >
        {t('checklistCount', t(phase.name), ticked, items.length)}
      </button>
      {/* With the work open, the frame needs the room: the count stays, the list waits. */}
      {open.value && !model.workOpen.value && (
        <div id="cadence-checklist">
          <PhaseChecklist phase={phase} checked={session.checked} onChange={model.setChecked} />
        </div>
      )}
    </section>
  );
}
