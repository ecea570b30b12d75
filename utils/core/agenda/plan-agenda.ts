import { PHASE_KEYS, type PhaseKey } from './phases';

export interface PhasePlan {
  key: PhaseKey;
  minutes: number;
}

/**
 * Scales the phase weights to a planned length in whole minutes that add up
 * exactly to it (largest remainder), so a 45-minute call gets 9 / 27 / 9.
 */
export function planAgenda(plannedMinutes: number, weights: Record<PhaseKey, number>): PhasePlan[] {
  const total = PHASE_KEYS.reduce((sum, key) => sum + Math.max(0, weights[key]), 0);
  const shares = PHASE_KEYS.map((key) =>
    total > 0 ? (Math.max(0, weights[key]) / total) * plannedMinutes : plannedMinutes / PHASE_KEYS.length,
  );
  const minutes = shares.map(Math.floor);
  let left = plannedMinutes - minutes.reduce((a, b) => a + b, 0);
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    minutes[index]! += 1;
    left -= 1;
  }
  return PHASE_KEYS.map((key, index) => ({ key, minutes: minutes[index]! }));
}
