import { beforeEach, describe, expect, it } from 'vitest';
import type { ReportFieldsInput } from '@/utils/protocol/page-to-background';
import { DRAFT_TEXT_MAX } from '@/utils/core/report/report-draft';
import type { Reply } from '@/utils/protocol/ui-to-background';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { drainOutbox } from '@/utils/background/sync/outbox-drain';
import { aLiveSession, anAssignment, aSession, aStudent, iso, T0 } from './support/platform-records';
import { FROM_MEET, FROM_WORKSPACE, testBackground, type TestBackground } from './support/test-router';
import type { DraftSaved, EndResult, ReportView } from '@/utils/protocol/reply-views';

const HOUR = 3_600_000;
/** The report's editor in the page that saves (one view of it). */
const EDITOR = '00000000-0000-4000-8000-00000000e0e0';
const fields = (overrides: Partial<ReportFieldsInput> = {}): ReportFieldsInput => ({
  attendance: { status: 'present', lateMinutes: 0 },
  summary: 'We rebuilt the header with flexbox; Awa explained it back.',
  privateNotes: 'Tired: new job this week.',
  skillEvaluations: [{ skill: 'CSS flexbox', level: 3, comment: 'On her own now.' }],
  ...overrides,
});

describe('the session report in the background', () => {
  let now: number;
  let background: TestBackground;

  const ask = async <T>(message: object, sender: object = FROM_WORKSPACE): Promise<T> => {
    const reply = (await background.route(message, sender)) as Reply<T>;
    if (!reply.ok) throw new Error(`${reply.error.code} ${reply.error.detail ?? ''}`.trim());
    return reply.value;
  };
  const open = () => ask<ReportView>({ type: 'report/open', sessionId: 'sess-1' });
  /** A save from a page that has read the newest revision. */
  const save = async (overrides: Partial<ReportFieldsInput> = {}) =>
    ask<{ revision: number }>({
      type: 'report/save-draft',
      sessionId: 'sess-1',
      editorId: EDITOR,
      baseRevision: (await open()).draft.revision,
      fields: fields(overrides),
    });
  const end = () => ask<EndResult>({ type: 'report/end', sessionId: 'sess-1' });
  const connect = (needsReconnect = false) =>
    background.db.put('meta', {
      key: 'connection',
      baseUrl: 'https://platform.example/api/v1',
      token: 't',
      mentorName: 'Nadia',
      needsReconnect,
      connectedAt: T0,
    });
  const reportWrites = async () => (await background.db.getAll('outbox')).filter((item) => item.endpoint === 'submitReport');

  beforeEach(async () => {
    now = T0;
    background = await testBackground({ now: () => now, settings: () => DEFAULT_AGENDA_SETTINGS });
    await background.db.put('students', aStudent());
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0 - HOUR) }));
    await background.db.put('liveSessions', { ...aLiveSession(), sessionId: 'sess-1' });
    await background.db.put('assignments', anAssignment({ id: 'g1', setInSessionId: 'sess-1', title: 'Grid course, part 2' }));
  });

  it('keeps each save whole, newest last, and an empty report for a session never written about', async () => {
    expect((await open()).draft).toMatchObject({ summary: '', revision: 0, ended: null });
    expect(await save({ summary: 'We rebuilt' })).toMatchObject({ revision: 1 });
    now += 500;
    expect(await save()).toMatchObject({ revision: 2, savedAt: now });
    expect((await open()).draft).toMatchObject({ summary: fields().summary, privateNotes: fields().privateNotes, revision: 2 });
  });

  describe('open in two places at once', () => {
    const TAB = '00000000-0000-4000-8000-0000000000ab';
    const PANEL = '00000000-0000-4000-8000-0000000000cd';
    /** A save from one view (`editorId`) whose text grew from `baseRevision`, with the fields it changed since. */
    const saveFrom = (editorId: string, baseRevision: number, changes: Partial<ReportFieldsInput>) =>
      ask<DraftSaved>({ type: 'report/save-draft', sessionId: 'sess-1', editorId, baseRevision, fields: changes });

    it('tells every view of the report of each new revision', async () => {
      const saved = await saveFrom(TAB, 0, { summary: 'From the tab.' });
      expect(saved).toMatchObject({ sessionId: 'sess-1', revision: 1, conflicts: [], fields: { summary: 'From the tab.' } });
      expect(background.told).toEqual([{ type: 'report/changed', sessionId: 'sess-1', revision: 1 }]);
    });

    it('writes a stale save where the fields it changed were not changed since its base, and answers with the other view’s words', async () => {
      // The panel and the tab both read revision 1; the tab writes the summary, then the panel its private notes.
      await saveFrom(TAB, 0, { summary: 'We rebuilt the header.', privateNotes: 'Tired.' });
      await saveFrom(TAB, 1, { summary: 'We rebuilt the header. Then the footer, in the tab.' });
      const fromPanel = await saveFrom(PANEL, 1, { privateNotes: 'Tired: new job this week.' });
      expect(fromPanel).toMatchObject({
        revision: 3,
        conflicts: [],
        fields: { summary: 'We rebuilt the header. Then the footer, in the tab.', privateNotes: 'Tired: new job this week.' },
      });
      expect((await open()).draft).toMatchObject({
        summary: 'We rebuilt the header. Then the footer, in the tab.',
        privateNotes: 'Tired: new job this week.',
        revision: 3,
      });
    });

    it('never writes a stale save over a field changed since its base: both texts reach the view that saved it', async () => {
      await saveFrom(TAB, 0, { summary: 'We rebuilt the header.' });
      await saveFrom(TAB, 1, { summary: 'We rebuilt the header. Saved in the tab.' });
      const fromPanel = await saveFrom(PANEL, 1, { summary: 'We rebuilt the header. Typed in the panel.', privateNotes: 'Tired.' });
      // The panel's summary is not written; its notes, which nobody else changed, are.
      expect(fromPanel).toMatchObject({
        revision: 3,
        conflicts: ['summary'],
        fields: { summary: 'We rebuilt the header. Saved in the tab.', privateNotes: 'Tired.' },
      });
      expect((await open()).draft).toMatchObject({ summary: 'We rebuilt the header. Saved in the tab.', privateNotes: 'Tired.' });
      // The mentor kept the panel's text: saved on the newest revision, it is written.
      expect(await saveFrom(PANEL, 3, { summary: 'We rebuilt the header. Typed in the panel.' })).toMatchObject({
        revision: 4,
        conflicts: [],
      });
      expect((await open()).draft.summary).toBe('We rebuilt the header. Typed in the panel.');
    });

    it('takes a save tried again after its reply was lost as the same editor’s, not as a conflict', async () => {
      await saveFrom(PANEL, 0, { summary: 'We rebuilt' });
      // Written, but the worker stopped before the reply: the panel still builds on revision 1.
      await saveFrom(PANEL, 1, { summary: 'We rebuilt the header' });
      expect(await saveFrom(PANEL, 1, { summary: 'We rebuilt the header with flexbox.' })).toMatchObject({ revision: 3, conflicts: [] });
      expect((await open()).draft.summary).toBe('We rebuilt the header with flexbox.');
    });

    it('writes no new revision for a save that changes nothing', async () => {
      await saveFrom(TAB, 0, { summary: 'Once.' });
      expect(await saveFrom(PANEL, 0, { summary: 'Once.' })).toMatchObject({ revision: 1, conflicts: [] });
      expect(await saveFrom(PANEL, 1, {})).toMatchObject({ revision: 1 });
      expect((await open()).draft.revision).toBe(1);
    });

    it('reads a draft kept without a revision as revision 0, words whole, and saves on from it', async () => {
      const { revision: _, ...old } = { ...(await open()).draft, summary: 'Kept before revisions.', savedAt: T0 };
      await background.db.put('reportDrafts', old as never);
      expect((await open()).draft).toMatchObject({ summary: 'Kept before revisions.', revision: 0 });
      expect(await saveFrom(PANEL, 0, { privateNotes: 'Added after.' })).toMatchObject({
        revision: 1,
        conflicts: [],
        fields: { summary: 'Kept before revisions.', privateNotes: 'Added after.' },
      });
    });
  });

  it('will not end a report without its summary, and says which field', async () => {
    await save({ summary: '   ', skillEvaluations: [{ skill: 'CSS grid', level: null, comment: '' }] });
    expect(await end()).toEqual({
      ended: false,
      problems: [
        { field: 'summary', kind: 'empty' },
        { field: 'skill-0', kind: 'no-level' },
      ],
    });
    expect((await background.db.get('sessions', 'sess-1'))?.status).toBe('pending');
  });

  it('ends the session here in local mode: completed, the call ended, nothing queued', async () => {
    await save();
    const result = await end();
    expect(result).toMatchObject({ ended: true, view: { delivery: { state: 'saved-locally' } } });
    expect((await background.db.get('sessions', 'sess-1'))?.status).toBe('completed');
    expect((await background.db.get('liveSessions', aLiveSession().id))?.endReason).toBe('mentor');
    expect(await reportWrites()).toEqual([]);
  });

  it('says a report is held, not lost, while the platform refuses the token', async () => {
    await connect();
    await save();
    expect(await end()).toMatchObject({ view: { delivery: { state: 'sending', needsReconnect: false } } });
    await connect(true);
    expect((await open()).delivery).toEqual({ state: 'sending', lastError: null, needsReconnect: true });
    expect(await reportWrites()).toHaveLength(1);
  });

  it('keeps a report open on a session made here working once the platform has named the session', async () => {
    await connect();
    const made = await ask<{ id: string; start: string }>({
      type: 'records/schedule-session',
      session: { studentId: 'stu-1', start: iso(T0 - HOUR), plannedMinutes: 50, meetingUrl: '' },
    });
    await ask({
      type: 'report/save-draft',
      sessionId: made.id,
      editorId: EDITOR,
      baseRevision: 0,
      fields: fields({ summary: 'Before the rename.' }),
    });
    const named = aSession({ id: 'plat-9', start: made.start });
    const platform = async () => new Response(JSON.stringify(named), { status: 201, headers: { 'content-type': 'application/json' } });
    await drainOutbox({ db: background.db, fetch: platform, now: () => now, random: () => 0.5, wakeAt: async () => {} }, { now: true });

    // The page still asks by the id it was opened with.
    const reopened = await ask<ReportView>({ type: 'report/open', sessionId: made.id });
    expect(reopened.session.id).toBe('plat-9');
    expect(reopened.draft).toMatchObject({ sessionId: 'plat-9', summary: 'Before the rename.' });
    await ask({
      type: 'report/save-draft',
      sessionId: made.id,
      editorId: EDITOR,
      baseRevision: 1,
      fields: fields({ summary: 'After the rename.' }),
    });
    expect(await background.db.get('reportDrafts', 'plat-9')).toMatchObject({ summary: 'After the rename.', revision: 2 });
    expect(await background.db.get('reportDrafts', made.id)).toBeUndefined();
  });

  it('sends the shared part with the goals and the next date, never the private notes', async () => {
    await connect();
    await background.db.put('sessions', aSession({ id: 'sess-2', start: iso(T0 + 7 * 24 * HOUR) }));
    await background.db.put('sessionPlans', {
      sessionId: 'sess-1',
      studentId: 'stu-1',
      hoursThisWeek: null,
      nextSessionId: 'sess-2',
      notDoneFlaggedAt: null,
      kind: null,
      updatedAt: iso(T0),
    });
    await save();
    expect(await end()).toMatchObject({ ended: true, view: { delivery: { state: 'sending' } } });
    const [write] = await reportWrites();
    expect(write).toMatchObject({
      params: { sessionId: 'sess-1' },
      body: {
        summary: fields().summary,
        goals: [{ title: 'Grid course, part 2' }],
        nextSessionStart: iso(T0 + 7 * 24 * HOUR),
        correction: false,
      },
    });
    expect(JSON.stringify(write!.body)).not.toContain('Tired');
  });

  it('replaces a report not yet tried, and sends a change after it arrived as a correction', async () => {
    await connect();
    await save();
    await end();
    await save({ summary: 'Second thoughts before it left.' });
    await end();
    let writes = await reportWrites();
    expect(writes).toHaveLength(1);
    expect(writes[0]!.body).toMatchObject({ summary: 'Second thoughts before it left.', correction: false });

    const sent = await drainOutbox(
      {
        db: background.db,
        fetch: async () =>
          new Response(JSON.stringify({ ...(writes[0]!.body as object), sessionId: 'sess-1', submittedAt: iso(now) }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
        now: () => now,
        random: () => 0.5,
        wakeAt: async () => {},
      },
      { now: true },
    );
    expect(sent).toMatchObject({ sent: 1 });
    expect((await open()).delivery).toEqual({ state: 'sent', at: now });

    now += 60_000;
    await save({ summary: 'Corrected: Awa also fixed the footer.' });
    expect((await open()).changedSinceEnd).toBe(true);
    await end();
    writes = await reportWrites();
    expect(writes).toHaveLength(1);
    expect(writes[0]!.body).toMatchObject({ summary: 'Corrected: Awa also fixed the footer.', correction: true });
  });

  it('keeps the report of a session picked by hand on this computer: the platform has no such session', async () => {
    await connect();
    await background.db.put('sessions', aSession({ id: 'local-picked', start: iso(T0 - HOUR) }));
    await ask({ type: 'report/save-draft', sessionId: 'local-picked', editorId: EDITOR, baseRevision: 0, fields: fields() });
    expect(await ask<EndResult>({ type: 'report/end', sessionId: 'local-picked' })).toMatchObject({
      ended: true,
      view: { delivery: { state: 'saved-locally' } },
    });
    expect(await reportWrites()).toEqual([]);
  });

  it('flags a no-show only past the lateness limit, as student_absent with the comment', async () => {
    await connect();
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0 - 15 * 60_000) }));
    await expect(ask({ type: 'sessions/no-show', sessionId: 'sess-1', comment: '' })).rejects.toThrow('read-only too-early');
    now += 60_000;
    const session = await ask<{ status: string }>({ type: 'sessions/no-show', sessionId: 'sess-1', comment: 'We waited 16 minutes.' });
    expect(session.status).toBe('student_absent');
    const [write] = (await background.db.getAll('outbox')).filter((item) => item.endpoint === 'cancelSession');
    expect(write?.body).toMatchObject({ status: 'student_absent', by: 'student', comment: 'We waited 16 minutes.' });
    // The call's agenda stops at the no-show, and the session asks for no report.
    const live = await background.db.get('liveSessions', aLiveSession().id);
    expect(live).toMatchObject({ endedAt: now, endReason: 'mentor' });
    await expect(end()).rejects.toThrow('read-only canceled');
  });

  it('stops the agenda of a call under way when its session is cancelled, and of no other call', async () => {
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0 + 10 * 60_000) }));
    const other = { ...aLiveSession(), id: '00000000-0000-4000-8000-000000000002', sessionId: 'sess-9' };
    await background.db.put('liveSessions', other);
    now += 5 * 60_000;
    await ask({ type: 'sessions/cancel', sessionId: 'sess-1', by: 'mentor', reason: 'technical', cancelledAt: T0, comment: '' });
    expect((await background.db.get('liveSessions', aLiveSession().id))?.endedAt).toBe(now);
    expect((await background.db.get('liveSessions', other.id))?.endedAt).toBeNull();
  });

  it.each([
    [30, 'canceled', false],
    [10, 'late_canceled', true],
  ])('judges a cancellation %i hours ahead as %s, whatever the page says', async (hours, status, billable) => {
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0 + hours * HOUR) }));
    const { session, verdict } = await ask<{ session: { status: string }; verdict: { billable: boolean } }>({
      type: 'sessions/cancel',
      sessionId: 'sess-1',
      by: 'student',
      reason: 'illness',
      cancelledAt: T0,
      comment: 'Get well soon.',
    });
    expect(session.status).toBe(status);
    expect(verdict.billable).toBe(billable);
  });

  it('reschedules a canceled session, queued after its cancellation', async () => {
    await connect();
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0 + 30 * HOUR) }));
    await ask({ type: 'sessions/cancel', sessionId: 'sess-1', by: 'student', reason: 'illness', cancelledAt: T0, comment: '' });
    const next = await ask<{ id: string; rescheduledFrom: string }>({
      type: 'sessions/reschedule',
      sessionId: 'sess-1',
      start: iso(T0 + 4 * 24 * HOUR),
      plannedMinutes: 50,
    });
    expect(next.rescheduledFrom).toBe('sess-1');
    const writes = (await background.db.getAllFromIndex('outbox', 'by-created-at')).map((item) => item.endpoint);
    expect(writes).toEqual(['cancelSession', 'rescheduleSession']);
  });

  it('moves a pending session with no verdict: the same session, pending, sent once as the platform’s reschedule', async () => {
    await connect();
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0 + 30 * HOUR) }));
    const move = (hours: number, minutes: number) =>
      ask<{ id: string; start: string; status: string; cancellation: unknown }>({
        type: 'sessions/move',
        sessionId: 'sess-1',
        start: iso(T0 + hours * HOUR),
        plannedMinutes: minutes,
      });
    const moved = await move(54, 45);
    expect(moved).toMatchObject({ id: 'sess-1', start: iso(T0 + 54 * HOUR), status: 'pending', cancellation: null, plannedMinutes: 45 });
    // Moved again before it went out: still one write, with the last time.
    now += 60_000;
    await move(78, 50);
    const writes = await background.db.getAll('outbox');
    expect(writes.map((item) => [item.endpoint, item.params.sessionId, item.body])).toEqual([
      ['rescheduleSession', 'sess-1', { start: iso(T0 + 78 * HOUR), plannedMinutes: 50, meetingUrl: aSession().meetingUrl }],
    ]);
    const sent: string[] = [];
    const platform = async (url: string | URL | Request, init?: RequestInit) => {
      sent.push(`${init?.method} ${String(url)}`);
      return new Response(JSON.stringify({ ...aSession({ id: 'sess-1' }), start: iso(T0 + 78 * HOUR), plannedMinutes: 50 }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      });
    };
    await drainOutbox({ db: background.db, fetch: platform, now: () => now, random: () => 0.5, wakeAt: async () => {} }, { now: true });
    await drainOutbox({ db: background.db, fetch: platform, now: () => now, random: () => 0.5, wakeAt: async () => {} }, { now: true });
    expect(sent).toEqual(['POST https://platform.example/api/v1/sessions/sess-1/reschedule']);
    expect(await background.db.get('sessions', 'sess-1')).toMatchObject({ status: 'pending', start: iso(T0 + 78 * HOUR) });
  });

  it('moves a session not sent yet by its own queued write, edits its link, and never moves one cancelled', async () => {
    await connect();
    const made = await ask<{ id: string }>({
      type: 'records/schedule-session',
      session: { studentId: 'stu-1', start: iso(T0 + 48 * HOUR), plannedMinutes: 50, meetingUrl: '' },
    });
    await ask({
      type: 'sessions/move',
      sessionId: made.id,
      start: iso(T0 + 72 * HOUR),
      plannedMinutes: 60,
      meetingUrl: 'https://meet.google.com/new-link-abc',
    });
    const writes = await background.db.getAll('outbox');
    expect(writes.map((item) => [item.endpoint, item.body])).toEqual([
      [
        'scheduleSession',
        { studentId: 'stu-1', start: iso(T0 + 72 * HOUR), plannedMinutes: 60, meetingUrl: 'https://meet.google.com/new-link-abc' },
      ],
    ]);
    await ask({ type: 'sessions/cancel', sessionId: made.id, by: 'student', reason: 'illness', cancelledAt: T0, comment: '' });
    await expect(ask({ type: 'sessions/move', sessionId: made.id, start: iso(T0 + 96 * HOUR), plannedMinutes: 50 })).rejects.toThrow(
      'read-only not-pending',
    );
  });

  it('moves a session in local mode without queuing anything', async () => {
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0 + 30 * HOUR) }));
    await ask({ type: 'sessions/move', sessionId: 'sess-1', start: iso(T0 + 40 * HOUR), plannedMinutes: 50, meetingUrl: '' });
    expect(await background.db.get('sessions', 'sess-1')).toMatchObject({ start: iso(T0 + 40 * HOUR), meetingUrl: null });
    expect(await background.db.getAll('outbox')).toEqual([]);
  });

  it('answers only Cadence’s pages; a draft past what Cadence keeps is refused whole, and the one before it stays', async () => {
    expect(await background.route({ type: 'report/open', sessionId: 'sess-1' }, FROM_MEET)).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    await save();
    expect(
      await background.route(
        {
          type: 'report/save-draft',
          sessionId: 'sess-1',
          editorId: EDITOR,
          baseRevision: 1,
          fields: fields({ summary: 'x'.repeat(DRAFT_TEXT_MAX + 1) }),
        },
        FROM_WORKSPACE,
      ),
    ).toEqual({ ok: false, error: { code: 'invalid-message' } });
    expect((await open()).draft.summary).toBe(fields().summary);
  });

  it('keeps a 200 KB report whole, and ends it in local mode', async () => {
    const long = `${'Awa walked me through her flexbox layout. '.repeat(4_800)}The end.`;
    expect(long.length).toBeGreaterThan(200_000);
    await save({ summary: long, skillEvaluations: [{ skill: 'CSS flexbox', level: 3, comment: 'y'.repeat(600) }] });
    expect((await open()).toPlatform).toBe(false);
    expect(await end()).toMatchObject({ ended: true, view: { delivery: { state: 'saved-locally' } } });
    expect((await open()).draft.summary).toBe(long);
  });

  it("keeps it whole when connected too, but will not end it past the platform's limits, and queues nothing", async () => {
    await connect();
    await save({ summary: 'x'.repeat(200_000), skillEvaluations: [{ skill: 'CSS flexbox', level: 3, comment: 'y'.repeat(600) }] });
    expect((await open()).toPlatform).toBe(true);
    expect(await end()).toEqual({
      ended: false,
      problems: [
        { field: 'summary', kind: 'too-long' },
        { field: 'skill-0', kind: 'comment-too-long' },
      ],
    });
    expect((await open()).draft.summary).toHaveLength(200_000);
    expect(await reportWrites()).toEqual([]);
  });
});
