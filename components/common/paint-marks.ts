/**
 * Performance marks for `npm run bench`: from the content script's start to
 * the panel's first frame on screen. Marks cost nothing when nobody reads them.
 */
export const SCRIPT_START_MARK = 'cadence:script-start';
export const PANEL_PAINTED_MARK = 'cadence:panel-painted';
/** The popup's script starting, and its first frame with the week in it. */
export const POPUP_START_MARK = 'cadence:popup-start';
export const POPUP_PAINTED_MARK = 'cadence:popup-painted';
/** The month page's script starting, and its first frame with a month in it. */
export const MONTH_START_MARK = 'cadence:month-start';
export const MONTH_PAINTED_MARK = 'cadence:month-painted';

export function markScriptStart(): void {
  performance.mark(SCRIPT_START_MARK);
}

/** Resolves once the frame after the mount, the first that shows the panel, is on screen. */
export function panelPainted(): Promise<void> {
  return markNextFrame(PANEL_PAINTED_MARK);
}

/** Marks `name` once the next frame is on screen. */
export function markNextFrame(name: string): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark(name);
        resolve();
      }),
    ),
  );
}
