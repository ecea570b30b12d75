import type { PageRequestInput } from '@/utils/protocol/page-to-background';
import { sendToBackground } from '@/utils/protocol/send-to-background';

export type PopupModel = ReturnType<typeof createPopupModel>;

/**
 * The popup's requests: the week (asked before the popup is drawn, then again
 * after each change), and the changes its card offers through the flows it
 * loads on demand (cancel and reschedule, move). The popup keeps no state
 * beyond what it shows: the background answers from the local database alone.
 */
export function createPopupModel(send: typeof sendToBackground = sendToBackground) {
  return {
    /** "Show anyway": the screen shade lifts in this page's window (see components/common/page-shade.ts). */
    showScreen: (windowId: number | null) => send({ type: 'screen/shade', shaded: false, windowId }),
    readWeek: () => send({ type: 'overview/week' }),
    /** The mentor's sessions, for the move's clash check. */
    readRecords: () => send({ type: 'records/list' }),
    cancelSession: (change: PageRequestInput<'sessions/cancel'>) => send({ type: 'sessions/cancel', ...change }),
    rescheduleSession: (change: PageRequestInput<'sessions/reschedule'>) => send({ type: 'sessions/reschedule', ...change }),
    moveSession: (change: PageRequestInput<'sessions/move'>) => send({ type: 'sessions/move', ...change }),
  };
}
