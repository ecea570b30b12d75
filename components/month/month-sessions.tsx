import { t } from '@/utils/shared/i18n';
import { formatDateTime, type DateTimePlace } from '@/utils/shared/format-date-time';
import { formatAmount, formatShare } from '@/utils/shared/format-money';
import type { MonthStatement } from '@/utils/core/month/month-statement';
import { lineNote, lineStatus, platformName } from './month-words';

interface Props {
  statement: MonthStatement;
  connected: boolean;
  place: DateTimePlace;
}

/** Every session of the month by date: its status, the share it pays, its amount, and what the platform says where it differs. */
export function MonthSessions({ statement, connected, place }: Props) {
  const { currency, currencyDigits } = statement;
  const priced = statement.totals.amountMinor !== null;
  return (
    <section aria-labelledby="month-sessions-heading">
      <h2 id="month-sessions-heading">{t('monthSessionsHeading')}</h2>
      <table class="month-table">
        <thead>
          <tr>
            <th scope="col">{t('monthColumnDate')}</th>
            <th scope="col">{t('monthColumnStudent')}</th>
            <th scope="col">{t('monthColumnStatus')}</th>
            <th scope="col">{t('monthColumnShare')}</th>
            {priced && <th scope="col">{t('monthColumnAmount')}</th>}
            <th scope="col">{t('monthColumnDetails')}</th>
          </tr>
        </thead>
        <tbody>
          {statement.lines.map((line) => {
            const note = lineNote(line, place);
            return (
              <tr key={`${line.sessionId} ${line.status}`}>
                <td>{formatDateTime(line.start, 'date-time', place)}</td>
                <th scope="row" dir="auto">
                  {line.studentName ?? t('monthUnknownStudent')}
                </th>
                <td>{lineStatus(line)}</td>
                <td class="number">{line.weight === null ? t('monthShareUnknown') : formatShare(line.weight, place.language)}</td>
                {priced && (
                  <td class="number">
                    {line.amountMinor !== null && currency ? formatAmount(line.amountMinor, currency, currencyDigits, place.language) : ''}
                  </td>
                )}
                <td>
                  {note}
                  {connected && line.platform && (
                    <strong class="month-differs">
                      {note && ' · '}
                      <span aria-hidden="true">≠ </span>
                      {t('monthPlatformSays', platformName(line.platform))}
                    </strong>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
