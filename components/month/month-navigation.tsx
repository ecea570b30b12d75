import { t } from '@/utils/shared/i18n';
import { formatMonth } from '@/utils/shared/format-date-time';
import { shiftMonth } from '@/utils/core/month/calendar-month';
import type { MonthModel } from './model';

interface Props {
  model: MonthModel;
  language: string;
}

/** The month shown, and the way to the one before, the one after and this one: buttons, so the keyboard reaches them. */
export function MonthNavigation({ model, language }: Props) {
  const month = model.month.value;
  const name = (of: string) => formatMonth(of, language);
  return (
    <nav class="month-navigation" aria-label={t('monthNavigation')}>
      <button type="button" class="secondary" aria-label={t('monthPreviousLabel', name(shiftMonth(month, -1)))} onClick={model.previous}>
        <span aria-hidden="true">← </span>
        {t('monthPrevious')}
      </button>
      {/* Read out when the month changes, whichever button changed it. */}
      <h2 aria-live="polite">{name(month)}</h2>
      <button type="button" class="secondary" aria-label={t('monthNextLabel', name(shiftMonth(month, 1)))} onClick={model.next}>
        {t('monthNext')}
        <span aria-hidden="true"> →</span>
      </button>
      {month !== model.thisMonth && (
        <button type="button" class="secondary" onClick={model.toThisMonth}>
          {t('monthThisMonth')}
        </button>
      )}
    </nav>
  );
}
