import { type ChecklistItem, PHASE_NAMES, type PhaseKey, type PhaseName } from './phases';
import type { KindPhase } from './session-kinds';

/**
 * A phase of a session's agenda, as the session keeps it: its name's message and its checklist
 * travel with it, so the panel on Meet's page draws any kind's agenda without carrying the kinds.
 */
export interface PhasePlan {
  key: PhaseKey;
  name: PhaseName;
  minutes: number;
  checklist: ChecklistItem[];
}

/**
 * Splits `total` into whole parts in proportion to `weights` that add up exactly to it (largest
 * remainder, the earlier part first on a tie), so a 45-minute weekly call gets 9 / 27 / 9.
 */
export function splitWhole(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + Math.max(0, w), 0);
  // Multiplied first: whole weights give exact halves, so a tie is a tie, not a rounding error.
  const shares = weights.map((w) => (sum > 0 ? (Math.max(0, w) * total) / sum : total / weights.length));
  const parts = shares.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    parts[index]! += 1;
    left -= 1;
  }
  return parts;
}

/** A kind's agenda for a session of `plannedMinutes`: each phase its share, in whole minutes that add up to the length. */
export function planAgenda(plannedMinutes: number, phases: readonly KindPhase[]): PhasePlan[] {
  const minutes = splitWhole(
    plannedMinutes,
    phases.map((phase) => phase.share),
  );
  return phases.map((phase, index) => ({
    key: phase.key,
    name: PHASE_NAMES[phase.key],
    minutes: minutes[index]!,
    checklist: phase.checklist.map((item) => ({ ...item })),
  }));
}
