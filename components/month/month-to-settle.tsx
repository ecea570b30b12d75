import { t } from '@/utils/shared/i18n';
import { formatDateTime, type DateTimePlace } from '@/utils/shared/format-date-time';
import { reportPageUrl } from '@/utils/shared/workspace-url';
import type { MonthStatement } from '@/utils/core/month/month-statement';

interface Props {
  statement: MonthStatement;
  place: DateTimePlace;
}

/**
 * Sessions over with no status or report: the school wants the status the
 * same day, and one left without may be missing from its statement. Each
 * opens its report, where the mentor sends it or records the absence.
 */
export function MonthToSettle({ statement, place }: Props) {
  const lines = statement.lines.filter((line) => line.status === 'to-settle');
  return (
    <section aria-labelledby="month-settle-heading">
      <h2 id="month-settle-heading">{t('monthToSettleHeading')}</h2>
      {lines.length === 0 ? (
        <p>{t('monthToSettleNone')}</p>
      ) : (
        <>
          <p>{t('monthToSettleIntro')}</p>
          <ul class="month-list">
            {lines.map((line) => {
              const name = line.studentName ?? t('monthUnknownStudent');
              const when = formatDateTime(line.start, 'date-time', place);
              return (
                <li key={line.sessionId} class={line.overdue ? 'month-overdue' : undefined}>
                  {/* The warning is in words; the mark and the bold only repeat it. */}
                  {line.overdue && <span aria-hidden="true">⚠ </span>}
                  <span dir="auto">{name}</span>
                  {` · ${when} · `}
                  <strong>{line.overdue ? t('monthOverdue') : t('monthSettleToday')}</strong>
                  {' · '}
                  <a
                    href={reportPageUrl(line.sessionId)}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={t('monthOpenReportLabel', name, when)}
                  >
                    {t('monthOpenReport')}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
