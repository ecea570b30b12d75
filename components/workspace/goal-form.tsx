import { skillsFromText, skillsToText } from '@/utils/core/exercises/exercise-filter';
import { type MessageKey, t } from '@/utils/shared/i18n';
import { type WorkInput, workInputSchema } from '@/utils/protocol/page-to-background';
import type { Assignment, AssignmentKind } from '@/utils/core/review/assignment';
import { KIND_NAMES } from '@/components/common/review-work';
import { TextField } from '@/components/common/text-field';
import { useForm } from '@/components/common/use-form';
import { LINK_MAX, MAX_WORK_MINUTES, WORK_TITLE_MAX } from '@/utils/core/rules/limits';

type Field = 'kind' | 'title' | 'url' | 'minutes' | 'skills';
type Draft = Record<Field, string>;
type Checked = Exclude<Field, 'kind'>;
const CHECKED: Checked[] = ['title', 'url', 'minutes', 'skills'];

const shape = workInputSchema.shape;

function toDraft(goal: Assignment | null, language: string): Draft {
  return {
    kind: goal?.kind ?? 'course-part',
    title: goal?.title ?? '',
    url: goal?.url ?? '',
    minutes: goal ? String(goal.estimatedMinutes) : '',
    skills: goal ? skillsToText(goal.skills, language) : '',
  };
}

/** The same rules as the background's, so what passes here is never refused there. */
function check(draft: Draft, language: string): Partial<Record<Checked, MessageKey>> {
  const errors: Partial<Record<Checked, MessageKey>> = {};
  if (!shape.title.safeParse(draft.title).success) errors.title = 'goalsFormTitleMissing';
  if (!shape.url.safeParse(draft.url.trim()).success) errors.url = 'goalsFormLinkInvalid';
  const minutes = draft.minutes.trim();
  // Number('') is 0 and Number('1e3') is 1000: only plain digits count.
  if (!/^\d+$/.test(minutes) || !shape.estimatedMinutes.safeParse(Number(minutes)).success) {
    errors.minutes = 'goalsFormMinutesInvalid';
  }
  if (!shape.skills.safeParse(skillsFromText(draft.skills, language)).success) errors.skills = 'goalsFormSkillsInvalid';
  return errors;
}

interface Props {
  /** The goal to change, or null for a new one. */
  goal: Assignment | null;
  language: string;
  /** Resolves true once saved; the form stays as typed otherwise. */
  onSave(work: WorkInput): Promise<boolean>;
  onCancel: () => void;
}

/** A piece of next week's work, added or changed. */
export function GoalForm({ goal, language, onSave, onCancel }: Props) {
  const form = useForm<Draft>(() => toDraft(goal, language), { focus: 'title' });
  const { id, draft, edit, fieldId, busy } = form;

  const errors = check(draft, language);
  const shown = (field: Checked) => form.shown(errors, field) && t(errors[field]!);

  const submit = (event: Event) =>
    form.submit(event, {
      errors,
      order: CHECKED,
      save: () =>
        onSave({
          kind: draft.kind as AssignmentKind,
          title: draft.title.trim(),
          url: draft.url.trim(),
          estimatedMinutes: Number(draft.minutes.trim()),
          skills: skillsFromText(draft.skills, language),
          // A goal taken from an exercise stays tied to it.
          exerciseId: goal?.exerciseId ?? null,
          level: goal?.level ?? null,
        }),
    });

  return (
    <form class="goal-form" noValidate aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`} dir="auto">
        {goal ? t('goalsFormEditTitle', goal.title) : t('goalsFormNewTitle')}
      </h3>
      <div class="field">
        <label for={fieldId('kind')}>{t('goalsFormKind')}</label>
        <select id={fieldId('kind')} value={draft.kind} onChange={(event) => edit('kind')(event.currentTarget.value)}>
          {(Object.keys(KIND_NAMES) as AssignmentKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {t(KIND_NAMES[kind])}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={fieldId('title')}
        label={t('goalsFormTitle')}
        value={draft.title}
        onValue={edit('title')}
        error={shown('title')}
        maxLength={WORK_TITLE_MAX}
      />
      <TextField
        id={fieldId('url')}
        label={t('goalsFormLink')}
        value={draft.url}
        onValue={edit('url')}
        error={shown('url')}
        hint={t('goalsFormLinkHint')}
        type="url"
        inputMode="url"
        maxLength={LINK_MAX}
      />
      <TextField
        id={fieldId('minutes')}
        label={t('goalsFormMinutes')}
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
        label={t('goalsFormSkills')}
        value={draft.skills}
        onValue={edit('skills')}
        error={shown('skills')}
        hint={t('goalsFormSkillsHint')}
      />
      <div class="actions">
        <button type="submit" disabled={busy}>
          {goal ? t('goalsFormSave') : t('goalsFormAdd')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('goalsFormCancel')}
        </button>
      </div>
    </form>
  );
}
