import { t } from '@/utils/shared/i18n';
import type { ReportFields } from '@/utils/core/report/report-draft';
import type { ReportModel } from './model';
import { TextField } from '@/components/common/text-field';

interface Props {
  model: ReportModel;
  /** The editor's prefix for ids, so it can move the focus here. */
  id: string;
}

const STATUSES: { status: ReportFields['attendance']['status']; label: 'reportPresent' | 'reportLate' }[] = [
  { status: 'present', label: 'reportPresent' },
  { status: 'late', label: 'reportLate' },
];

/** Whether the student came on time, or how late. */
export function ReportAttendance({ model, id }: Props) {
  const attendance = model.fields.value?.attendance;
  if (!attendance) return null;
  const wrong = model.problems.value.some((problem) => problem.field === 'attendance');
  return (
    <fieldset class="report-attendance">
      <legend>{t('reportAttendance')}</legend>
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
    </fieldset>
  );
}
