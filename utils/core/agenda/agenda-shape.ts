import type { AgendaClock, PhaseStatus } from './agenda-clock';
import { PHASE_WARNING_MS } from './phases';
import type { PhaseKey, PhaseName } from './phases';

/**
 * What the agenda looks like, without the ticking seconds: it changes only
 * when a phase starts, nears its end or runs over, so the panel redraws its
 * structure a few times a session and only its clock texts every second.
 */
export interface AgendaShape {
  currentIndex: number;
  phases: { key: PhaseKey; name: PhaseName; minutes: number; status: PhaseStatus; spentSeconds: number | null }[];
  warning: boolean;
  overtime: boolean;
  suggestNext: boolean;
  sessionOvertime: boolean;
}

export function agendaShape(clock: AgendaClock): AgendaShape {
  return {
    currentIndex: clock.currentIndex,
    phases: clock.phases.map((phase) => ({
      key: phase.key,
      name: phase.name,
      minutes: phase.minutes,
      status: phase.status,
      // A finished phase's time no longer moves; the current one's is the clock's.
      spentSeconds: phase.status === 'done' ? Math.floor(phase.spentMs / 1000) : null,
    })),
    warning: clock.current.warning,
    overtime: clock.current.overtime,
    suggestNext: clock.suggestNext,
    sessionOvertime: clock.overtime,
  };
}

export function sameShape(a: AgendaShape, b: AgendaShape): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * How long the agenda keeps its shape from the clock's moment, in ms: until
 * the phase at hand enters its last two minutes, reaches its planned end (the
 * move on is suggested), runs over, or the session runs over its planned
 * length. Infinity once nothing more can change but a move the mentor makes.
 * The panel redraws its structure at those moments only; the seconds touch
 * the clock texts alone.
 */
export function shapeHoldsFor(clock: AgendaClock): number {
  if (clock.ended) return Infinity;
  const { remainingMs } = clock.current;
  // Warning from PHASE_WARNING_MS left; the move on from 0 left; overtime past 0 (by a millisecond).
  const changes = [remainingMs - PHASE_WARNING_MS, remainingMs, remainingMs + 1, clock.remainingMs + 1];
  return Math.min(Infinity, ...changes.filter((ms) => ms > 0));
}
