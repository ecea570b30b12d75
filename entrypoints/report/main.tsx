import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReportEditor } from '../../components/report-editor';
import { t } from '../../utils/i18n';
import '../../components/extension-page.css';
import '../../components/report-editor.css';

// The report of the session named in the address (`report.html#<session id>`), for the mentor who writes it after the call.
document.title = t('reportPageTitle');
document.documentElement.lang = browser.i18n.getUILanguage();
render(
  <main>
    <h1>{t('reportPageTitle')}</h1>
    <ReportEditor
      sessionId={location.hash.slice(1)}
      language={browser.i18n.getUILanguage()}
      timezone={Intl.DateTimeFormat().resolvedOptions().timeZone}
    />
  </main>,
  document.getElementById('app')!,
);
