import { render } from 'preact';
import { ReportPage } from '@/components/report/report-page';
import { followPageShade } from '@/components/common/page-shade';
import { ShadeCover } from '@/components/common/shade-cover';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import '@/components/common/extension-page.css';
import '@/components/report/report-editor.css';

// The report of the session named in the address (`report.html#<session id>`), or the reports to write.
document.title = t('reportPageTitle');
document.documentElement.lang = mentorLanguage();
// The report's private notes go behind the shade while the page's window is on show.
render(
  <ShadeCover shade={followPageShade(sendToBackground)}>
    <ReportPage {...mentorPlace()} />
  </ShadeCover>,
  document.getElementById('app')!,
);
