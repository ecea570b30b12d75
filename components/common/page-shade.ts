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

/** How long a page waits for the shade's state and its window before it shows itself anyway. */
export const SHADE_READ_MS = 2_000;

/** The answer, or `fallback` when it fails or has not come within `SHADE_READ_MS`. */
function inTime<T>(answer: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([answer.catch(() => fallback), new Promise<T>((resolve) => setTimeout(() => resolve(fallback), SHADE_READ_MS))]);
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
  // Neither answer may keep the page hidden, failed or late: unread, the shade is as at rest (a change
  // heard later still shades), and the window any one (shaded while any window presents).
  const read = inTime(screenShadeItem.getValue(), NO_SHADE);
  void Promise.all([read, inTime(windowId, null)]).then(([value, id]) => {
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
