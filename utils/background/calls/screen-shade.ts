import { NO_SHADE, presentsWindow, type ShadeState, toggledShade, withPresenting, withShade } from '@/utils/core/session/screen-shade';
import { MEET_ORIGIN } from '@/utils/meet/meet-selectors';
import { RequestError } from '@/utils/protocol/request-error';
import type { ShadeRequest, UiHandlers } from '@/utils/protocol/ui-to-background';
import type { StorageItem } from '@/utils/shared/storage-items';

export type ScreenShadeKeeper = ReturnType<typeof createScreenShade>;

/**
 * The screen shade as the background keeps it (in `screenShadeItem`, which every view watches).
 * Changes are made one after another: a presentation starting while the mentor presses the
 * shortcut must not lose either.
 */
export function createScreenShade(item: StorageItem<ShadeState>) {
  let queue: Promise<unknown> = Promise.resolve();
  const change = (next: (state: ShadeState) => ShadeState): Promise<void> => {
    const done = queue.then(async () => item.setValue(next(await item.getValue())));
    queue = done.catch(() => {});
    return done;
  };
  return {
    /** A Meet tab started (its window given) or stopped (null) presenting. */
    presenting: (tabId: number, windowId: number | null) => change((state) => withPresenting(state, tabId, windowId)),
    /** The mentor shades or shows in window `windowId` (null: not known). */
    shade: (shaded: boolean, windowId: number | null) => change((state) => withShade(state, shaded, presentsWindow(state, windowId))),
    /** The keyboard shortcut, in the window it was pressed in. */
    toggle: (windowId: number | null) => change((state) => toggledShade(state, presentsWindow(state, windowId))),
    /** A closed tab presents nothing any more. */
    tabClosed: (tabId: number) => change((state) => (tabId in state.presenting ? withPresenting(state, tabId, null) : state)),
    /** The browser started: no window is on show yet (a shade drawn by hand stays drawn). */
    browserStarted: () => change((state) => ({ ...NO_SHADE, manual: state.manual })),
  };
}

/** The panel's word of presenting (from its Meet tab), and the shade asked for by any view. */
export function createScreenShadeHandlers(keeper: ScreenShadeKeeper): Pick<UiHandlers, ShadeRequest> {
  return {
    async 'screen/presenting'(message, sender) {
      const tab = sender.tab;
      // Only the panel on a Meet tab reads whether its call is presented (the router let no other tab through).
      if (tab?.id === undefined || !sender.url?.startsWith(`${MEET_ORIGIN}/`)) throw new RequestError('forbidden');
      await keeper.presenting(tab.id, message.presenting ? (tab.windowId ?? -1) : null);
      return null;
    },
    async 'screen/shade'(message, sender) {
      await keeper.shade(message.shaded, sender.tab?.windowId ?? message.windowId);
      return null;
    },
  };
}
