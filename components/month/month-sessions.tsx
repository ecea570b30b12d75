import { useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import { formatDateTime, type DateTimePlace } from '@/utils/shared/format-date-time';
import { formatAmount, formatShare } from '@/utils/shared/format-money';
import { MONTH_STATUSES, type MonthStatement, type MonthStatus } from '@/utils/core/month/month-statement';
import { lineNote, lineStatus, platformName, statusName } from './month-words';

interface Props {
  statement: MonthStatement;
  connected: boolean;
  place: DateTimePlace;
}

/**
 * Every session of the month, by status: one group each, its rows by date
 * (the share paid, the amount, what the platform says where it differs),
 * drawn once the mentor opens it. A month is hundreds of rows, and drawn all
 * at once they were most of the page's first frame. A group holding a session
 * the platform sees otherwise starts open.
 */
export function MonthSessions({ statement, connected, place }: Props) {
  const { currency, currencyDigits } = statement;
  const priced = statement.totals.amountMinor !== null;
  const differs = (status: MonthStatus) =>
    connected ? statement.lines.filter((line) => line.status === status && line.platform !== null).length : 0;
  const [open, setOpen] = useState<ReadonlySet<MonthStatus>>(() => new Set(MONTH_STATUSES.filter((status) => differs(status) > 0)));
  const groups = MONTH_STATUSES.filter((status) => statement.totals.counts[status] > 0);

  return (
    <section aria-labelledby="month-sessions-heading">
      <h2 id="month-sessions-heading">{t('monthSessionsHeading')}</h2>
      <p class="hint">{t('monthSessionsHint')}</p>
      {groups.map((status) => {
        const count = statement.totals.counts[status];
        const differing = differs(status);
        const lines = open.has(status) ? statement.lines.filter((line) => line.status === status) : [];
        return (
          <details
            key={status}
            class="month-group"
            open={open.has(status)}
            data-status={status}
            onToggle={(event) => {
              const isOpen = event.currentTarget.open;
              setOpen((current) => {
                const next = new Set(current);
                if (isOpen) next.add(status);
                else next.delete(status);
                return next;
              });
            }}
          >
            <summary>
              {statusName(status)}
              {' · '}
              <span data-count={count}>{t('monthGroupCount', count)}</span>
              {differing > 0 && (
                <strong class="month-differs">
                  {' · '}
                  <span aria-hidden="true">≠ </span>
                  {t('monthGroupDiffers', differing)}
                </strong>
              )}
            </summary>
            {lines.length > 0 && (
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
                  {lines.map((line) => {
                    const note = lineNote(line, place);
                    return (
                      <tr key={line.sessionId}>
                        <td>{formatDateTime(line.start, 'date-time', place)}</td>
                        <th scope="row" dir="auto">
                          {line.studentName ?? t('monthUnknownStudent')}
                        </th>
                        <td>{lineStatus(line)}</td>
                        <td class="number">{line.weight === null ? t('monthShareUnknown') : formatShare(line.weight, place.language)}</td>
                        {priced && (
                          <td class="number">
                            {line.amountMinor !== null && currency
                              ? formatAmount(line.amountMinor, currency, currencyDigits, place.language)
                              : ''}
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
            )}
          </details>
        );
      })}
    </section>
  );
}
