import { useId } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { reportPageUrl } from '@/utils/shared/workspace-url';
import { t } from '@/utils/shared/i18n';
import type { Session } from '@/utils/core/platform/platform-schemas';
import type { ReportDraft } from '@/utils/core/report/report-draft';
import { parseInstant } from '@/utils/core/scheduling/next-session';

interface Props {
  reports: ReportDraft[];
  sessions: Session[];
  connected: boolean;
  language: string;
  timezone: string;
}

/** Enough of a text to recognise it: the whole report is one link away. */
const EXCERPT_LENGTH = 280;
const excerpt = (text: string) => {
  const trimmed = text.trim();
  return trimmed.length > EXCERPT_LENGTH ? `${trimmed.slice(0, EXCERPT_LENGTH).trimEnd()}…` : trimmed;
};

/** Every report written for the student, newest first, private notes included: this page is the mentor's alone. */
export function ReportHistory({ reports, sessions, connected, language, timezone }: Props) {
  const id = useId();
  const when = (instant: number) => formatDateTime(instant, 'date-time', { language, timezone });
  const dated = reports
    .map((report) => {
      const session = sessions.find((candidate) => candidate.id === report.sessionId);
      return { report, at: session ? parseInstant(session.start) : report.savedAt };
    })
    .sort((a, b) => b.at - a.at);
  const state = (report: ReportDraft) => {
    if (report.sent) return t('studentPageReportSent', when(report.sent.at));
    if (report.ended) return t(connected ? 'studentPageReportEnded' : 'studentPageReportEndedLocal');
    return t('studentPageReportDraft');
  };
  return (
    <section class="student-page-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('studentPageReports')}</h2>
      {dated.length === 0 ? (
        <p class="hint">{t('studentPageNoReports')}</p>
      ) : (
        <ul class="student-page-list">
          {dated.map(({ report, at }) => {
            const date = when(at);
            return (
              <li key={report.sessionId} class="report-history-item">
                <h3>{t('studentPageSessionOf', date)}</h3>
                <p class="report-history-state">{state(report)}</p>
                {report.summary.trim() ? (
                  <p class="report-history-text" dir="auto">
                    {excerpt(report.summary)}
                  </p>
                ) : (
                  <p class="hint">{t('studentPageNoSummary')}</p>
                )}
                {report.privateNotes.trim() && (
                  <p class="report-history-private">
                    <strong class="private-mark">{t('studentPagePrivate')}</strong> <bdi>{excerpt(report.privateNotes)}</bdi>
                  </p>
                )}
                <a href={reportPageUrl(report.sessionId)} aria-label={t('studentPageReportLinkFull', date)}>
                  {t('studentPageReportLink')}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
