import { render } from 'preact';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { POPUP_START_MARK } from '@/components/common/paint-marks';
import { weekOverviewItem } from '@/utils/shared/storage-items';
import { followPageShade } from '@/components/common/page-shade';
import { ShadeCover } from '@/components/common/shade-cover';
import { ToolbarPopup } from './toolbar-popup';
import { createPopupModel } from './model';

/** The toolbar button's popup: the mentor's week at a glance, read from the local database. */
export function mountToolbarPopup(root: HTMLElement): void {
  performance.mark(POPUP_START_MARK);
  const model = createPopupModel();
  // Asked before anything is drawn: the week the background kept shows at once, the fresh one follows.
  const kept = weekOverviewItem.getValue();
  const firstReading = model.readWeek();
  document.title = t('popupTitle');
  document.documentElement.lang = mentorLanguage();
  // The students' names and goals go behind the shade while the popup's window is on show.
  render(
    <ShadeCover shade={followPageShade(model.showScreen)}>
      <ToolbarPopup
        model={model}
        send={model.readWeek}
        firstReading={firstReading}
        kept={kept}
        watchKept={(onWeek) => weekOverviewItem.watch(onWeek)}
        now={Date.now}
        {...mentorPlace()}
      />
    </ShadeCover>,
    root,
  );
}
