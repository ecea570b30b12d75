// The budgets the bench judges, and the build-budgets test in `npm test` (the size alone).
export const BUDGET = {
  gzipKb: 20,
  paintMedianMs: 30,
  draftDurableP95Ms: 150,
  popupPaintMedianMs: 100,
  /** The month view with 200 sessions: script start to its first frame showing the month. */
  monthPaintMedianMs: 150,
  /** Figure 3: what Cadence's panel may add to the main thread of a churning Meet call. */
  mainThread: {
    /** Added CPU, ms/s: median of the pairs' differences minus the A/A's; `aim` is printed beside. */
    addedMsPerS: {
      open: { max: 2.0, aim: 1.5 },
      folded: { max: 1.0, aim: 0.5 },
      work: { max: 4.5, aim: null },
    },
    /** At least this many pairs per judged state and in the A/A, or no verdict. */
    minPairs: 12,
    /** The A/A median beyond this, the run's A/B figures are INVALID. */
    aaPercent: 1.5,
    /** Composited layers the panel may add, per state (none judged with the work area open). */
    addedLayers: { open: 1, folded: 1, aside: 0 },
    /** Folded, its one layer is small: at most this size. */
    foldedLayerPx: { width: 400, height: 200 },
    /** Extension frames in Meet's page: one with the work area open, none otherwise. */
    extensionFrames: { open: 0, folded: 0, work: 1, aside: 0 },
    /** Traced Layerize CPU time added per frame, µs. */
    layerizeUsPerFrame: 20,
    /** Cadence's own callbacks, traced. */
    callbacksMsPerS: 0.2,
    callbacksPerS: 2,
  },
} as const;
