import type { LiveSession } from '@/utils/core/session/live-session';
import { PHASE_WARNING_MS } from './phases';
import type { PhasePlan } from './plan-agenda';

export type PhaseStatus = 'done' | 'current' | 'upcoming';

export interface PhaseClock extends PhasePlan {
  status: PhaseStatus;
  plannedMs: number;
  /** Time spent in this phase so far, over every visit. */
  spentMs: number;
  /** Planned minus spent; negative in overtime. */
  remainingMs: number;
  warning: boolean;
  overtime: boolean;
}

export interface AgendaClock {
  phases: PhaseClock[];
  currentIndex: number;
  current: PhaseClock;
  elapsedMs: number;
  plannedMs: number;
  /** Planned end minus now; negative past the planned end. */
  remainingMs: number;
  plannedEndAt: number;
  overtime: boolean;
  /** The current phase's time is up and a next phase exists. */
  suggestNext: boolean;
  ended: boolean;
}

/** The agenda clock at `now`, from the session's stored timestamps alone. */
export function computeAgendaClock(session: LiveSession, now: number): AgendaClock {
  const end = session.endedAt ?? Math.max(now, session.startedAt);
  const spent = session.phases.map(() => 0);
  const visited = new Set<number>();
  session.phaseChanges.forEach((change, i) => {
    const until = Math.min(session.phaseChanges[i + 1]?.at ?? end, end);
    const from = Math.min(change.at, end);
    spent[change.index] = (spent[change.index] ?? 0) + Math.max(0, until - from);
    visited.add(change.index);
  });
  const currentIndex = session.phaseChanges.at(-1)?.index ?? 0;
  const phases = session.phases.map((plan, index): PhaseClock => {
    const plannedMs = plan.minutes * 60_000;
    const spentMs = spent[index] ?? 0;
    const remainingMs = plannedMs - spentMs;
    const status: PhaseStatus = index === currentIndex ? 'current' : visited.has(index) || index < currentIndex ? 'done' : 'upcoming';
    return {
      ...plan,
      status,
      plannedMs,
      spentMs,
      remainingMs,
      warning: status === 'current' && remainingMs > 0 && remainingMs <= PHASE_WARNING_MS,
      overtime: remainingMs < 0,
    };
  });
  const plannedMs = session.plannedMinutes * 60_000;
  const elapsedMs = end - session.startedAt;
  const current = phases[currentIndex]!;
  return {
    phases,
    currentIndex,
    current,
    elapsedMs,
    plannedMs,
    remainingMs: plannedMs - elapsedMs,
    plannedEndAt: session.startedAt + plannedMs,
    overtime: elapsedMs > plannedMs,
    suggestNext: session.endedAt === null && current.remainingMs <= 0 && currentIndex < phases.length - 1,
    ended: session.endedAt !== null,
  };
}
