/**
 * Performance marks for `npm run bench`: from the content script's start to
 * the panel's first frame on screen. Marks cost nothing when nobody reads them.
 */
export const SCRIPT_START_MARK = 'cadence:script-start';
export const PANEL_PAINTED_MARK = 'cadence:panel-painted';

export function markScriptStart(): void {
  performance.mark(SCRIPT_START_MARK);
}

/** The frame after the mount is the first one that shows the panel. */
export function markPanelPainted(): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(PANEL_PAINTED_MARK)));
}
