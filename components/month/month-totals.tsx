import { t } from '@/utils/shared/i18n';
import { formatAmount, formatShare, formatUnits } from '@/utils/shared/format-money';
import { MONTH_STATUSES, type MonthStatement, payWeight } from '@/utils/core/month/month-statement';
import { statusName } from './month-words';

interface Props {
  statement: MonthStatement;
  connected: boolean;
  language: string;
}

/** The month in all, by status: how many sessions, what share of the price each pays, the units and the amount. */
export function MonthTotals({ statement, connected, language }: Props) {
  const { totals, currency, currencyDigits } = statement;
  const amount = (minor: number | null) => (minor !== null && currency ? formatAmount(minor, currency, currencyDigits, language) : '');
  const amountOf = (status: (typeof MONTH_STATUSES)[number]) => {
    const lines = statement.lines.filter((line) => line.status === status && line.amountMinor !== null);
    return lines.length ? amount(lines.reduce((sum, line) => sum + line.amountMinor!, 0)) : '';
  };
  const shown = MONTH_STATUSES.filter((status) => totals.counts[status] > 0);
  const priced = totals.amountMinor !== null;

  return (
    <section aria-labelledby="month-totals-heading">
      <h2 id="month-totals-heading">{t('monthTotalsHeading')}</h2>
      <table class="month-table">
        <thead>
          <tr>
            <th scope="col">{t('monthColumnStatus')}</th>
            <th scope="col">{t('monthColumnSessions')}</th>
            <th scope="col">{t('monthColumnShare')}</th>
            <th scope="col">{t('monthColumnUnits')}</th>
            {priced && <th scope="col">{t('monthColumnAmount')}</th>}
          </tr>
        </thead>
        <tbody>
          {shown.map((status) => {
            const weight = payWeight(status, statement.noShowWeight);
            const units = statement.lines.filter((line) => line.status === status).reduce((sum, line) => sum + (line.weight ?? 0), 0);
            return (
              <tr key={status}>
                <th scope="row">{statusName(status)}</th>
                <td class="number">{totals.counts[status]}</td>
                <td class="number">{weight === null ? t('monthShareUnknown') : formatShare(weight, language)}</td>
                <td class="number">{weight === null ? '' : formatUnits(units, language)}</td>
                {priced && <td class="number">{weight === null ? '' : amountOf(status)}</td>}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('monthTotalRow')}</th>
            <td class="number">{statement.lines.length}</td>
            <td />
            <td class="number" data-total="units">
              {formatUnits(totals.units, language)}
            </td>
            {priced && (
              <td class="number" data-total="amount">
                {amount(totals.amountMinor)}
              </td>
            )}
          </tr>
        </tfoot>
      </table>
      {!currency && <p class="hint">{t('monthNoRates')}</p>}
      {currency && totals.unpricedUnits > 0 && <p class="hint">{t('monthUnpriced', formatUnits(totals.unpricedUnits, language))}</p>}
      {connected && totals.differing > 0 && (
        <p class="notice">
          <span aria-hidden="true">≠ </span>
          {t('monthDiffering', totals.differing)}
        </p>
      )}
    </section>
  );
}
