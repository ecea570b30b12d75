// Order statistics for the bench: medians, not means, so one descheduled load cannot move a figure.

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('no values');
  return [...values].sort((a, b) => a - b);
}

export function median(values: readonly number[]): number {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile: a value that was actually measured. */
export function percentile(values: readonly number[], p: number): number {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export function summarize(values: readonly number[]): Summary {
  const s = sorted(values);
  return { n: s.length, median: median(s), p95: percentile(s, 95), min: s[0]!, max: s[s.length - 1]! };
}

/** (max − min) / median: how far apart repeated measurements of the same thing land. */
export function relativeSpread(values: readonly number[]): number {
  const s = sorted(values);
  return (s[s.length - 1]! - s[0]!) / median(s);
}
