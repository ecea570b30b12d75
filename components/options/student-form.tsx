import { useMemo, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/utils/shared/i18n';
import { type LocalStudentInput, localStudentInputSchema } from '@/utils/protocol/page-to-background';
import type { Student } from '@/utils/core/platform/platform-schemas';
import { FormActions } from '@/components/common/form-actions';
import { LevelField } from '@/components/common/level-field';
import { TextField } from '@/components/common/text-field';
import { useForm } from '@/components/common/use-form';
import type { OptionsModel } from './model';
import { LINK_MAX, MAX_WEEKLY_HOURS, NAME_MAX } from '@/utils/core/rules/limits';

type Field = 'name' | 'pathName' | 'projectName' | 'mentorGuideUrl' | 'timezone' | 'weeklyHours' | 'level';
type Draft = Record<Field, string>;
type Checked = 'name' | 'pathName' | 'mentorGuideUrl' | 'timezone' | 'weeklyHours';
const CHECKED: Checked[] = ['name', 'pathName', 'mentorGuideUrl', 'timezone', 'weeklyHours'];
import { TimeZoneField } from '@/components/common/time-zone-field';
import { saveStudentCategory, usePayRates } from './pay-rates-setting';
import { StudentCategoryField } from './student-category-field';

const shape = localStudentInputSchema.shape;

function toDraft(student: Student | null): Draft {
  return {
    name: student?.name ?? '',
    pathName: student?.path.name ?? '',
    projectName: student?.currentProject?.name ?? '',
    mentorGuideUrl: student?.currentProject?.mentorGuideUrl ?? '',
    timezone: student?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    weeklyHours: student ? String(student.weeklyHours) : '',
    level: String(student?.level ?? 1),
  };
}

/** The same rules as the background's, so what passes here is never refused there. */
function check(draft: Draft): Partial<Record<Checked, MessageKey>> {
  const errors: Partial<Record<Checked, MessageKey>> = {};
  if (!shape.name.safeParse(draft.name).success) errors.name = 'optionsNameMissing';
  if (!shape.pathName.safeParse(draft.pathName).success) errors.pathName = 'optionsPathMissing';
  const guide = draft.mentorGuideUrl.trim();
  if (!shape.mentorGuideUrl.safeParse(guide).success) errors.mentorGuideUrl = 'optionsLinkInvalid';
  // The guide belongs to the project: without one, the background would drop it.
  else if (guide && !draft.projectName.trim()) errors.mentorGuideUrl = 'optionsGuideNeedsProject';
  if (!shape.timezone.safeParse(draft.timezone.trim()).success) errors.timezone = 'optionsTimezoneInvalid';
  const hours = draft.weeklyHours.trim();
  if (!hours || !shape.weeklyHours.safeParse(Number(hours)).success) errors.weeklyHours = 'optionsHoursInvalid';
  return errors;
}

function toInput(id: string | null, draft: Draft): LocalStudentInput {
  return {
    id,
    name: draft.name.trim(),
    pathName: draft.pathName.trim(),
    projectName: draft.projectName.trim(),
    mentorGuideUrl: draft.mentorGuideUrl.trim(),
    timezone: draft.timezone.trim(),
    weeklyHours: Number(draft.weeklyHours),
    level: Number(draft.level),
  };
}

interface Props {
  model: OptionsModel;
  /** The student to change, or null for a new one. */
  student: Student | null;
  onSaved: (student: Student) => void;
  onCancel: () => void;
}

/** A student entered by hand: added, or changed. */
export function StudentForm({ model, student, onSaved, onCancel }: Props) {
  const form = useForm<Draft>(() => toDraft(student), { focus: 'name' });
  const { id, draft, edit, fieldId, busy, error } = form;
  const zones = useMemo(() => {
    // Node and some browsers leave UTC out of the list; the student's own zone must be there.
    const all = new Set([...Intl.supportedValuesOf('timeZone'), draft.timezone]);
    return [...all].sort();
  }, []);

  const rates = usePayRates();
  /** The pay category chosen here ('' for none); null while untouched. Kept with the rates, saved with the student. */
  const [category, setCategory] = useState<string | null>(null);

  const errors = check(draft);
  const shown = (field: Checked) => form.shown(errors, field) && t(errors[field]!);

  return (
    <form
      class="record-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) =>
        form.submit(event, {
          errors,
          order: CHECKED,
          save: async () => {
            const reply = await model.saveStudent(toInput(student?.id ?? null, draft));
            if (reply.ok && category !== null) await saveStudentCategory(reply.value.id, category || null);
            form.settle(reply, onSaved);
          },
        })
      }
    >
      <h3 id={`${id}-title`} dir="auto">
        {student ? t('optionsEditStudentTitle', student.name) : t('optionsNewStudentTitle')}
      </h3>
      <TextField
        id={fieldId('name')}
        label={t('optionsStudentName')}
        value={draft.name}
        onValue={edit('name')}
        error={shown('name')}
        maxLength={NAME_MAX}
        class="wide"
      />
      <TextField
        id={fieldId('pathName')}
        label={t('optionsStudentPath')}
        value={draft.pathName}
        onValue={edit('pathName')}
        error={shown('pathName')}
        maxLength={NAME_MAX}
        class="wide"
      />
      <TextField
        id={fieldId('projectName')}
        label={t('optionsStudentProject')}
        value={draft.projectName}
        onValue={edit('projectName')}
        error={null}
        hint={t('optionsOptional')}
        maxLength={NAME_MAX}
        class="wide"
      />
      <TextField
        id={fieldId('mentorGuideUrl')}
        label={t('optionsStudentGuide')}
        value={draft.mentorGuideUrl}
        onValue={edit('mentorGuideUrl')}
        error={shown('mentorGuideUrl')}
        hint={t('optionsStudentGuideHint')}
        type="url"
        inputMode="url"
        maxLength={LINK_MAX}
        class="wide"
      />
      <TimeZoneField
        id={fieldId('timezone')}
        label={t('optionsStudentTimezone')}
        value={draft.timezone}
        onValue={edit('timezone')}
        zones={zones}
        error={shown('timezone')}
      />
      <TextField
        id={fieldId('weeklyHours')}
        label={t('optionsStudentHours')}
        value={draft.weeklyHours}
        onValue={edit('weeklyHours')}
        error={shown('weeklyHours')}
        type="number"
        inputMode="decimal"
        min={0}
        max={MAX_WEEKLY_HOURS}
        step={0.5}
      />
      <LevelField id={fieldId('level')} label={t('optionsStudentLevel')} value={draft.level} onValue={edit('level')} />
      {rates && rates.categories.length > 0 && (
        <StudentCategoryField
          id={fieldId('category')}
          categories={rates.categories}
          value={category ?? (student && rates.studentCategories[student.id]) ?? ''}
          onValue={setCategory}
        />
      )}
      <FormActions
        error={error}
        busy={busy}
        submit={student ? t('optionsSaveStudent') : t('optionsAddStudentSubmit')}
        onCancel={onCancel}
      />
    </form>
  );
}
