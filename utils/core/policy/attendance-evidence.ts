import { type CallPresence, firstArrival, othersHere, settlePresence } from '@/utils/core/session/call-presence';
import { MAX_LATE_MINUTES } from '@/utils/core/rules/limits';
import { parseInstant } from '@/utils/core/scheduling/next-session';

const MINUTE_MS = 60_000;

/**
 * What the call's page showed of the student's attendance, for the strip, the
 * no-show offer, the "not here yet" reminder and the report's attendance.
 * - `unknown`: the page could not tell (no participant ids), or no longer tells and nobody was seen
 *   before: Cadence goes by the clock alone, and nothing here ever counts as absent;
 * - `waiting`: the page could tell, and nobody else has joined since the mentor did;
 * - `arrived`: someone else joined (whatever happened after: one who dropped is not absent).
 */
export type AttendanceEvidence =
  | { kind: 'unknown' }
  | { kind: 'waiting'; mentorSince: number; waitedMinutes: number }
  | {
      kind: 'arrived';
      at: number;
      /** Whole minutes after the scheduled start (0 when on time, or when there is no scheduled start). */
      lateMinutes: number;
      /** Already in the call when the mentor's page first read it: how late they were is not known, so none is claimed. */
      beforeMentor: boolean;
      /** In the call now, as settled. */
      here: boolean;
    };

export function attendanceEvidence(
  presence: CallPresence | null | undefined,
  input: { scheduledStart: string | null; mentorJoinedAt: number; now: number },
): AttendanceEvidence {
  if (!presence?.known) return { kind: 'unknown' };
  const settled = settlePresence(presence, input.now);
  const arrival = arrivalOf(settled, input.scheduledStart);
  // Nobody seen yet, and the page no longer tells: a student may be there unseen, so nothing is claimed.
  if (!arrival && settled.reading === 'unknown') return { kind: 'unknown' };
  if (!arrival) {
    return { kind: 'waiting', mentorSince: input.mentorJoinedAt, waitedMinutes: wholeMinutes(input.now - input.mentorJoinedAt) };
  }
  return { kind: 'arrived', ...arrival, here: othersHere(settled) };
}

/** The first arrival as recorded, with its minutes after the scheduled start. */
function arrivalOf(
  presence: CallPresence,
  scheduledStart: string | null,
): { at: number; lateMinutes: number; beforeMentor: boolean } | null {
  const arrival = firstArrival(presence);
  if (!arrival) return null;
  const beforeMentor = arrival.at === presence.firstReadAt;
  const start = scheduledStart === null ? null : parseInstant(scheduledStart);
  return { at: arrival.at, lateMinutes: start === null || beforeMentor ? 0 : wholeMinutes(arrival.at - start), beforeMentor };
}

/** Whole minutes, rounded down and never below 0, as `lateness` counts them. */
function wholeMinutes(ms: number): number {
  return Math.max(0, Math.floor(ms / MINUTE_MS));
}

/** The report's attendance as the call's evidence says it, or null when it says nothing a report can hold. */
export function prefilledAttendance(evidence: AttendanceEvidence): { status: 'present' | 'late'; lateMinutes: number } | null {
  if (evidence.kind !== 'arrived') return null;
  const lateMinutes = Math.min(MAX_LATE_MINUTES, evidence.lateMinutes);
  return lateMinutes > 0 ? { status: 'late', lateMinutes } : { status: 'present', lateMinutes: 0 };
}
