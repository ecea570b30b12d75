import { beforeEach, describe, expect, it } from 'vitest';
import type { CallGlance, Reply } from '@/utils/protocol/ui-to-background';
import type { ReportView } from '@/utils/protocol/reply-views';
import type { LiveSession } from '@/utils/core/session/live-session';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { formatDateTime, mentorPlace } from '@/utils/shared/format-date-time';
import { ARRIVAL_HOLDS_MS, DEPARTURE_HOLDS_MS } from '@/utils/core/session/call-presence';
import { aSession, aStudent, iso, T0 } from './support/platform-records';
import { FROM_MEET, FROM_WORKSPACE, testBackground, type TestBackground } from './support/test-router';

const MIN = 60_000;
const CODE = 'abc-defg-hij';

// Who Meet's page shows in the call, as the panel sends it, through the background to the no-show
// offer's guard and the report's attendance.
describe('the attendance the call shows', () => {
  let now: number;
  let background: TestBackground;

  const ask = async <T>(message: object, sender: object = FROM_WORKSPACE): Promise<T> => {
    const reply = (await background.route(message, sender as never)) as Reply<T>;
    if (!reply.ok) throw new Error(`${reply.error.code} ${reply.error.detail ?? ''}`.trim());
    return reply.value;
  };
  const join = () => ask<LiveSession>({ type: 'live-session/join-call', meetingCode: CODE }, FROM_MEET);
  const seen = (others: 'yes' | 'no' | 'unknown', count = others === 'yes' ? 1 : 0) =>
    ask<LiveSession | null>({ type: 'live-session/presence', meetingCode: CODE, others, count }, FROM_MEET);
  const openReport = () => ask<ReportView>({ type: 'report/open', sessionId: 'sess-1' });
  const noShow = () => ask({ type: 'sessions/no-show', sessionId: 'sess-1', comment: '' });

  beforeEach(async () => {
    now = T0 - 2 * MIN;
    background = await testBackground({ now: () => now, settings: () => DEFAULT_AGENDA_SETTINGS });
    await background.db.put('students', aStudent({ name: 'Awa Diallo' }));
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0), plannedMinutes: 45 }));
  });

  it('records a student who joins 7 minutes late, and prefills the report so, marked as prefilled', async () => {
    await join();
    await seen('no');
    now = T0 + 7 * MIN + 10_000;
    const pending = await seen('yes');
    expect(pending?.presence?.moves).toEqual([]);
    expect(pending?.presence?.settlesAt).toBe(now + ARRIVAL_HOLDS_MS);
    // The panel asks again when the background said the arrival settles.
    now += ARRIVAL_HOLDS_MS;
    const settled = await seen('yes');
    expect(settled?.presence?.moves).toEqual([{ kind: 'arrived', at: T0 + 7 * MIN + 10_000 }]);

    const report = await openReport();
    expect(report.draft.attendance).toEqual({ status: 'late', lateMinutes: 7 });
    expect(report.draft.attendancePrefilled).toBe(true);
    expect(report.attendanceEvidence).toMatchObject({ kind: 'arrived', lateMinutes: 7, beforeMentor: false });
  });

  it('keeps the mentor’s own attendance once they changed it', async () => {
    await join();
    await seen('no');
    now = T0 + 7 * MIN;
    await seen('yes');
    now += ARRIVAL_HOLDS_MS;
    await seen('yes');
    const { draft } = await openReport();
    const fields = { attendance: { status: 'late', lateMinutes: 5 }, attendancePrefilled: false };
    await ask({ type: 'report/save-draft', sessionId: 'sess-1', editorId: crypto.randomUUID(), baseRevision: draft.revision, fields });
    expect((await openReport()).draft).toMatchObject({ attendance: { status: 'late', lateMinutes: 5 }, attendancePrefilled: false });
  });

  it('refuses a no-show for a student who joined and dropped, and allows it when nobody joined', async () => {
    await join();
    await seen('no');
    now = T0 + 3 * MIN;
    await seen('yes');
    now += ARRIVAL_HOLDS_MS;
    await seen('no');
    now += DEPARTURE_HOLDS_MS;
    const dropped = await seen('no');
    expect(dropped?.presence?.moves.map((move) => move.kind)).toEqual(['arrived', 'left']);
    now = T0 + 16 * MIN;
    await expect(noShow()).rejects.toThrow('read-only student-came');
  });

  it('nobody joined by the limit: the evidence says how long the mentor waited, and the no-show goes', async () => {
    await join();
    await seen('no');
    now = T0 + 16 * MIN;
    const report = await openReport();
    expect(report.attendanceEvidence).toEqual({ kind: 'waiting', mentorSince: T0 - 2 * MIN, waitedMinutes: 18 });
    // Nothing a report can hold is prefilled: the no-show is the way.
    expect(report.draft.attendancePrefilled).toBeUndefined();
    await expect(noShow()).resolves.toMatchObject({ status: 'student_absent' });
  });

  it('tiles without ids: nothing known, nothing prefilled, the clock alone as before', async () => {
    const live = await join();
    await seen('unknown');
    now = T0 + 16 * MIN;
    const glance = await ask<CallGlance>({ type: 'live-session/glance', meetingCode: CODE, liveSessionId: live.id }, FROM_MEET);
    expect(glance.presence).toBeNull();
    const report = await openReport();
    expect(report.attendanceEvidence).toEqual({ kind: 'unknown' });
    expect(report.draft).toMatchObject({ attendance: { status: 'present', lateMinutes: 0 } });
    expect(report.draft.attendancePrefilled).toBeUndefined();
    await expect(noShow()).resolves.toMatchObject({ status: 'student_absent' });
  });

  it('words the strip’s line in the glance: waiting from the scheduled start, then who joined and how late', async () => {
    const glance = (live: LiveSession) =>
      ask<CallGlance>({ type: 'live-session/glance', meetingCode: CODE, liveSessionId: live.id }, FROM_MEET);
    const time = (at: number) => formatDateTime(at, 'time', mentorPlace());
    const live = await join();
    expect((await glance(live)).presence).toBeNull();
    await seen('no');
    expect((await glance(live)).presence).toEqual({ line: 'Waiting for Awa', around: ['Waiting for Awa · ', ''], lateSince: T0 });
    now = T0 + 7 * MIN + 10_000;
    await seen('yes');
    now += ARRIVAL_HOLDS_MS;
    await seen('yes');
    expect((await glance(live)).presence).toEqual({
      line: `Awa joined ${time(T0 + 7 * MIN + 10_000)} · 7 min late`,
      around: null,
      lateSince: null,
    });
  });

  it('stops saying the student is awaited when the page stops telling before anyone came', async () => {
    const live = await join();
    const glance = () => ask<CallGlance>({ type: 'live-session/glance', meetingCode: CODE, liveSessionId: live.id }, FROM_MEET);
    await seen('no');
    expect((await glance()).presence?.line).toBe('Waiting for Awa');
    now = T0 + 5 * MIN;
    const silent = await seen('unknown');
    expect((await glance()).presence).toBeNull();
    expect(silent?.presence).toMatchObject({ known: true, reading: 'unknown', moves: [] });
  });

  it('claims no lateness for a student already in the call when the mentor came', async () => {
    now = T0 + 5 * MIN;
    const live = await join();
    await seen('yes');
    now += ARRIVAL_HOLDS_MS;
    const glance = () => ask<CallGlance>({ type: 'live-session/glance', meetingCode: CODE, liveSessionId: live.id }, FROM_MEET);
    expect((await glance()).presence?.line).toBe('Awa was in the call before you');
  });

  it('records nothing once the call’s session has ended', async () => {
    const live = await join();
    await ask({ type: 'live-session/end', sessionId: live.id }, FROM_MEET);
    expect(await seen('yes')).toBeNull();
    expect((await background.db.get('liveSessions', live.id))?.presence).toBeUndefined();
  });
});
