import { useMemo } from 'preact/hooks';
import { formatDateTime, formatDay } from '@/utils/shared/format-date-time';
import { formatMinutes } from '@/utils/shared/format-duration';
import { type MessageKey, t } from '@/utils/shared/i18n';
import { KIND_NAMES } from '@/components/common/review-work';
import { currentGoals, type HandoffLabels, handoffSummary } from '@/utils/core/students/handoff-summary';
import type { StudentRecord, TransferRecord } from '@/utils/core/students/student-record';
import { checkTransferDate, type TransferDateProblem, transferDates } from '@/utils/core/students/transfer-dates';
import { HandoffSummary } from './handoff-summary';
import { PageError } from '@/components/common/page-error';
import { LEVEL_NAMES } from '@/components/common/level-names';
import { TextField } from '@/components/common/text-field';
import { handoffFileName } from './handoff-file-name';
import { useForm } from '@/components/common/use-form';
import type { StudentModel } from './model';
import { HANDOFF_NOTE_MAX, LONG_TEXT_MAX, MESSAGE_MAX, NOTE_MAX } from '@/utils/core/rules/limits';

interface Props {
  record: StudentRecord;
  /** The mentor's language and time zone: the dates are days on the mentor's calendar. */
  language: string;
  timezone: string;
  now: () => number;
  model: StudentModel;
  onSent: (transfer: TransferRecord) => void;
  onCancel: () => void;
}

type Field = 'date' | 'reason' | 'message' | 'whatWorks';
type Draft = Record<Field, string>;

const DATE_PROBLEMS: Record<Exclude<TransferDateProblem, 'too-soon'>, MessageKey> = {
  missing: 'transferDateMissing',
  invalid: 'transferDateInvalid',
};

function handoffLabels(language: string, timezone: string): HandoffLabels {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const dayOf = (instant: string) => formatDateTime(instant, 'long-date', { language, timezone });
  return {
    title: (name) => t('handoffTitle', name),
    effective: (date) => t('handoffEffective', formatDay(date, language)),
    profile: t('handoffProfile'),
    path: (name) => t('handoffPath', name),
    project: (name) => t('handoffProject', name),
    noProject: t('handoffNoProject'),
    guide: t('handoffGuide'),
    level: (level) => t('handoffLevel', number.format(level)),
    hours: (hours) => t('handoffHours', number.format(hours)),
    timezone: (zone) => t('handoffTimezone', zone),
    history: t('handoffHistory'),
    since: (instant) => t('handoffSince', dayOf(instant)),
    noSessionYet: t('handoffNoSessionYet'),
    held: (count) => t('handoffHeld', number.format(count)),
    noShows: (count) => t('handoffNoShows', number.format(count)),
    lateCancellations: (count) => t('handoffLateCancellations', number.format(count)),
    plannedAbsences: (count) => t('handoffPlannedAbsences', number.format(count)),
    goals: t('handoffGoals'),
    goalsSetOn: (instant) => t('handoffGoalsSetOn', dayOf(instant)),
    noGoals: t('handoffNoGoals'),
    kind: (kind) => t(KIND_NAMES[kind]),
    duration: (minutes) => formatMinutes(minutes, language),
    skills: t('handoffSkills'),
    skillLevel: (level, instant) => t('handoffSkillLevel', t(LEVEL_NAMES[level] ?? 'reportLevelNone'), dayOf(instant)),
    noSkills: t('handoffNoSkills'),
    whatWorks: t('handoffWhatWorks'),
    whatWorksEmpty: t('handoffWhatWorksEmpty'),
  };
}

/**
 * "Transfer this student": the date, the reason and a word for the student go
 * to the platform with a handoff summary for the new mentor, which the mentor
 * reads, copies or saves before sending.
 */
export function TransferForm({ record, language, timezone, now, model, onSent, onCancel }: Props) {
  const form = useForm<Draft>(() => ({ date: transferDates(now(), timezone).suggested, reason: '', message: '', whatWorks: '' }), {
    focus: 'date',
  });
  const { id, draft, edit, fieldId, busy, error } = form;
  const labels = useMemo(() => handoffLabels(language, timezone), [language, timezone]);
  const goals = useMemo(() => currentGoals(record), [record]);

  const at = now();
  const { earliest } = transferDates(at, timezone);
  const dateProblem = checkTransferDate(draft.date, at, timezone);
  const markdown = handoffSummary(
    { record, goals, whatWorks: draft.whatWorks, effectiveDate: dateProblem ? null : draft.date, now: at },
    labels,
  );
  const errors: Partial<Record<Field, string>> = {};
  if (dateProblem) {
    errors.date = dateProblem === 'too-soon' ? t('transferDateTooSoon', formatDay(earliest, language)) : t(DATE_PROBLEMS[dateProblem]);
  }
  if (!draft.reason.trim()) errors.reason = t('transferReasonMissing');
  if (markdown.length > LONG_TEXT_MAX) errors.whatWorks = t('transferSummaryTooLong');
  const shown = (field: Field) => form.shown(errors, field);

  return (
    <form
      class="transfer-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) =>
        form.submit(event, {
          errors,
          order: ['date', 'reason', 'whatWorks'],
          save: async () => {
            const reply = await model.transfer({
              studentId: record.student.id,
              effectiveDate: draft.date,
              reason: draft.reason.trim(),
              messageToStudent: draft.message.trim(),
              handoffSummary: markdown,
            });
            return form.settle(reply, onSent);
          },
        })
      }
    >
      <h3 id={`${id}-title`} dir="auto">
        {t('transferFormTitle', record.student.name)}
      </h3>
      <p class="hint">{t('transferIntro')}</p>
      <TextField
        id={fieldId('date')}
        label={t('transferDate')}
        value={draft.date}
        onValue={edit('date')}
        error={shown('date')}
        hint={t('transferDateHint', formatDay(earliest, language))}
        type="date"
        min={earliest}
        required
      />
      <TextField
        multiline
        rows={4}
        id={fieldId('reason')}
        label={t('transferReason')}
        value={draft.reason}
        onValue={edit('reason')}
        error={shown('reason')}
        hint={t('transferReasonHint')}
        maxLength={NOTE_MAX}
        required
      />
      <TextField
        multiline
        rows={4}
        id={fieldId('message')}
        label={t('transferMessage')}
        value={draft.message}
        onValue={edit('message')}
        error={null}
        hint={t('transferMessageHint')}
        maxLength={MESSAGE_MAX}
      />
      <TextField
        multiline
        rows={4}
        id={fieldId('whatWorks')}
        label={t('transferWhatWorks')}
        value={draft.whatWorks}
        onValue={edit('whatWorks')}
        error={shown('whatWorks')}
        hint={t('transferWhatWorksHint')}
        maxLength={HANDOFF_NOTE_MAX}
      />
      <HandoffSummary markdown={markdown} fileName={handoffFileName(record.student.name)} />
      {!record.connected && <p class="hint">{t('transferLocalBefore')}</p>}
      <PageError code={error} />
      <div class="actions">
        <button type="submit" disabled={busy} aria-busy={busy}>
          {t('transferSend')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('transferCancel')}
        </button>
      </div>
    </form>
  );
}
