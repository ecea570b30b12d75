import { render } from 'preact';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { ReportPage } from './report-page';

/** The report of the session named in the address (`report.html#<session id>`), or the reports to write. */
export function mountReportPage(root: HTMLElement): void {
  document.title = t('reportPageTitle');
  document.documentElement.lang = mentorLanguage();
  render(<ReportPage {...mentorPlace()} />, root);
}
