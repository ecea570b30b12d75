import { MAX_PHASE_SHARE, MIN_PHASE_SHARE, PHASE_KEYS, PHASE_NAMES } from '@/utils/core/agenda/phases';
import { t } from '@/utils/shared/i18n';
import { TextField } from '@/components/common/text-field';

interface Props {
  /** The phase's place in the kind, from 1. */
  number: number;
  count: number;
  name: string;
  share: string;
  checklist: string;
  ids: { name: string; share: string; checklist: string };
  errors: { share: string | null; checklist: string | null };
  onEdit: (field: 'name' | 'share' | 'checklist', value: string) => void;
  /** Absent for a kind's only phase: a kind has at least one. */
  onRemove?: () => void;
}

/** One phase of a kind, as the mentor edits it: its name from Cadence's set, its share of the session, its checklist. */
export function KindPhaseFields({ number, count, name, share, checklist, ids, errors, onEdit, onRemove }: Props) {
  return (
    <fieldset class="kind-phase">
      <legend>{t('optionsPhaseHeading', number, count)}</legend>
      <div class="field">
        <label for={ids.name}>{t('optionsPhaseName')}</label>
        <select id={ids.name} value={name} onChange={(event) => onEdit('name', event.currentTarget.value)}>
          {PHASE_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(PHASE_NAMES[key])}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={ids.share}
        label={t('optionsPhaseShare')}
        type="number"
        inputMode="numeric"
        min={MIN_PHASE_SHARE}
        max={MAX_PHASE_SHARE}
        value={share}
        onValue={(value) => onEdit('share', value)}
        error={errors.share}
      />
      <TextField
        multiline
        id={ids.checklist}
        label={t('optionsPhaseChecklist')}
        value={checklist}
        onValue={(value) => onEdit('checklist', value)}
        error={errors.checklist}
        rows={3}
      />
      {onRemove && (
        <button type="button" class="link-button" onClick={onRemove}>
          {t('optionsRemovePhase', number)}
        </button>
      )}
    </fieldset>
  );
}
