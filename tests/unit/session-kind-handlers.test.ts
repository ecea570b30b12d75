import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import type { LiveSession } from '@/utils/core/session/live-session';
import type { CallPreview, ReportView } from '@/utils/protocol/reply-views';
import type { StudentRecord } from '@/utils/core/students/student-record';
import { aSession, aStudent, iso, T0 } from './support/platform-records';
import { FROM_MEET, FROM_OPTIONS, FROM_WORKSPACE, testBackground, type TestBackground } from './support/test-router';

const MIN = 60_000;
const DAY = 86_400_000;
const CODE = 'abc-defg-hij';

describe('the kind of session a call is', () => {
  let now: number;
  let background: TestBackground;

  beforeEach(async () => {
    now = T0;
    background = await testBackground({ now: () => now, settings: () => DEFAULT_AGENDA_SETTINGS });
    await background.db.put('students', aStudent());
    await background.db.put('sessions', aSession({ plannedMinutes: 45, start: iso(T0) }));
  });

  const ask = async <T>(message: unknown, sender: object = FROM_MEET): Promise<T> => {
    const reply = await background.route(message, sender as never);
    if (!reply.ok) throw new Error(reply.error.code);
    return reply.value as T;
  };
  const join = () => ask<LiveSession>({ type: 'live-session/join-call', meetingCode: CODE });
  const phases = (session: LiveSession) => session.phases.map((phase) => `${phase.key} ${phase.minutes}`);
  const preview = () => ask<CallPreview>({ type: 'workspace/preview', meetingCode: CODE }, FROM_WORKSPACE);

  it('is the first session with a student who has had none, with its agenda for the session’s length', async () => {
    expect((await preview()).kind).toEqual({ current: 'first', proposed: 'first' });
    const session = await join();
    expect(session.kind).toBe('first');
    expect(phases(session)).toEqual(['introductions 7', 'how-weeks-run 9', 'path-and-project 13', 'free-time 7', 'first-goals 9']);
    expect(session.phases[1]!.name).toBe('phaseHowWeeksRun');
    expect(session.phases[1]!.checklist.map((item) => item.id)).toContain('how-weeks-run.cancelling');
  });

  it('is a weekly session once one was held, and the session after a transfer first after one', async () => {
    await background.db.put('sessions', aSession({ id: 'sess-0', start: iso(T0 - 7 * DAY), status: 'completed' }));
    expect((await preview()).kind).toEqual({ current: 'weekly', proposed: 'weekly' });
    await background.db.put('transfers', {
      studentId: 'stu-1',
      effectiveDate: iso(T0 - 2 * DAY).slice(0, 10),
      reason: 'Schedules',
      messageToStudent: '',
      handoffSummary: '',
      createdAt: iso(T0 - 10 * DAY),
    });
    expect((await join()).kind).toBe('after-transfer');
  });

  it('follows the mentor’s choice in the lobby, and goes back to the proposal when they pick it again', async () => {
    const chosen = await ask<CallPreview>(
      { type: 'workspace/set-kind', meetingCode: CODE, sessionId: 'sess-1', kind: 'rehearsal' },
      FROM_WORKSPACE,
    );
    expect(chosen.kind).toEqual({ current: 'rehearsal', proposed: 'first' });
    expect((await background.db.get('sessionPlans', 'sess-1'))?.kind).toBe('rehearsal');
    const glance = await ask<{ phases: { key: string }[] }>({ type: 'live-session/glance', meetingCode: CODE, liveSessionId: null });
    expect(glance.phases.map((phase) => phase.key)).toEqual(['presentation', 'questions', 'feedback']);
    const session = await join();
    expect(session.kind).toBe('rehearsal');
    expect(phases(session)).toEqual(['presentation 18', 'questions 16', 'feedback 11']);

    const back = await ask<CallPreview>({ type: 'workspace/set-kind', meetingCode: CODE, sessionId: 'sess-1', kind: null }, FROM_WORKSPACE);
    expect(back.kind).toEqual({ current: 'first', proposed: 'first' });
  });

  it('changes during the call: the new kind’s agenda from its first phase, the time so far counted there, old ticks gone', async () => {
    const { id } = await join();
    now = T0 + 3 * MIN;
    await ask({ type: 'live-session/set-checked', sessionId: id, itemId: 'introductions.yourself', checked: true });
    await ask({ type: 'live-session/go-to-phase', sessionId: id, index: 1 });
    now = T0 + 5 * MIN;
    const changed = await ask<LiveSession>({ type: 'live-session/set-kind', sessionId: id, kind: 'weekly' }, FROM_WORKSPACE);
    expect(changed).toMatchObject({
      id,
      kind: 'weekly',
      startedAt: T0,
      plannedMinutes: 45,
      checked: [],
      phaseChanges: [{ index: 0, at: T0 }],
    });
    expect(phases(changed)).toEqual(['check-in 9', 'progress 27', 'goals 9']);
    expect(background.notified.at(-1)).toBe(id);
    // The report and the student's page say what kind of session it was.
    const record = await ask<StudentRecord>({ type: 'students/record', studentId: 'stu-1' }, FROM_OPTIONS);
    expect(record.kinds).toEqual({ 'sess-1': 'weekly' });
    expect((await ask<ReportView>({ type: 'report/open', sessionId: 'sess-1' }, FROM_WORKSPACE)).kind).toBe('weekly');
  });

  it('refuses a kind that is not one', async () => {
    const { id } = await join();
    const reply = await background.route({ type: 'live-session/set-kind', sessionId: id, kind: 'lunch' }, FROM_MEET as never);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});
