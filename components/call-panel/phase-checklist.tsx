import { PHASE_CHECKLISTS, PHASE_NAMES, type PhaseKey } from '@/utils/core/agenda/phases';
import { t } from '@/utils/shared/i18n';

interface Props {
  phase: PhaseKey;
  checked: readonly string[];
  onChange: (itemId: string, checked: boolean) => void;
}

/** What to do in this phase, ticked by the mentor as it happens. */
export function PhaseChecklist({ phase, checked, onChange }: Props) {
  return (
    <fieldset class="checklist">
      <legend>{t('checklistLabel', t(PHASE_NAMES[phase]))}</legend>
      {PHASE_CHECKLISTS[phase].map((item) => (
        <label key={item.id} class="checklist-item">
          <input type="checkbox" checked={checked.includes(item.id)} onChange={(event) => onChange(item.id, event.currentTarget.checked)} />
          <span>{t(item.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
