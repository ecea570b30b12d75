import { render } from 'preact';
import { ToolbarPopup } from '@/components/popup/toolbar-popup';
import { followPageShade } from '@/components/common/page-shade';
import { ShadeCover } from '@/components/common/shade-cover';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import { POPUP_START_MARK } from '@/components/common/paint-marks';
import { weekOverviewItem } from '@/utils/shared/storage-items';
import '@/components/common/extension-page.css';
import '@/components/common/workspace-attendance.css';
import '@/components/popup/popup.css';

// The toolbar button's popup: the mentor's week at a glance, read from the local database.
performance.mark(POPUP_START_MARK);
// Asked before anything is drawn: the week the background kept shows at once, the fresh one follows.
const kept = weekOverviewItem.getValue();
const firstReading = sendToBackground({ type: 'overview/week' });
document.title = t('popupTitle');
document.documentElement.lang = mentorLanguage();
// The students' names and goals go behind the shade while the popup's window is on show.
render(
  <ShadeCover shade={followPageShade(sendToBackground)}>
    <ToolbarPopup
      send={sendToBackground}
      firstReading={firstReading}
      kept={kept}
      watchKept={(onWeek) => weekOverviewItem.watch(onWeek)}
      now={Date.now}
      {...mentorPlace()}
    />
  </ShadeCover>,
  document.getElementById('app')!,
);
