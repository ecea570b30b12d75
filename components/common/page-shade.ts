import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { isShaded, NO_SHADE, presentsWindow, type ShadeState } from '@/utils/core/session/screen-shade';
import { screenShadeItem } from '@/utils/shared/storage-items';

/** The screen shade as one of Cadence's pages sees it, in its own window. */
export interface PageShade {
  /** Until the shade and the page's window are read, nothing private is shown, nor any shade. */
  ready: ReadonlySignal<boolean>;
  /** What is private on the page is hidden. */
  shaded: ReadonlySignal<boolean>;
  /** "Show anyway": the shade lifts in this window (for this presentation, or until drawn again). */
  show(): Promise<unknown>;
}

/** Where the focus goes back into the page as the shade lifts: where the page says work starts, or its first control. */
export const BACK_IN = '[data-focus-home], button:not(:disabled), a[href], input, textarea, select';

/** The page's window, where the browser says (the popup's is the window it opened from). */
export async function currentWindowId(): Promise<number | null> {
  return (await browser.windows.getCurrent()).id ?? null;
}

/**
 * Follows the shade the background keeps (the surface's model asks to lift it: `showScreen`), for a page in `windowId`'s window: shaded while a Meet tab
 * of that window presents (unless shown anyway), or while the mentor keeps the shade drawn by hand.
 */
export function followPageShade(
  showScreen: (windowId: number | null) => Promise<unknown>,
  windowId: Promise<number | null> = currentWindowId(),
): PageShade {
  const state = signal<ShadeState>(NO_SHADE);
  const ownWindow = signal<number | null>(null);
  const ready = signal(false);
  // A change heard while the first reading was on its way is newer than that reading.
  let heard = false;
  screenShadeItem.watch((value) => {
    heard = true;
    state.value = value;
  });
  // Neither answer may keep the page hidden: unread, the shade is as at rest, and the window any one.
  const read = screenShadeItem.getValue().catch(() => NO_SHADE);
  void Promise.all([read, windowId.catch(() => null)]).then(([value, id]) => {
    if (!heard) state.value = value;
    ownWindow.value = id;
    ready.value = true;
  });
  return {
    ready,
    shaded: computed(() => isShaded(state.value, presentsWindow(state.value, ownWindow.value))),
    show: () => showScreen(ownWindow.peek()),
  };
}
