import { BUILT_IN_SKILLS } from '@/utils/core/exercises/built-in-exercises';
import { t } from '@/utils/shared/i18n';
import { type MyExerciseInput, myExerciseInputSchema } from '@/utils/protocol/page-to-background';
import type { Exercise } from '@/utils/core/platform/platform-schemas';
import { FormActions } from '@/components/common/form-actions';
import { LevelField } from '@/components/common/level-field';
import { TextField } from '@/components/common/text-field';
import { useForm } from '@/components/common/use-form';
import type { OptionsModel } from './model';
import { EXERCISE_INSTRUCTIONS_MAX, MAX_EXERCISE_MINUTES, MIN_EXERCISE_MINUTES, NAME_MAX } from '@/utils/core/rules/limits';

type Field = 'title' | 'instructions' | 'skills' | 'level' | 'minutes' | 'paths' | 'projects';
type Draft = Record<Field, string>;
type Checked = 'title' | 'skills' | 'minutes' | 'paths' | 'projects';
const CHECKED: Checked[] = ['title', 'skills', 'minutes', 'paths', 'projects'];

const shape = myExerciseInputSchema.shape;

/** "a, b,, c " → ["a", "b", "c"]. */
const splitList = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function toDraft(exercise: Exercise | null): Draft {
  return {
    title: exercise?.title ?? '',
    instructions: exercise?.instructions ?? '',
    skills: exercise?.skills.join(', ') ?? '',
    level: String(exercise?.level ?? 1),
    minutes: exercise ? String(exercise.minutes) : '',
    paths: exercise?.paths.join(', ') ?? '',
    projects: exercise?.projects.join(', ') ?? '',
  };
}

/** The same rules as the background's, so what passes here is never refused there. */
function check(draft: Draft): Partial<Record<Checked, string>> {
  const errors: Partial<Record<Checked, string>> = {};
  if (!shape.title.safeParse(draft.title).success) errors.title = t('myExercisesTitleMissing');
  const skills = splitList(draft.skills);
  if (skills.length === 0) errors.skills = t('myExercisesSkillsMissing');
  else if (!shape.skills.safeParse(skills).success) errors.skills = t('myExercisesSkillsInvalid');
  const minutes = draft.minutes.trim();
  if (!minutes || !shape.minutes.safeParse(Number(minutes)).success) {
    errors.minutes = t('optionsInvalidLength', MIN_EXERCISE_MINUTES, MAX_EXERCISE_MINUTES);
  }
  if (!shape.paths.safeParse(splitList(draft.paths)).success) errors.paths = t('myExercisesListInvalid');
  if (!shape.projects.safeParse(splitList(draft.projects)).success) errors.projects = t('myExercisesListInvalid');
  return errors;
}

function toInput(id: string | null, draft: Draft): MyExerciseInput {
  return {
    id,
    title: draft.title.trim(),
    instructions: draft.instructions.trim(),
    skills: splitList(draft.skills),
    level: Number(draft.level),
    minutes: Number(draft.minutes),
    paths: splitList(draft.paths),
    projects: splitList(draft.projects),
  };
}

interface Props {
  model: OptionsModel;
  /** The exercise to change, or null for a new one. */
  exercise: Exercise | null;
  onSaved: (exercise: Exercise) => void;
  onCancel: () => void;
}

/** An exercise of the mentor's own: written, or changed. */
export function ExerciseForm({ model, exercise, onSaved, onCancel }: Props) {
  const form = useForm<Draft>(() => toDraft(exercise), { focus: 'title' });
  const { id, draft, edit, fieldId, busy, error } = form;

  const errors = check(draft);
  const shown = (field: Checked) => form.shown(errors, field);

  return (
    <form
      class="record-form"
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) =>
        form.submit(event, {
          errors,
          order: CHECKED,
          save: async () => form.settle(await model.saveExercise(toInput(exercise?.id ?? null, draft)), onSaved),
        })
      }
    >
      <h3 id={`${id}-heading`} dir="auto">
        {exercise ? t('myExercisesEditTitle', exercise.title) : t('myExercisesNew')}
      </h3>
      <TextField
        id={fieldId('title')}
        label={t('myExercisesTitle')}
        value={draft.title}
        onValue={edit('title')}
        error={shown('title')}
        maxLength={NAME_MAX}
        class="wide"
      />
      <TextField
        multiline
        id={fieldId('instructions')}
        label={t('myExercisesInstructions')}
        value={draft.instructions}
        onValue={edit('instructions')}
        error={null}
        hint={t('myExercisesInstructionsHint')}
        rows={6}
        maxLength={EXERCISE_INSTRUCTIONS_MAX}
      />
      <TextField
        id={fieldId('skills')}
        label={t('myExercisesSkills')}
        value={draft.skills}
        onValue={edit('skills')}
        error={shown('skills')}
        hint={t('myExercisesSkillsHint')}
        list={`${id}-skill-names`}
        autocomplete="off"
        class="wide"
      />
      <datalist id={`${id}-skill-names`}>
        {BUILT_IN_SKILLS.map((skill) => (
          <option key={skill} value={skill} />
        ))}
      </datalist>
      <LevelField id={fieldId('level')} label={t('myExercisesLevel')} value={draft.level} onValue={edit('level')} />
      <TextField
        id={fieldId('minutes')}
        label={t('myExercisesMinutes')}
        value={draft.minutes}
        onValue={edit('minutes')}
        error={shown('minutes')}
        type="number"
        inputMode="numeric"
        min={MIN_EXERCISE_MINUTES}
        max={MAX_EXERCISE_MINUTES}
      />
      <TextField
        id={fieldId('paths')}
        label={t('myExercisesPathsField')}
        value={draft.paths}
        onValue={edit('paths')}
        error={shown('paths')}
        hint={t('myExercisesListHint')}
        class="wide"
      />
      <TextField
        id={fieldId('projects')}
        label={t('myExercisesProjectsField')}
        value={draft.projects}
        onValue={edit('projects')}
        error={shown('projects')}
        hint={t('myExercisesListHint')}
        class="wide"
      />
      <FormActions error={error} busy={busy} submit={exercise ? t('myExercisesSave') : t('myExercisesAddSubmit')} onCancel={onCancel} />
    </form>
  );
}
