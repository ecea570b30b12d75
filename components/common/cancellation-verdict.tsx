import { t } from '@/utils/shared/i18n';
import type { CancellationVerdict as Verdict, CancellationWarning, CancelledBy } from '@/utils/core/policy/cancellation-policy';

interface Props {
  verdict: Verdict;
  by: CancelledBy;
  language: string;
}

/** What a cancellation amounts to under the school's rules, in words: status, notice, pay, warnings. */
export function CancellationVerdict({ verdict, by, language }: Props) {
  const hours = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const status =
    by === 'mentor'
      ? t('cancelVerdictByMentor')
      : verdict.status === 'late_canceled'
        ? t('cancelVerdictLate')
        : verdict.status === 'student_absent'
          ? t('cancelVerdictNoShow')
          : t('cancelVerdictPlanned');
  const warning = (item: CancellationWarning) => {
    switch (item.kind) {
      case 'unfinished-work-short-notice':
        return t('cancelWarnUnfinishedWork', hours.format(item.requiredHours));
      case 'frequent-absences':
        return t('cancelWarnFrequent', item.count, item.withinDays);
      case 'after-start':
        return t('cancelWarnAfterStart');
    }
  };
  return (
    <div class={verdict.billable ? 'cancel-verdict billable' : 'cancel-verdict'}>
      <p class="cancel-verdict-status">{status}</p>
      <ul class="cancel-verdict-facts">
        <li>
          {verdict.noticeHours >= 0
            ? t('cancelVerdictNotice', hours.format(verdict.noticeHours))
            : t('cancelVerdictAfterStart', hours.format(-verdict.noticeHours))}
        </li>
        <li>{verdict.billable ? t('cancelVerdictBillable', percent.format(verdict.payRate)) : t('cancelVerdictNotBillable')}</li>
      </ul>
      {verdict.warnings.length > 0 && (
        <ul class="cancel-verdict-warnings">
          {verdict.warnings.map((item) => (
            <li key={item.kind}>{warning(item)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
