import { render } from 'preact';
import { ReportPage } from '@/components/report/report-page';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import '@/components/common/extension-page.css';
import '@/components/report/report-editor.css';

// The report of the session named in the address (`report.html#<session id>`), or the reports to write.
document.title = t('reportPageTitle');
document.documentElement.lang = mentorLanguage();
render(<ReportPage {...mentorPlace()} />, document.getElementById('app')!);
