import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import { ReportEditor } from './report-editor';
import { ReportsToWrite } from './reports-to-write';

interface Props {
  language: string;
  timezone: string;
}

const sessionInAddress = () => decodeURIComponent(location.hash.slice(1));

/**
 * `report.html`, the one page a report opens on in a tab: the report of the
 * session named in the address, or, with none, the reports still to write.
 * Picking one from that list changes only the address: the page follows it.
 */
export function ReportPage({ language, timezone }: Props) {
  const [sessionId, setSessionId] = useState(sessionInAddress);
  useEffect(() => {
    const follow = () => setSessionId(sessionInAddress());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return (
    <main>
      <h1>{t('reportPageTitle')}</h1>
      {sessionId ? (
        <ReportEditor key={sessionId} sessionId={sessionId} language={language} timezone={timezone} onOwnPage />
      ) : (
        <ReportsToWrite language={language} timezone={timezone} />
      )}
    </main>
  );
}
