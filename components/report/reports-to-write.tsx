import { useEffect, useId, useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { t } from '@/utils/shared/i18n';
import { reportPageUrl } from '@/utils/shared/workspace-url';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import type { SessionLine } from '@/utils/core/overview/week-overview';
import { PageError } from '@/components/common/page-error';
import { readReportsToWrite } from './model';

interface Props {
  language: string;
  timezone: string;
}

/** The report page opened without a session: the reports still to write, each one click away. */
export function ReportsToWrite({ language, timezone }: Props) {
  const id = useId();
  const [reports, setReports] = useState<SessionLine[] | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => {
    void readReportsToWrite().then((reply) => {
      if (reply.ok) setReports(reply.value.reportsOutstanding);
      else setError(reply.error.code);
    });
  }, []);
  return (
    <section class="reports-to-write" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('reportListHeading')}</h2>
      {reports === null ? (
        !error && (
          <p class="hint" role="status">
            {t('reportListLoading')}
          </p>
        )
      ) : reports.length === 0 ? (
        <p>{t('reportListNone')}</p>
      ) : (
        <>
          <p class="hint">{t('reportListIntro')}</p>
          <ul>
            {reports.map(({ session, studentName }) => (
              <li key={session.id}>
                <a href={reportPageUrl(session.id)}>
                  {`${formatDateTime(session.start, 'full', { language, timezone })} · `}
                  <bdi>{studentName}</bdi>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <PageError code={error} />
    </section>
  );
}
