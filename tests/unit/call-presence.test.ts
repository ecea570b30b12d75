import { describe, expect, it } from 'vitest';
import {
  ARRIVAL_HOLDS_MS,
  type CallPresence,
  DEPARTURE_HOLDS_MS,
  firstArrival,
  MAX_PRESENCE_MOVES,
  observePresence,
  othersHere,
  type PresenceSnapshot,
  settlePresence,
} from '@/utils/core/session/call-presence';
import { attendanceEvidence, prefilledAttendance } from '@/utils/core/policy/attendance-evidence';

const S = 1_000;
const MIN = 60_000;
const T0 = Date.parse('2026-12-07T14:00:00Z');
const alone: PresenceSnapshot = { others: 'no', count: 0 };
const withStudent: PresenceSnapshot = { others: 'yes', count: 1 };
const cannotTell: PresenceSnapshot = { others: 'unknown', count: 0 };

/** Feeds readings at the given offsets from T0, in order; then settles at `until`. */
function feed(readings: [number, PresenceSnapshot][], until: number): CallPresence {
  let presence: CallPresence | undefined;
  for (const [at, snapshot] of readings) presence = observePresence(presence, snapshot, T0 + at);
  return settlePresence(presence!, T0 + until);
}
const kinds = (presence: CallPresence) => presence.moves.map((move) => [move.kind, move.at - T0]);

describe('the presence machine', () => {
  it('records the first arrival when the student’s tile has held, dated from when it appeared', () => {
    const presence = feed(
      [
        [0, alone],
        [7 * MIN, withStudent],
      ],
      7 * MIN + ARRIVAL_HOLDS_MS,
    );
    expect(kinds(presence)).toEqual([['arrived', 7 * MIN]]);
    expect(othersHere(presence)).toBe(true);
    expect(firstArrival(presence)?.at).toBe(T0 + 7 * MIN);
  });

  it('says when a pending arrival settles, and takes it only then', () => {
    const presence = feed(
      [
        [0, alone],
        [60 * S, withStudent],
      ],
      61 * S,
    );
    expect(presence.moves).toEqual([]);
    expect(presence.settlesAt).toBe(T0 + 60 * S + ARRIVAL_HOLDS_MS);
  });

  it('records a departure and a return: one who dropped and came back stays arrived once', () => {
    const presence = feed(
      [
        [0, alone],
        [2 * MIN, withStudent],
        [20 * MIN, alone],
        [22 * MIN, withStudent],
      ],
      23 * MIN,
    );
    expect(kinds(presence)).toEqual([
      ['arrived', 2 * MIN],
      ['left', 20 * MIN],
      ['returned', 22 * MIN],
    ]);
    expect(othersHere(presence)).toBe(true);
  });

  it('takes a departure only once the tile has been gone long enough', () => {
    const gone = feed(
      [
        [0, withStudent],
        [30 * S, alone],
      ],
      30 * S + DEPARTURE_HOLDS_MS - 1,
    );
    expect(othersHere(gone)).toBe(true);
    expect(othersHere(settlePresence(gone, T0 + 30 * S + DEPARTURE_HOLDS_MS))).toBe(false);
  });

  it('ignores a tile flickering out and in (Meet drawing it anew), and one flashing in', () => {
    const flicker = feed(
      [
        [0, alone],
        [1 * MIN, withStudent],
        [5 * MIN, alone],
        [5 * MIN + 2 * S, withStudent],
        [6 * MIN, alone],
        [6 * MIN + 1 * S, withStudent],
      ],
      10 * MIN,
    );
    expect(kinds(flicker)).toEqual([['arrived', 1 * MIN]]);
    const flash = feed(
      [
        [0, alone],
        [3 * MIN, withStudent],
        [3 * MIN + 1 * S, alone],
      ],
      10 * MIN,
    );
    expect(flash.moves).toEqual([]);
  });

  it('never counts a missing signal as a departure, nor as an arrival', () => {
    const lost = feed(
      [
        [0, alone],
        [1 * MIN, withStudent],
        [5 * MIN, cannotTell],
      ],
      30 * MIN,
    );
    expect(kinds(lost)).toEqual([['arrived', 1 * MIN]]);
    expect(othersHere(lost)).toBe(true);
    const never = feed([[0, cannotTell]], 30 * MIN);
    expect(never.known).toBe(false);
    expect(never.moves).toEqual([]);
  });

  it('keeps the first arrival when a connection drops all session long', () => {
    const readings: [number, PresenceSnapshot][] = [[0, alone]];
    for (let i = 1; i <= 200; i++) readings.push([i * MIN, i % 2 ? withStudent : alone]);
    const presence = feed(readings, 300 * MIN);
    expect(presence.moves.length).toBeLessThanOrEqual(MAX_PRESENCE_MOVES);
    expect(presence.moves[0]).toEqual({ kind: 'arrived', at: T0 + MIN });
    // Still alternating after the oldest were dropped: a departure is never followed by another.
    presence.moves.slice(1).forEach((move, i) => expect(move.kind).toBe(i % 2 ? 'returned' : 'left'));
  });

  it('keeps the count of others without a move when only the count changes', () => {
    const presence = feed(
      [
        [0, alone],
        [1 * MIN, withStudent],
        [2 * MIN, { others: 'yes', count: 2 }],
      ],
      3 * MIN,
    );
    expect(presence.count).toBe(2);
    expect(kinds(presence)).toEqual([['arrived', 1 * MIN]]);
  });
});

describe('the attendance evidence', () => {
  const start = new Date(T0).toISOString();
  const mentorJoinedAt = T0 - 2 * MIN;

  it('a student who joins 7 minutes late: late by 7, prefilled so', () => {
    const presence = feed(
      [
        [-2 * MIN, alone],
        [7 * MIN + 20 * S, withStudent],
      ],
      8 * MIN,
    );
    const evidence = attendanceEvidence(presence, { scheduledStart: start, mentorJoinedAt, now: T0 + 8 * MIN });
    expect(evidence).toEqual({ kind: 'arrived', at: T0 + 7 * MIN + 20 * S, lateMinutes: 7, beforeMentor: false, here: true });
    expect(prefilledAttendance(evidence)).toEqual({ status: 'late', lateMinutes: 7 });
  });

  it('on time, and a student already there when the mentor joined: present, no lateness claimed', () => {
    const onTime = feed(
      [
        [-2 * MIN, alone],
        [-30 * S, withStudent],
      ],
      1 * MIN,
    );
    expect(prefilledAttendance(attendanceEvidence(onTime, { scheduledStart: start, mentorJoinedAt, now: T0 + MIN }))).toEqual({
      status: 'present',
      lateMinutes: 0,
    });
    const before = feed([[10 * MIN, withStudent]], 11 * MIN);
    const evidence = attendanceEvidence(before, { scheduledStart: start, mentorJoinedAt: T0 + 10 * MIN, now: T0 + 11 * MIN });
    expect(evidence).toMatchObject({ kind: 'arrived', beforeMentor: true, lateMinutes: 0 });
  });

  it('nobody joined: how long the mentor waited, and nothing for the report to hold', () => {
    const presence = feed([[-2 * MIN, alone]], 16 * MIN);
    const evidence = attendanceEvidence(presence, { scheduledStart: start, mentorJoinedAt, now: T0 + 16 * MIN });
    expect(evidence).toEqual({ kind: 'waiting', mentorSince: mentorJoinedAt, waitedMinutes: 18 });
    expect(prefilledAttendance(evidence)).toBeNull();
  });

  it('one who joined and dropped is still arrived, never waited for', () => {
    const presence = feed(
      [
        [-2 * MIN, alone],
        [3 * MIN, withStudent],
        [5 * MIN, alone],
      ],
      30 * MIN,
    );
    expect(attendanceEvidence(presence, { scheduledStart: start, mentorJoinedAt, now: T0 + 30 * MIN })).toMatchObject({
      kind: 'arrived',
      lateMinutes: 3,
      here: false,
    });
  });

  it('a page that stops telling before anyone came: unknown again, never "nobody joined"', () => {
    const presence = feed(
      [
        [-2 * MIN, alone],
        [5 * MIN, cannotTell],
      ],
      16 * MIN,
    );
    expect(attendanceEvidence(presence, { scheduledStart: start, mentorJoinedAt, now: T0 + 16 * MIN })).toEqual({ kind: 'unknown' });
    // The page tells again: the wait is said again, from when the mentor joined.
    const back = observePresence(presence, alone, T0 + 17 * MIN);
    expect(attendanceEvidence(back, { scheduledStart: start, mentorJoinedAt, now: T0 + 17 * MIN })).toMatchObject({
      kind: 'waiting',
      waitedMinutes: 19,
    });
  });

  it('a page that could never tell: unknown, so the clock alone speaks', () => {
    expect(attendanceEvidence(feed([[0, cannotTell]], 20 * MIN), { scheduledStart: start, mentorJoinedAt, now: T0 + 20 * MIN })).toEqual({
      kind: 'unknown',
    });
    expect(attendanceEvidence(undefined, { scheduledStart: start, mentorJoinedAt, now: T0 })).toEqual({ kind: 'unknown' });
  });
});
