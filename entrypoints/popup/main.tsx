import { render } from 'preact';
import { ToolbarPopup } from '../../components/toolbar-popup';
import { mentorPlace } from '../../utils/format-date-time';
import { mentorLanguage, t } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messaging/send-to-background';
import { POPUP_START_MARK } from '../../utils/panel/paint-marks';
import { weekOverviewItem } from '../../utils/storage-items';
import '../../components/extension-page.css';
import '../../components/workspace-attendance.css';
import '../../components/popup.css';

// The toolbar button's popup: the mentor's week at a glance, read from the local database.
performance.mark(POPUP_START_MARK);
// Asked before anything is drawn: the week the background kept shows at once, the fresh one follows.
const kept = weekOverviewItem.getValue();
const firstReading = sendToBackground({ type: 'overview/week' });
document.title = t('popupTitle');
document.documentElement.lang = mentorLanguage();
render(
  <ToolbarPopup
    send={sendToBackground}
    firstReading={firstReading}
    kept={kept}
    watchKept={(onWeek) => weekOverviewItem.watch(onWeek)}
    now={Date.now}
    {...mentorPlace()}
  />,
  document.getElementById('app')!,
);
