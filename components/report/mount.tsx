import { render } from 'preact';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { followPageShade } from '@/components/common/page-shade';
import { ShadeCover } from '@/components/common/shade-cover';
import { showScreen } from './model';
import { ReportPage } from './report-page';

/** The report of the session named in the address (`report.html#<session id>`), or the reports to write. */
export function mountReportPage(root: HTMLElement): void {
  document.title = t('reportPageTitle');
  document.documentElement.lang = mentorLanguage();
  // The report's private notes go behind the shade while the page's window is on show.
  render(
    <ShadeCover shade={followPageShade((windowId) => showScreen(windowId))}>
      <ReportPage {...mentorPlace()} />
    </ShadeCover>,
    root,
  );
}
