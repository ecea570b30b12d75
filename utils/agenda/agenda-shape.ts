import type { AgendaClock, PhaseStatus } from './agenda-clock';
import type { PhaseKey } from './phases';

/**
 * What the agenda looks like, without the ticking seconds: it changes only
 * when a phase starts, nears its end or runs over, so the panel redraws its
 * structure a few times a session and only its clock texts every second.
 */
export interface AgendaShape {
  currentIndex: number;
  phases: { key: PhaseKey; minutes: number; status: PhaseStatus; spentSeconds: number | null }[];
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
