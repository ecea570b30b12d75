/**
 * How wide the in-call panel may be, in CSS pixels: narrow enough to leave
 * the video most of a laptop's screen, wide enough for the session's work.
 */
export const PANEL_WIDTH = {
  min: 280,
  max: 480,
  usual: 340,
  /** One press of an arrow key on the panel's edge. */
  step: 20,
  clamp: (width: number) => Math.round(Math.min(PANEL_WIDTH.max, Math.max(PANEL_WIDTH.min, width))),
};
