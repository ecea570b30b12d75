import type { PhasePlan } from '@/utils/core/agenda/plan-agenda';
import type { CallPresence } from './call-presence';
import type { SessionKind } from '@/utils/core/agenda/session-kinds';

/**
 * One run of the weekly call's agenda. Only timestamps are stored: the clock
 * is recomputed from them, so a reload, a sleeping tab or a restarted service
 * worker resumes at the same second.
 */
export interface LiveSession {
  id: string;
  /** The Meet meeting code, or null for a call on another tool. */
  meetingCode: string | null;
  /** The scheduled session this call is, once found or picked by the mentor. */
  sessionId: string | null;
  startedAt: number;
  plannedMinutes: number;
  /** What kind of session it is: its agenda is that kind's. */
  kind: SessionKind;
  phases: PhasePlan[];
  /** Every move between phases, the first at `startedAt` into phase 0. */
  phaseChanges: PhaseChange[];
  /** Checklist item ids the mentor ticked. */
  checked: string[];
  endedAt: number | null;
  endReason: EndReason | null;
  updatedAt: number;
  /** Who else Meet's page showed in the call (absent until the page was read, and for a call off Meet). */
  presence?: CallPresence;
}

export interface PhaseChange {
  index: number;
  at: number;
}

/** `call-ended`: Meet showed its end screen; `mentor`: ended by hand. */
export type EndReason = 'call-ended' | 'mentor';

/** A call left and rejoined within this time resumes the same session. */
export const REJOIN_GRACE_MS = 30 * 60_000;

/** How long the panel offers to undo the end of a session the mentor ended by hand. */
export const END_UNDO_MS = 15_000;
/**
 * How long after that end the background still takes the undo: longer than
 * the panel's offer, so a click at its last second still lands through a
 * worker that must wake up first.
 */
export const END_UNDO_GRACE_MS = 60_000;

export function createLiveSession(input: {
  id: string;
  meetingCode: string | null;
  now: number;
  plannedMinutes: number;
  kind: SessionKind;
  phases: PhasePlan[];
  /** The scheduled session found for the call, when one was. */
  sessionId?: string | null;
}): LiveSession {
  return {
    id: input.id,
    meetingCode: input.meetingCode,
    sessionId: input.sessionId ?? null,
    startedAt: input.now,
    plannedMinutes: input.plannedMinutes,
    kind: input.kind,
    phases: input.phases,
    phaseChanges: [{ index: 0, at: input.now }],
    checked: [],
    endedAt: null,
    endReason: null,
    updatedAt: input.now,
  };
}

export function currentPhaseIndex(session: LiveSession): number {
  return session.phaseChanges.at(-1)?.index ?? 0;
}

export function goToPhase(session: LiveSession, index: number, now: number): LiveSession {
  const target = Math.min(Math.max(0, Math.trunc(index)), session.phases.length - 1);
  if (session.endedAt !== null || target === currentPhaseIndex(session)) return session;
  // Never record a change before the last one, whatever the clock says.
  const at = Math.max(now, session.phaseChanges.at(-1)?.at ?? session.startedAt);
  return { ...session, phaseChanges: [...session.phaseChanges, { index: target, at }], updatedAt: now };
}

export function setChecked(session: LiveSession, itemId: string, checked: boolean, now: number): LiveSession {
  const has = session.checked.includes(itemId);
  if (has === checked) return session;
  const next = checked ? [...session.checked, itemId] : session.checked.filter((id) => id !== itemId);
  return { ...session, checked: next, updatedAt: now };
}

/**
 * The mentor says the session is of another kind: it takes that kind's agenda for the same length,
 * from its first phase, and the time so far counts there (the clock never goes back; the panel
 * suggests moving on when that phase's time is already up). Ticks of the old checklists go.
 */
export function changeKind(session: LiveSession, kind: SessionKind, phases: PhasePlan[], now: number): LiveSession {
  if (session.endedAt !== null || session.kind === kind) return session;
  return { ...session, kind, phases, phaseChanges: [{ index: 0, at: session.startedAt }], checked: [], updatedAt: now };
}

export function endLiveSession(session: LiveSession, reason: EndReason, now: number): LiveSession {
  if (session.endedAt !== null) return session;
  return { ...session, endedAt: Math.max(now, session.startedAt), endReason: reason, updatedAt: now };
}

export function reopenLiveSession(session: LiveSession, now: number): LiveSession {
  return { ...session, endedAt: null, endReason: null, updatedAt: now };
}

/** Why an end cannot be undone: not ended by the mentor, or too long ago. */
export type UndoEndRefusal = 'not-ended-by-hand' | 'too-late';

/**
 * Whether the mentor may still undo ending this session. Only an end by hand:
 * a call Meet ended comes back by rejoining it.
 */
export function undoEndRefusal(session: LiveSession, now: number): UndoEndRefusal | null {
  if (session.endedAt === null || session.endReason !== 'mentor') return 'not-ended-by-hand';
  return now - session.endedAt < END_UNDO_GRACE_MS ? null : 'too-late';
}

/**
 * Undoes an end by hand on the same clock: the phase changes stay as they
 * were, so the seconds between the end and the undo count in the phase that
 * was running (the call went on meanwhile).
 */
export function resumeLiveSession(session: LiveSession, now: number): LiveSession {
  return undoEndRefusal(session, now) === null ? reopenLiveSession(session, now) : session;
}

export type JoinDecision = 'resume' | 'reopen' | 'start' | 'wait';

/**
 * What joining a call means for the latest session of that meeting code:
 * weekly calls often reuse one link, so an old session is never resumed, but
 * a call dropped and rejoined minutes later is the same session. A session the
 * mentor ended by hand stays ended until they start a new one.
 */
export function decideOnJoin(latest: LiveSession | undefined, now: number): JoinDecision {
  if (!latest) return 'start';
  if (latest.endedAt === null) return 'resume';
  const recent = now - latest.endedAt <= REJOIN_GRACE_MS;
  if (!recent) return 'start';
  return latest.endReason === 'call-ended' ? 'reopen' : 'wait';
}
