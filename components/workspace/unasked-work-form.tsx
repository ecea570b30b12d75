import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import type { AssignmentKind, Outcome } from '@/utils/core/review/assignment';
import { checkUnasked, KIND_NAMES, OUTCOME_CHOICES, OUTCOME_NAMES, unaskedWork } from '@/components/common/review-work';
import type { UnaskedDraft, UnaskedField } from '@/components/common/review-work';
import type { WorkspaceModel } from './model';
import { TextField } from '@/components/common/text-field';
import { useForm } from '@/components/common/use-form';
import { MAX_WORK_MINUTES, NOTE_MAX, WORK_TITLE_MAX } from '@/utils/core/rules/limits';

const EMPTY: UnaskedDraft = { title: '', kind: 'exercise', minutes: '', skills: '', outcome: '', note: '' };
const FIELDS: UnaskedField[] = ['title', 'minutes', 'skills', 'outcome'];

/** Work the student did without being asked, recorded with how it went; folded away until needed. */
export function UnaskedWorkForm({ model }: { model: WorkspaceModel }) {
  const fields = useForm<UnaskedDraft>(EMPTY);
  const { id, draft, edit, fieldId } = fields;
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus goes to the form's first field, and back to the button once the form closes.
  useEffect(() => {
    if (open) document.getElementById(fieldId('title'))?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const errors = checkUnasked(draft, model.language);
  const shown = (field: UnaskedField) => fields.shown(errors, field) && t(errors[field]!);
  const close = () => {
    setOpen(false);
    fields.setDraft(EMPTY);
    fields.setAttempted(false);
  };

  const outcomeError = shown('outcome');
  const form = (
    <form
      class="record-form"
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) =>
        fields.submit(event, {
          errors,
          order: FIELDS,
          save: async () => {
            const work = unaskedWork(draft, model.language);
            // On failure the form stays as typed, for another try.
            if (await model.addUnasked(work, draft.outcome as Outcome, draft.note)) {
              setAdded(work.title);
              close();
            }
          },
        })
      }
    >
      <h3 id={`${id}-heading`}>{t('reviewUnaskedHeading')}</h3>
      <TextField
        id={fieldId('title')}
        label={t('reviewUnaskedTitle')}
        value={draft.title}
        onValue={edit('title')}
        error={shown('title')}
        maxLength={WORK_TITLE_MAX}
        class="wide"
      />
      <div class="field">
        <label for={fieldId('kind')}>{t('reviewUnaskedKind')}</label>
        <select id={fieldId('kind')} value={draft.kind} onChange={(event) => edit('kind')(event.currentTarget.value as AssignmentKind)}>
          {Object.entries(KIND_NAMES).map(([kind, name]) => (
            <option key={kind} value={kind}>
              {t(name)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={fieldId('minutes')}
        label={t('reviewUnaskedMinutes')}
        value={draft.minutes}
        onValue={edit('minutes')}
        error={shown('minutes')}
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_WORK_MINUTES}
        step={1}
      />
      <TextField
        id={fieldId('skills')}
        label={t('reviewUnaskedSkills')}
        value={draft.skills}
        onValue={edit('skills')}
        error={shown('skills')}
        hint={t('reviewUnaskedSkillsHint')}
        class="wide"
      />
      <div class="field">
        <label for={fieldId('outcome')}>{t('reviewUnaskedOutcome')}</label>
        <select
          id={fieldId('outcome')}
          value={draft.outcome}
          aria-invalid={!!outcomeError}
          aria-describedby={outcomeError ? `${fieldId('outcome')}-error` : undefined}
          onChange={(event) => edit('outcome')(event.currentTarget.value)}
        >
          <option value="">{t('reviewUnaskedChoose')}</option>
          {OUTCOME_CHOICES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(OUTCOME_NAMES[outcome])}
            </option>
          ))}
        </select>
        {outcomeError && (
          <p id={`${fieldId('outcome')}-error`} class="field-error">
            {outcomeError}
          </p>
        )}
      </div>
      <TextField
        multiline
        id={fieldId('note')}
        label={t('reviewNote')}
        value={draft.note}
        onValue={edit('note')}
        error={null}
        rows={2}
        maxLength={NOTE_MAX}
      />
      <div class="actions">
        <button type="submit" disabled={model.busy.value === 'add-unasked'}>
          {t('reviewUnaskedAdd')}
        </button>
        <button type="button" class="secondary" onClick={close}>
          {t('optionsCancel')}
        </button>
      </div>
    </form>
  );
  return (
    <div class="review-unasked">
      {open ? (
        form
      ) : (
        <button
          type="button"
          class="secondary"
          ref={opener}
          onClick={() => {
            setAdded(null);
            setOpen(true);
          }}
        >
          {t('reviewUnaskedOpen')}
        </button>
      )}
      {/* Outside the form, so the news is heard once the form has gone. */}
      <p class="hint" role="status">
        {added ? t('reviewUnaskedAdded', added) : ''}
      </p>
    </div>
  );
}
