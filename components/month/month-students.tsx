import { t } from '@/utils/shared/i18n';
import { formatAmount, formatUnits } from '@/utils/shared/format-money';
import { MONTH_STATUSES, type MonthStatement } from '@/utils/core/month/month-statement';
import { statusName } from './month-words';

interface Props {
  statement: MonthStatement;
  language: string;
}

/** Each student's month: their category, their sessions by status, the units and the amount they bring. */
export function MonthStudents({ statement, language }: Props) {
  const { currency, currencyDigits } = statement;
  // Only the statuses the month has: a column of zeros says nothing.
  const statuses = MONTH_STATUSES.filter((status) => statement.totals.counts[status] > 0);
  const priced = statement.totals.amountMinor !== null;
  return (
    <section aria-labelledby="month-students-heading">
      <h2 id="month-students-heading">{t('monthStudentsHeading')}</h2>
      <table class="month-table">
        <thead>
          <tr>
            <th scope="col">{t('monthColumnStudent')}</th>
            <th scope="col">{t('monthColumnCategory')}</th>
            {statuses.map((status) => (
              <th scope="col" key={status}>
                {statusName(status)}
              </th>
            ))}
            <th scope="col">{t('monthColumnUnits')}</th>
            {priced && <th scope="col">{t('monthColumnAmount')}</th>}
          </tr>
        </thead>
        <tbody>
          {statement.students.map((student) => (
            <tr key={student.studentId}>
              <th scope="row" dir="auto">
                {student.studentName ?? t('monthUnknownStudent')}
              </th>
              <td dir="auto">{student.category ?? t('monthNoCategory')}</td>
              {statuses.map((status) => (
                <td class="number" key={status}>
                  {student.counts[status]}
                </td>
              ))}
              <td class="number">{formatUnits(student.units, language)}</td>
              {priced && (
                <td class="number">
                  {student.amountMinor !== null && currency
                    ? formatAmount(student.amountMinor, currency, currencyDigits, language)
                    : t('monthNoRate')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
