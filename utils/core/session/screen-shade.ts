/**
 * The shade over what is private (the private notes, the student's history and personal details)
 * while the mentor's screen may be seen: drawn by itself while a Meet call is presented, and by hand
 * whenever the mentor wants it (Cadence cannot always tell). Kept by the background; every view
 * decides from it whether its own window is shaded.
 */
export interface ShadeState {
  /** Drawn by hand (the strip's button, the shortcut): it stays until the mentor lifts it. */
  manual: boolean;
  /** Lifted by hand for the presentation under way ("Show anyway"): the next one is shaded again. */
  revealed: boolean;
  /** The windows on show: each presenting Meet tab's window, by the tab's id. */
  presenting: Record<string, number>;
}

export const NO_SHADE: ShadeState = { manual: false, revealed: false, presenting: {} };

/** Whether a window is on show: one of its Meet tabs presents (any window, when the window is not known). */
export function presentsWindow(state: ShadeState, windowId: number | null): boolean {
  const windows = Object.values(state.presenting);
  return windowId === null ? windows.length > 0 : windows.includes(windowId);
}

/** Whether a view is shaded, given whether its own window is on show. */
export function isShaded(state: ShadeState, presentingHere: boolean): boolean {
  return state.manual || (presentingHere && !state.revealed);
}

/**
 * A Meet tab started (`windowId`) or stopped (null) presenting. "Show anyway" holds for one
 * presentation: it is forgotten when the last one stops, and when one starts with none under way.
 */
export function withPresenting(state: ShadeState, tabId: number, windowId: number | null): ShadeState {
  const { [tabId]: _stopped, ...others } = state.presenting;
  const presenting = windowId === null ? others : { ...others, [tabId]: windowId };
  const none = (windows: Record<string, number>) => Object.keys(windows).length === 0;
  return { ...state, presenting, revealed: state.revealed && !none(state.presenting) && !none(presenting) };
}

/**
 * The mentor shades (`shaded`) or shows what is private in a window on show (`presentingHere`) or
 * not. Shading a presented window takes back "Show anyway", and lifts again when the presentation
 * stops; anywhere else, the shade is drawn by hand and stays. Showing lifts both.
 */
export function withShade(state: ShadeState, shaded: boolean, presentingHere: boolean): ShadeState {
  if (shaded) return presentingHere ? { ...state, revealed: false } : { ...state, manual: true };
  return { ...state, manual: false, revealed: state.revealed || presentingHere };
}

/** The shortcut: the shade where the mentor is goes the other way. */
export function toggledShade(state: ShadeState, presentingHere: boolean): ShadeState {
  return withShade(state, !isShaded(state, presentingHere), presentingHere);
}
