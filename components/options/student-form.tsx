import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/utils/shared/i18n';
import { type LocalStudentInput, localStudentInputSchema } from '@/utils/protocol/page-to-background';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import type { Student } from '@/utils/core/platform/platform-schemas';
import { PageError } from '@/components/common/page-error';
import { TextField } from '@/components/common/text-field';
import { TimeZoneField } from '@/components/common/time-zone-field';

type Field = 'name' | 'pathName' | 'projectName' | 'mentorGuideUrl' | 'timezone' | 'weeklyHours' | 'level';
type Draft = Record<Field, string>;
type Checked = 'name' | 'pathName' | 'mentorGuideUrl' | 'timezone' | 'weeklyHours';

const shape = localStudentInputSchema.shape;
const LEVELS = [1, 2, 3, 4, 5];

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
  /** The student to change, or null for a new one. */
  student: Student | null;
  onSaved: (student: Student) => void;
  onCancel: () => void;
}

/** A student entered by hand: added, or changed. */
export function StudentForm({ student, onSaved, onCancel }: Props) {
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [draft, setDraft] = useState(() => toDraft(student));
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => document.getElementById(fieldId('name'))?.focus(), []);
  const zones = useMemo(() => {
    // Node and some browsers leave UTC out of the list; the student's own zone must be there.
    const all = new Set([...Intl.supportedValuesOf('timeZone'), draft.timezone]);
    return [...all].sort();
  }, []);

  const errors = check(draft);
  const shown = (field: Checked) => (attempted && errors[field] ? t(errors[field]) : null);
  // From the latest draft: autofill may change several fields before a render.
  const edit = (field: Field) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  return (
    <form
      class="record-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={async (event) => {
        event.preventDefault();
        setAttempted(true);
        setError(null);
        const first = (['name', 'pathName', 'mentorGuideUrl', 'timezone', 'weeklyHours'] as const).find((field) => errors[field]);
        if (first) return document.getElementById(fieldId(first))?.focus();
        setBusy(true);
        const input = toInput(student?.id ?? null, draft);
        const reply = await sendToBackground({ type: 'records/save-student', student: input });
        setBusy(false);
        // On failure the draft stays as typed, for another try.
        if (!reply.ok) return setError(reply.error.code);
        onSaved(reply.value);
      }}
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
        maxLength={200}
        class="wide"
      />
      <TextField
        id={fieldId('pathName')}
        label={t('optionsStudentPath')}
        value={draft.pathName}
        onValue={edit('pathName')}
        error={shown('pathName')}
        maxLength={200}
        class="wide"
      />
      <TextField
        id={fieldId('projectName')}
        label={t('optionsStudentProject')}
        value={draft.projectName}
        onValue={edit('projectName')}
        error={null}
        hint={t('optionsOptional')}
        maxLength={200}
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
        maxLength={2048}
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
        max={80}
        step={0.5}
      />
      <div class="field">
        <label for={fieldId('level')}>{t('optionsStudentLevel')}</label>
        <select
          id={fieldId('level')}
          value={draft.level}
          aria-describedby={`${fieldId('level')}-hint`}
          onChange={(event) => edit('level')(event.currentTarget.value)}
        >
          {LEVELS.map((level) => (
            <option key={level} value={String(level)}>
              {level}
            </option>
          ))}
        </select>
        <p id={`${fieldId('level')}-hint`} class="hint">
          {t('optionsStudentLevelHint')}
        </p>
      </div>
      <PageError code={error} />
      <div class="actions">
        <button type="submit" disabled={busy}>
          {student ? t('optionsSaveStudent') : t('optionsAddStudentSubmit')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </form>
  );
}
