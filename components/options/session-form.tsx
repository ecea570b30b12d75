import { useMemo } from 'preact/hooks';
import { formatDateTime, mentorPlace } from '@/utils/shared/format-date-time';
import { t } from '@/utils/shared/i18n';
import { sessionInputSchema } from '@/utils/protocol/page-to-background';
import type { Session, Student } from '@/utils/core/platform/platform-schemas';
import { readTypedStart } from '@/utils/core/scheduling/next-session';
import { FormActions } from '@/components/common/form-actions';
import { TextField } from '@/components/common/text-field';
import { useForm } from '@/components/common/use-form';
import type { OptionsModel } from './model';
import { LINK_MAX, MAX_PLANNED_MINUTES, MIN_PLANNED_MINUTES } from '@/utils/core/rules/limits';

const DEFAULT_MINUTES = 50;

interface Props {
  model: OptionsModel;
  student: Student;
  onScheduled: (session: Session) => void;
  onCancel: () => void;
}

/** A new session with a student, entered in the mentor's own time zone. */
export function SessionForm({ model, student, onScheduled, onCancel }: Props) {
  const form = useForm({ start: '', minutes: String(DEFAULT_MINUTES), meetingUrl: '' }, { focus: 'start' });
  const { id, draft, edit, busy, error } = form;
  const { start, minutes, meetingUrl } = draft;
  const mentor = useMemo(mentorPlace, []);
  const mentorZone = mentor.timezone;

  // A datetime-local value has no zone: it is read in the mentor's own.
  const typed = readTypedStart(start, mentorZone);
  const startDate = 'instant' in typed ? new Date(typed.instant) : null;
  const errors = {
    start: 'instant' in typed ? null : t(typed.problem === 'out-of-range' ? 'optionsStartOutOfRange' : 'optionsStartMissing'),
    minutes:
      minutes.trim() && sessionInputSchema.shape.plannedMinutes.safeParse(Number(minutes)).success
        ? null
        : t('optionsInvalidLength', MIN_PLANNED_MINUTES, MAX_PLANNED_MINUTES),
    meetingUrl: sessionInputSchema.shape.meetingUrl.safeParse(meetingUrl.trim()).success ? null : t('optionsLinkInvalid'),
  };
  const shown = (field: keyof typeof errors) => form.shown(errors, field);
  const studentLocal =
    startDate && student.timezone !== mentorZone
      ? formatDateTime(startDate.getTime(), 'date-time', { ...mentor, timezone: student.timezone })
      : null;
  const zoneHint = studentLocal
    ? t('optionsSessionStartOtherZone', mentorZone, student.name, studentLocal)
    : t('optionsSessionStartHint', mentorZone);
  // Said before it is saved: the clocks jump over the time typed, so the session starts when they do.
  const skipped =
    'instant' in typed && typed.skipped
      ? t('optionsStartSkipped', start.slice(11, 16), formatDateTime(typed.instant, 'time', mentor))
      : null;

  return (
    <form
      class="record-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) =>
        form.submit(event, {
          errors,
          order: ['start', 'minutes', 'meetingUrl'],
          save: async () => {
            const session = {
              studentId: student.id,
              start: startDate!.toISOString(),
              plannedMinutes: Number(minutes),
              meetingUrl: meetingUrl.trim(),
            };
            return form.settle(await model.scheduleSession(session), onScheduled);
          },
        })
      }
    >
      <h4 id={`${id}-title`}>{t('optionsScheduleTitle', student.name)}</h4>
      <TextField
        id={`${id}-start`}
        label={t('optionsSessionStart')}
        value={start}
        onValue={edit('start')}
        error={shown('start')}
        hint={skipped ? `${skipped} ${zoneHint}` : zoneHint}
        type="datetime-local"
      />
      <TextField
        id={`${id}-minutes`}
        label={t('optionsSessionMinutes')}
        value={minutes}
        onValue={edit('minutes')}
        error={shown('minutes')}
        type="number"
        inputMode="numeric"
        min={MIN_PLANNED_MINUTES}
        max={MAX_PLANNED_MINUTES}
      />
      <TextField
        id={`${id}-meetingUrl`}
        label={t('optionsMeetingLink')}
        value={meetingUrl}
        onValue={edit('meetingUrl')}
        error={shown('meetingUrl')}
        hint={t('optionsOptional')}
        type="url"
        inputMode="url"
        maxLength={LINK_MAX}
        class="wide"
      />
      <FormActions error={error} busy={busy} submit={t('optionsScheduleSubmit')} onCancel={onCancel} />
    </form>
  );
}
