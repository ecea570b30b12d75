import { OPEN_SIDE_PANEL_BUTTON_SELECTOR, SIDE_PANEL_BUTTON_SELECTOR } from './meet-selectors';

/**
 * Whether one of Meet's own right-hand panels is open, from its control bar's
 * buttons; null when the page shows no such button (no control bar: the lobby,
 * the end screen, a bar being re-rendered, or a Meet whose markup changed).
 */
export function readMeetSidePanel(root: ParentNode): boolean | null {
  if (readMeetSidePanelInBar(root)) return true;
  return root.querySelector(SIDE_PANEL_BUTTON_SELECTOR) ? false : null;
}

/** The same, in a control bar found by its side-panel buttons: only whether one says pressed (one search a second). */
export const readMeetSidePanelInBar = (bar: ParentNode): boolean => !!bar.querySelector(OPEN_SIDE_PANEL_BUTTON_SELECTOR);
