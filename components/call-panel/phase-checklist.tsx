import type { PhasePlan } from '@/utils/core/agenda/plan-agenda';
import { t } from '@/utils/shared/i18n';

interface Props {
  phase: PhasePlan;
  checked: readonly string[];
  onChange: (itemId: string, checked: boolean) => void;
}

/** What to do in this phase, ticked by the mentor as it happens. */
export function PhaseChecklist({ phase, checked, onChange }: Props) {
  return (
    <fieldset class="checklist">
      <legend>{t('checklistLabel', t(phase.name))}</legend>
      {phase.checklist.map((item) => (
        <label key={item.id} class="checklist-item">
          <input type="checkbox" checked={checked.includes(item.id)} onChange={(event) => onChange(item.id, event.currentTarget.checked)} />
          <span dir="auto">{item.label ? t(item.label) : item.text}</span>
        </label>
      ))}
    </fieldset>
  );
}
