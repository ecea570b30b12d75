import { describe, expect, it } from 'vitest';
import type { CadenceDb } from '@/utils/background/db/cadence-db';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { emptyReportFields, type ReportDraft, type SkillEvaluationDraft } from '@/utils/core/report/report-draft';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import type { StudentRecord } from '@/utils/core/students/student-record';
import type { WeekOverview } from '@/utils/core/overview/week-overview';
import { anAssignment, aSession, aStudent, iso, T0 } from './support/platform-records';
import { FROM_OPTIONS, testBackground } from './support/test-router';

const DAY = 86_400_000;

async function setUp() {
  let now = T0;
  const background = await testBackground({ now: () => now, settings: () => DEFAULT_AGENDA_SETTINGS });
  await background.db.put('students', aStudent());
  await background.db.put('students', aStudent({ id: 'stu-2', name: 'Ben Okafor' }));
  await background.db.put('students', aStudent({ id: 'local-3', name: 'Chloé Martin' }));
  const ask = async <T>(message: object) => {
    const reply = await background.route(message, FROM_OPTIONS);
    if (!reply.ok) throw new Error(`refused: ${JSON.stringify(reply.error)}`);
    return reply.value as T;
  };
  return {
    ...background,
    ask,
    record: (studentId = 'stu-1') => ask<StudentRecord>({ type: 'students/record', studentId }),
    week: () => ask<WeekOverview>({ type: 'overview/week' }),
    setNow: (time: number) => void (now = time),
  };
}

const connect = (db: CadenceDb) =>
  db.put('meta', {
    key: 'connection',
    baseUrl: 'https://platform.example',
    token: 'secret-token',
    mentorName: 'Sam Mentor',
    needsReconnect: false,
    connectedAt: T0 - DAY,
  });

function aReport(session: Session, skillEvaluations: SkillEvaluationDraft[], ended = true): ReportDraft {
  const savedAt = Date.parse(session.start) + 3_600_000;
  return {
    ...emptyReportFields(),
    summary: 'We went through last week’s work.',
    skillEvaluations,
    sessionId: session.id,
    studentId: session.studentId,
    revision: 2,
    savedAt,
    ended: ended ? { at: savedAt, revision: 2, correction: false } : null,
    sent: null,
  };
}

const byStudent = { by: 'student' as const, at: iso(T0 - 12 * DAY), reason: 'Moving house', comment: '' };

/** Awa's history, as of T0: a first session held, a no-show, three cancellations, one held without its report, one ahead. */
const history = {
  first: aSession({ id: 's-first', start: iso(T0 - 21 * DAY), status: 'completed' }),
  noShow: aSession({ id: 's-no-show', start: iso(T0 - 14 * DAY), status: 'student_absent' }),
  absence: aSession({ id: 's-absence', start: iso(T0 - 10 * DAY), status: 'canceled', cancellation: byStudent }),
  late: aSession({ id: 's-late', start: iso(T0 - 9 * DAY), status: 'late_canceled', cancellation: { ...byStudent, reason: 'Overtime' } }),
  mine: aSession({
    id: 's-mine',
    start: iso(T0 - 8 * DAY),
    status: 'canceled',
    cancellation: { ...byStudent, by: 'mentor', reason: 'Sick' },
  }),
  lastWeek: aSession({ id: 's-last-week', start: iso(T0 - 7 * DAY) }),
  tomorrow: aSession({ id: 's-tomorrow', start: iso(T0 + DAY) }),
};

const transferRequest = {
  type: 'students/transfer',
  studentId: 'stu-1',
  effectiveDate: '2026-12-14',
  reason: 'My evenings are taken from December.',
  messageToStudent: 'Awa, from 14 December another mentor will take over. It was a pleasure.',
  handoffSummary: '# Handoff: Awa Diallo\n\nWorks best with small exercises.',
};

describe('a student’s page', () => {
  it('tells the whole history: sessions newest first, assignments, reports, skills over time, attendance', async () => {
    const { db, record } = await setUp();
    // Put in shuffled, with another student's records around.
    for (const session of [
      history.lastWeek,
      history.first,
      history.tomorrow,
      history.late,
      history.noShow,
      history.mine,
      history.absence,
    ]) {
      await db.put('sessions', session);
    }
    const bens = aSession({ id: 's-ben', studentId: 'stu-2', start: iso(T0 - 2 * DAY), status: 'completed' });
    await db.put('sessions', bens);
    await db.put('assignments', anAssignment({ id: 'asg-old', setInSessionId: 's-first', createdAt: iso(T0 - 21 * DAY) }));
    await db.put('assignments', anAssignment({ id: 'asg-new', setInSessionId: 's-last-week', createdAt: iso(T0 - 7 * DAY) }));
    await db.put('assignments', anAssignment({ id: 'asg-ben', studentId: 'stu-2', setInSessionId: 's-ben' }));
    // Last week's report, still a draft; a level not chosen yet is no evaluation.
    await db.put(
      'reportDrafts',
      aReport(
        history.lastWeek,
        [
          { skill: 'CSS flexbox', level: 3, comment: 'Centered the card on her own' },
          { skill: 'Git', level: null, comment: '' },
        ],
        false,
      ),
    );
    await db.put(
      'reportDrafts',
      aReport(history.first, [
        { skill: 'CSS flexbox', level: 2, comment: 'Needs the axes again' },
        { skill: 'Git', level: 3, comment: '' },
      ]),
    );
    await db.put('reportDrafts', aReport(bens, [{ skill: 'CSS flexbox', level: 4, comment: '' }]));

    const page = await record();

    expect(page.student.name).toBe('Awa Diallo');
    expect(page.sessions.map((s) => s.id)).toEqual(['s-tomorrow', 's-last-week', 's-mine', 's-late', 's-absence', 's-no-show', 's-first']);
    expect(page.assignments.map((a) => a.id)).toEqual(['asg-new', 'asg-old']);
    expect(page.reports.map((r) => r.sessionId)).toEqual(['s-last-week', 's-first']);
    expect(page.skills).toEqual([
      {
        skill: 'CSS flexbox',
        evaluations: [
          { sessionId: 's-first', at: history.first.start, level: 2, comment: 'Needs the axes again' },
          { sessionId: 's-last-week', at: history.lastWeek.start, level: 3, comment: 'Centered the card on her own' },
        ],
      },
      { skill: 'Git', evaluations: [{ sessionId: 's-first', at: history.first.start, level: 3, comment: '' }] },
    ]);
    expect(page.attendance).toEqual({
      held: 2,
      noShows: 1,
      lateCancellations: 1,
      plannedAbsences: 1,
      reportsOutstanding: 1,
      upcoming: 1,
    });
    expect(page.transfer).toBeNull();
    expect(page.former).toBe(false);
    expect(page.connected).toBe(false);
  });

  it('is refused for a student unknown here', async () => {
    const { route } = await setUp();
    expect(await route({ type: 'students/record', studentId: 'stu-9' }, FROM_OPTIONS)).toEqual({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('transferring a student', () => {
  it('saves the transfer and shows it on the student’s page', async () => {
    const { ask, record } = await setUp();
    const { type: _, ...input } = transferRequest;
    const saved = await ask({ ...transferRequest });
    expect(saved).toEqual({ ...input, createdAt: iso(T0) });
    const page = await record();
    expect(page.transfer).toEqual(saved);
    // Until its date the student stays the mentor's.
    expect(page.former).toBe(false);
  });

  it.each([
    ['local mode, a platform student', false, 'stu-1', 0],
    ['local mode, a student entered here', false, 'local-3', 0],
    ['connected, a student entered here (the platform does not know them)', true, 'local-3', 0],
    ['connected, a platform student', true, 'stu-1', 1],
  ] as const)('%s: queues %i request for the platform', async (_, connected, studentId, queued) => {
    const { db, ask } = await setUp();
    if (connected) await connect(db);
    await ask({ ...transferRequest, studentId });
    const outbox = await db.getAll('outbox');
    expect(outbox).toHaveLength(queued);
    if (queued) {
      const { type: __, ...body } = transferRequest;
      expect(outbox[0]).toMatchObject({
        endpoint: 'requestTransfer',
        body: { ...body, studentId },
        entity: { store: 'students', id: studentId },
        createdAt: T0,
      });
    }
  });

  it('refuses a transfer less than a week ahead, whatever the page let through', async () => {
    const { route, record } = await setUp();
    const soon = await route({ ...transferRequest, effectiveDate: '2026-12-03' }, FROM_OPTIONS);
    expect(soon).toEqual({ ok: false, error: { code: 'invalid-message', detail: 'too-soon' } });
    expect((await record()).transfer).toBeNull();
  });

  it('refuses a second request for the same student, and keeps the first', async () => {
    const { db, ask, route, record } = await setUp();
    await connect(db);
    await ask({ ...transferRequest });
    const again = await route({ ...transferRequest, reason: 'Changed my mind', effectiveDate: '2026-12-21' }, FROM_OPTIONS);
    expect(again).toEqual({ ok: false, error: { code: 'read-only', detail: 'already-requested' } });
    expect((await record()).transfer).toMatchObject({ reason: transferRequest.reason, effectiveDate: '2026-12-14' });
    expect(await db.getAll('outbox')).toHaveLength(1);
  });

  it.each([
    ['the evening before the date', new Date(2026, 11, 13, 23, 59).getTime(), false],
    ['on the date', new Date(2026, 11, 14, 0, 0).getTime(), true],
    ['a week after', new Date(2026, 11, 21, 9, 0).getTime(), true],
  ])('reads the student as former %s: %s', async (_, now, former) => {
    const { ask, record, setNow } = await setUp();
    await ask({ ...transferRequest });
    setNow(now);
    expect((await record()).former).toBe(former);
  });

  it('takes a former student’s sessions out of the week', async () => {
    const { db, ask, week, setNow } = await setUp();
    await db.put('sessions', aSession({ id: 'awa-15', start: '2026-12-15T10:00:00.000Z' }));
    await db.put('sessions', aSession({ id: 'ben-16', studentId: 'stu-2', start: '2026-12-16T10:00:00.000Z' }));
    await db.put('sessions', aSession({ id: 'awa-18', start: '2026-12-18T10:00:00.000Z' }));
    await ask({ ...transferRequest });

    setNow(Date.UTC(2026, 11, 13, 0));
    const before = await week();
    expect(before.next?.session.id).toBe('awa-15');
    expect(before.week.map((line) => line.session.id)).toEqual(['ben-16', 'awa-18']);

    setNow(Date.UTC(2026, 11, 15, 0));
    const after = await week();
    expect(after.next?.session.id).toBe('ben-16');
    expect(after.week).toEqual([]);
  });
});
