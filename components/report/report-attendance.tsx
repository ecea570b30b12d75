import { t } from '@/utils/shared/i18n';
import { type DateTimePlace, formatDateTime } from '@/utils/shared/format-date-time';
import { formatMinutes } from '@/utils/shared/format-duration';
import type { AttendanceEvidence } from '@/utils/core/policy/attendance-evidence';
import { firstName } from '@/utils/core/students/student-record';
import type { ReportFields } from '@/utils/core/report/report-draft';
import type { ReportModel } from './model';
import { TextField } from '@/components/common/text-field';

interface Props {
  model: ReportModel;
  /** The editor's prefix for ids, so it can move the focus here. */
  id: string;
  /** The mentor's language and time zone, for the time the student joined. */
  place: DateTimePlace;
}

const STATUSES: { status: ReportFields['attendance']['status']; label: 'reportPresent' | 'reportLate' }[] = [
  { status: 'present', label: 'reportPresent' },
  { status: 'late', label: 'reportLate' },
];

/** What the call showed, in words: who joined when, or that nobody did. */
function evidenceText(evidence: AttendanceEvidence, name: string, place: DateTimePlace): string {
  if (evidence.kind === 'waiting') return t('reportEvidenceNobody', formatMinutes(evidence.waitedMinutes, place.language));
  if (evidence.kind !== 'arrived') return '';
  if (evidence.beforeMentor) return t('reportEvidenceBeforeYou', name);
  return t('reportEvidenceJoined', name, formatDateTime(evidence.at, 'time', place));
}

/**
 * Whether the student came on time, or how late: filled from who Meet's page showed in the call,
 * said so until the mentor confirms or changes it. Nobody came: the report is not where that goes.
 */
export function ReportAttendance({ model, id, place }: Props) {
  const fields = model.fields.value;
  const attendance = fields?.attendance;
  const view = model.view.value;
  if (!attendance || !view) return null;
  const wrong = model.problems.value.some((problem) => problem.field === 'attendance');
  const evidence = view.attendanceEvidence;
  const said = evidenceText(evidence, firstName(view.student.name) ?? '', place);
  const prefilled = fields.attendancePrefilled && evidence.kind === 'arrived';
  return (
    <fieldset class="report-attendance" aria-describedby={said ? `${id}-attendance-evidence` : undefined}>
      <legend>{t('reportAttendance')}</legend>
      {said && (
        <p id={`${id}-attendance-evidence`} class="report-evidence" data-testid="attendance-evidence">
          {prefilled ? t('reportAttendancePrefilled', said) : said}
        </p>
      )}
      <div class="report-choices">
        {STATUSES.map(({ status, label }) => (
          <div class="report-choice" key={status}>
            <input
              type="radio"
              id={`${id}-attendance-${status}`}
              name={`${id}-attendance`}
              checked={attendance.status === status}
              onChange={() => {
                model.setAttendance(status);
                model.flush();
              }}
            />
            <label for={`${id}-attendance-${status}`}>{t(label)}</label>
          </div>
        ))}
      </div>
      {attendance.status === 'late' && (
        <TextField
          id={`${id}-late-minutes`}
          label={t('reportLateMinutes')}
          value={model.lateMinutesText.value}
          onValue={model.setLateMinutes}
          error={wrong ? t('reportLateMinutesInvalid') : null}
          inputMode="numeric"
          autoComplete="off"
          onBlur={model.flush}
        />
      )}
      {prefilled && (
        <button type="button" class="secondary" onClick={model.confirmAttendance}>
          {t('reportAttendanceConfirm')}
        </button>
      )}
    </fieldset>
  );
}
