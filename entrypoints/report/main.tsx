import { render } from 'preact';
import { ReportEditor } from '@/components/report/report-editor';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import '@/components/common/extension-page.css';
import '@/components/report/report-editor.css';

// The report of the session named in the address (`report.html#<session id>`), for the mentor who writes it after the call.
document.title = t('reportPageTitle');
document.documentElement.lang = mentorLanguage();
render(
  <main>
    <h1>{t('reportPageTitle')}</h1>
    <ReportEditor
      sessionId={location.hash.slice(1)}
      {...mentorPlace()}
    />
  </main>,
  document.getElementById('app')!,
);
