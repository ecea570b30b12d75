import { describe, expect, it } from 'vitest';
import { moveSession } from '@/utils/core/scheduling/move-session';
import { aSession, iso, T0 } from './support/platform-records';

describe('moving a session', () => {
  it('is the same pending session at its new time and length, no cancellation, the link kept unless given', () => {
    const session = aSession({ id: 'sess-1', start: iso(T0) });
    const moved = moveSession(session, { start: '2026-12-02T16:30:00+01:00', plannedMinutes: 45 }, iso(T0 + 1000));
    expect(moved).toEqual({ ...session, start: '2026-12-02T15:30:00.000Z', plannedMinutes: 45, updatedAt: iso(T0 + 1000) });
    expect(moveSession(session, { start: iso(T0), plannedMinutes: 50, meetingUrl: null }, iso(T0)).meetingUrl).toBeNull();
  });

  it('never moves a session that is not pending: a cancelled one is rescheduled, a completed one stays', () => {
    for (const status of ['completed', 'canceled', 'late_canceled', 'student_absent'] as const) {
      expect(() => moveSession(aSession({ status }), { start: iso(T0), plannedMinutes: 50 }, iso(T0))).toThrow(status);
    }
  });
});
