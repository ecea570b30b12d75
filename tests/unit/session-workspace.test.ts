import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkInput } from '@/utils/protocol/page-to-background';
import type { Reply } from '@/utils/protocol/ui-to-background';
import { emptyReportFields } from '@/utils/core/report/report-draft';
import type { LiveSession } from '@/utils/core/session/live-session';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { anAssignment, aSession, aStudent, iso, T0 } from './support/platform-records';
import { FROM_MEET, FROM_WORKSPACE, testBackground, type TestBackground } from './support/test-router';
import type { CallPreview, WorkspaceView } from '@/utils/protocol/reply-views';

const DAY = 86_400_000;
const work = (overrides: Partial<WorkInput> = {}): WorkInput => ({
  kind: 'exercise',
  title: 'Rebuild a magazine page with CSS grid',
  url: '',
  estimatedMinutes: 60,
  skills: ['CSS grid'],
  exerciseId: 'builtin-magazine-grid',
  level: 2,
  ...overrides,
});

describe('the session workspace in the background', () => {
  let now: number;
  let background: TestBackground;
  let live: LiveSession;

  const ask = async <T = WorkspaceView>(message: object, sender: object = FROM_WORKSPACE): Promise<T> => {
    const reply = (await background.route(message, sender)) as Reply<T>;
    if (!reply.ok) throw new Error(`${reply.error.code} ${reply.error.detail ?? ''}`);
    return reply.value;
  };
  const open = () => ask({ type: 'workspace/open', liveSessionId: live.id });
  const connect = () =>
    background.db.put('meta', {
      key: 'connection',
      baseUrl: 'https://platform.example/api/v1',
      token: 't',
      mentorName: 'Nadia',
      needsReconnect: false,
      connectedAt: T0,
    });

  beforeEach(async () => {
    now = T0;
    background = await testBackground({ now: () => now, settings: () => DEFAULT_AGENDA_SETTINGS });
    await background.db.put('students', aStudent());
    await background.db.put('students', aStudent({ id: 'stu-2', name: 'Bruno Keller' }));
    // Last week's session and this week's, on the same Meet link.
    await background.db.put('sessions', aSession({ id: 'sess-0', start: iso(T0 - 7 * DAY), status: 'completed' }));
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0 + 5 * 60_000) }));
    live = await ask<LiveSession>({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' }, FROM_MEET);
  });

  it('finds the student from the meeting code and lists last week’s assignments for review', async () => {
    await background.db.put('assignments', anAssignment({ id: 'a1', order: 1 }));
    await background.db.put('assignments', anAssignment({ id: 'a2', order: 2, title: 'Read the grid course, part 1' }));
    // Another student's work never shows.
    await background.db.put('assignments', anAssignment({ id: 'a3', studentId: 'stu-2' }));
    const view = await open();
    expect(view.session?.id).toBe('sess-1');
    expect(view.student?.name).toBe('Awa Diallo');
    expect(view.previous?.id).toBe('sess-0');
    expect(view.previousSummary).toBeNull();
    await background.db.put('reportDrafts', {
      ...emptyReportFields(),
      summary: 'Flexbox at last.',
      sessionId: 'sess-0',
      studentId: 'stu-1',
      revision: 1,
      savedAt: T0,
      ended: null,
      sent: null,
    });
    expect((await open()).previousSummary).toBe('Flexbox at last.');
    expect(view.review.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(view.goals).toEqual([]);
    expect((await background.db.get('liveSessions', live.id))?.sessionId).toBe('sess-1');
  });

  it('previews a call in the lobby: its session, the student, last session’s summary and the work to review', async () => {
    await background.db.put('assignments', anAssignment({ id: 'a1', order: 1 }));
    await background.db.put(
      'assignments',
      anAssignment({ id: 'a2', order: 2, kind: 'course-part', title: 'Read the grid course, part 1' }),
    );
    await background.db.put('assignments', anAssignment({ id: 'a3', studentId: 'stu-2' }));
    await background.db.put('reportDrafts', {
      ...emptyReportFields(),
      summary: '  Flexbox at last.  ',
      privateNotes: 'Tired this week.',
      sessionId: 'sess-0',
      studentId: 'stu-1',
      revision: 1,
      savedAt: T0,
      ended: null,
      sent: null,
    });
    const preview = await ask<CallPreview>({ type: 'workspace/preview', meetingCode: 'abc-defg-hij' });
    expect([preview.session?.id, preview.student?.name, preview.previous?.id]).toEqual(['sess-1', 'Awa Diallo', 'sess-0']);
    // Only what the student reads: the private notes stay out.
    expect(preview.previousSummary).toBe('Flexbox at last.');
    expect(JSON.stringify(preview)).not.toContain('Tired this week.');
    expect(preview.review.map((a) => [a.id, a.kind])).toEqual([
      ['a1', 'exercise'],
      ['a2', 'course-part'],
    ]);
    expect(preview.connected).toBe(false);
    // Nothing is written: the preview links no call.
    expect((await background.db.getAll('liveSessions')).map((l) => l.id)).toEqual([live.id]);
  });

  it('previews no session when none fits the call, and refuses a code Meet would not write', async () => {
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0 + 2 * DAY) }));
    const none = await ask<CallPreview>({ type: 'workspace/preview', meetingCode: 'zzz-zzzz-zzz' });
    expect([none.session, none.student, none.review]).toEqual([null, null, []]);
    // The same link finds its session even days ahead.
    expect((await ask<CallPreview>({ type: 'workspace/preview', meetingCode: 'abc-defg-hij' })).session?.id).toBe('sess-1');
    const refused = (await background.route({ type: 'workspace/preview', meetingCode: '<b>x</b>' }, FROM_WORKSPACE)) as Reply<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('falls back to the session nearest to now, and otherwise lets the mentor pick a student', async () => {
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0 + 5 * 60_000), meetingUrl: null }));
    expect((await open()).session?.id).toBe('sess-1');

    await background.db.delete('sessions', 'sess-1');
    await background.db.put('liveSessions', { ...live, sessionId: null });
    const unlinked = await open();
    expect(unlinked.session).toBeNull();
    const { students } = await ask<{ students: { id: string }[] }>({ type: 'workspace/candidates' });
    expect(students.map((s) => s.id)).toEqual(['stu-1', 'stu-2']);
    const picked = await ask({ type: 'workspace/link', liveSessionId: live.id, choice: { studentId: 'stu-2' } });
    expect(picked.student?.id).toBe('stu-2');
    expect(picked.session).toMatchObject({ studentId: 'stu-2', start: iso(T0), meetingUrl: 'https://meet.google.com/abc-defg-hij' });
  });

  it('keeps each outcome with its note, and work done unasked, in the student’s history', async () => {
    await background.db.put('assignments', anAssignment({ id: 'a1' }));
    await background.db.put('assignments', anAssignment({ id: 'a2', order: 2 }));
    await background.db.put('assignments', anAssignment({ id: 'a3', order: 3 }));
    await open();
    now += 60_000;
    await ask({ type: 'workspace/set-outcome', liveSessionId: live.id, assignmentId: 'a1', outcome: 'aced', note: 'Too easy' });
    await ask({ type: 'workspace/set-outcome', liveSessionId: live.id, assignmentId: 'a2', outcome: 'difficulties', note: '' });
    await ask({ type: 'workspace/set-outcome', liveSessionId: live.id, assignmentId: 'a3', outcome: 'not-done', note: '' });
    const view = await ask({
      type: 'workspace/add-unasked',
      liveSessionId: live.id,
      work: work({ title: 'A dark theme for the portfolio', exerciseId: null }),
      outcome: 'done',
      note: 'Nice surprise',
    });
    expect(view.review.map((a) => [a.title, a.review?.outcome, a.review?.note])).toEqual([
      ['Center a card with flexbox', 'aced', 'Too easy'],
      ['Center a card with flexbox', 'difficulties', ''],
      ['Center a card with flexbox', 'not-done', ''],
      ['A dark theme for the portfolio', 'done', 'Nice surprise'],
    ]);
    expect(view.review.every((a) => a.review?.sessionId === 'sess-1' && a.review.at === iso(T0 + 60_000))).toBe(true);
    // Clearing an outcome puts the assignment back to review.
    const cleared = await ask({ type: 'workspace/set-outcome', liveSessionId: live.id, assignmentId: 'a3', outcome: null, note: '' });
    expect(cleared.review.find((a) => a.id === 'a3')?.review).toBeNull();
  });

  it('says when work was not done in two of the last three sessions, and flags it to the platform once', async () => {
    const reviewedIn = (sessionId: string, daysAgo: number, outcome: 'done' | 'not-done') => ({
      outcome,
      note: '',
      sessionId,
      at: iso(T0 - daysAgo * DAY),
    });
    await background.db.put('assignments', anAssignment({ id: 'old', review: reviewedIn('sess-0', 7, 'not-done') }));
    await background.db.put('assignments', anAssignment({ id: 'a1' }));
    await open();
    expect((await open()).notDone.recurring).toBe(false);
    const view = await ask({ type: 'workspace/set-outcome', liveSessionId: live.id, assignmentId: 'a1', outcome: 'not-done', note: '' });
    expect(view.notDone).toMatchObject({ recurring: true, sessionsWithNotDone: 2 });

    await expect(ask({ type: 'workspace/flag-not-done', liveSessionId: live.id, note: '' })).rejects.toThrow('disconnected');
    await connect();
    await background.db.put('students', aStudent({ id: 'stu-1' }));
    const flagged = await ask({ type: 'workspace/flag-not-done', liveSessionId: live.id, note: 'Twice in three weeks' });
    expect(flagged.plan?.notDoneFlaggedAt).toBe(iso(now));
    await ask({ type: 'workspace/flag-not-done', liveSessionId: live.id, note: 'again' });
    const writes = (await background.db.getAll('outbox')).filter((item) => item.endpoint === 'flagStudent');
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({
      params: { studentId: 'stu-1' },
      body: { kind: 'work-not-done', sessionIds: ['sess-1', 'sess-0'], note: 'Twice in three weeks' },
    });
  });

  it('sets next week’s goals in order, edits and removes them, and they are next week’s review', async () => {
    await open();
    await ask({ type: 'workspace/add-goal', liveSessionId: live.id, work: work() });
    let view = await ask({
      type: 'workspace/add-goal',
      liveSessionId: live.id,
      work: work({ kind: 'course-part', title: 'Grid course, part 2', exerciseId: null, level: null, estimatedMinutes: 90 }),
    });
    expect(view.goals.map((g) => [g.title, g.estimatedMinutes])).toEqual([
      ['Rebuild a magazine page with CSS grid', 60],
      ['Grid course, part 2', 90],
    ]);
    expect(view.usedExerciseIds).toContain('builtin-magazine-grid');
    const [first, second] = view.goals;
    view = await ask({
      type: 'workspace/update-goal',
      liveSessionId: live.id,
      assignmentId: second!.id,
      work: work({ title: 'Grid course, parts 2 and 3', estimatedMinutes: 120 }),
    });
    view = await ask({ type: 'workspace/remove-goal', liveSessionId: live.id, assignmentId: first!.id });
    expect(view.goals.map((g) => g.title)).toEqual(['Grid course, parts 2 and 3']);
    // A goal is not reviewed in the session that set it.
    await expect(
      ask({ type: 'workspace/set-outcome', liveSessionId: live.id, assignmentId: second!.id, outcome: 'done', note: '' }),
    ).rejects.toThrow('read-only');

    // Next week, on the same link: the goal is there for review.
    await background.db.put('sessions', aSession({ id: 'sess-2', start: iso(T0 + 7 * DAY) }));
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0), status: 'completed' }));
    now = T0 + 7 * DAY;
    await ask({ type: 'live-session/end', sessionId: live.id }, FROM_MEET);
    now += 3 * 3_600_000;
    const nextWeek = await ask<LiveSession>({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' }, FROM_MEET);
    const next = await ask({ type: 'workspace/open', liveSessionId: nextWeek.id });
    expect(next.session?.id).toBe('sess-2');
    expect(next.review.map((a) => a.title)).toEqual(['Grid course, parts 2 and 3']);
  });

  it('ticks "Fix the day and time" in the call’s checklist once the date is fixed, and leaves an untick by hand alone', async () => {
    await open();
    const fixed = await ask({ type: 'workspace/fix-next-session', liveSessionId: live.id, start: iso(T0 + 7 * DAY), plannedMinutes: 50 });
    expect(fixed.live.checked).toContain('goals.next-date');
    expect((await background.db.get('liveSessions', live.id))?.checked).toContain('goals.next-date');
    // The mentor unticks it; moving the date again does not tick it back (it was done already).
    await ask({ type: 'live-session/set-checked', sessionId: live.id, itemId: 'goals.next-date', checked: false }, FROM_MEET);
    const moved = await ask({ type: 'workspace/fix-next-session', liveSessionId: live.id, start: iso(T0 + 8 * DAY), plannedMinutes: 50 });
    expect(moved.live.checked).not.toContain('goals.next-date');
    // A goal set ticks its own item.
    expect((await ask({ type: 'workspace/add-goal', liveSessionId: live.id, work: work() })).live.checked).toContain('goals.set-work');
  });

  it('gives work not done again next week in one action, linked to the first time, and once only', async () => {
    await background.db.put('assignments', anAssignment({ id: 'a1', url: 'https://example.org/flexbox' }));
    await background.db.put('assignments', anAssignment({ id: 'a2', title: 'Grid course, part 1', exerciseId: null }));
    await open();
    // Only after an outcome that leaves it unfinished.
    await expect(ask({ type: 'workspace/give-again', liveSessionId: live.id, assignmentId: 'a1' })).rejects.toThrow('read-only');
    await ask({ type: 'workspace/set-outcome', liveSessionId: live.id, assignmentId: 'a1', outcome: 'not-done', note: '' });
    await ask({ type: 'workspace/set-outcome', liveSessionId: live.id, assignmentId: 'a2', outcome: 'done', note: '' });
    await expect(ask({ type: 'workspace/give-again', liveSessionId: live.id, assignmentId: 'a2' })).rejects.toThrow('read-only');
    await ask({ type: 'workspace/give-again', liveSessionId: live.id, assignmentId: 'a1' });
    const view = await ask({ type: 'workspace/give-again', liveSessionId: live.id, assignmentId: 'a1' });
    expect(view.goals).toHaveLength(1);
    expect(view.goals[0]).toMatchObject({
      title: 'Center a card with flexbox',
      url: 'https://example.org/flexbox',
      exerciseId: 'ex-01',
      setInSessionId: 'sess-1',
      review: null,
      carriedOver: { fromId: 'a1', firstId: 'a1', times: 2 },
    });
    // Last week's row keeps its outcome.
    expect(view.review.find((a) => a.id === 'a1')?.review?.outcome).toBe('not-done');

    // Next week it is reviewed again; with difficulties, it may come back a third time, still linked to the first.
    await background.db.put('sessions', aSession({ id: 'sess-2', start: iso(T0 + 7 * DAY) }));
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0), status: 'completed' }));
    now = T0 + 7 * DAY;
    await ask({ type: 'live-session/end', sessionId: live.id }, FROM_MEET);
    now += 3 * 3_600_000;
    const nextWeek = await ask<LiveSession>({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' }, FROM_MEET);
    const next = await ask({ type: 'workspace/open', liveSessionId: nextWeek.id });
    const again = next.review[0]!;
    expect(again.carriedOver?.times).toBe(2);
    await ask({ type: 'workspace/set-outcome', liveSessionId: nextWeek.id, assignmentId: again.id, outcome: 'difficulties', note: '' });
    const third = await ask({ type: 'workspace/give-again', liveSessionId: nextWeek.id, assignmentId: again.id });
    expect(third.goals[0]?.carriedOver).toEqual({ fromId: again.id, firstId: 'a1', times: 3 });
  });

  it('fixes the next date in local mode without queuing anything, and moves it freely', async () => {
    await open();
    let view = await ask({ type: 'workspace/fix-next-session', liveSessionId: live.id, start: iso(T0 + 7 * DAY), plannedMinutes: 50 });
    expect(view.nextSession).toMatchObject({ start: iso(T0 + 7 * DAY), studentId: 'stu-1', status: 'pending' });
    expect(view.nextSessionMovable).toBe(true);
    const id = view.nextSession!.id;
    view = await ask({ type: 'workspace/fix-next-session', liveSessionId: live.id, start: iso(T0 + 8 * DAY), plannedMinutes: 45 });
    expect(view.nextSession).toMatchObject({ id, start: iso(T0 + 8 * DAY), plannedMinutes: 45 });
    expect(await background.db.getAll('outbox')).toEqual([]);
    expect(view.upcoming.map((s) => s.id)).toContain(id);
  });

  it('queues the next session for the platform once, moves it until it is sent, then refuses', async () => {
    await connect();
    await open();
    await ask({ type: 'workspace/fix-next-session', liveSessionId: live.id, start: iso(T0 + 7 * DAY), plannedMinutes: 50 });
    await ask({ type: 'workspace/fix-next-session', liveSessionId: live.id, start: iso(T0 + 8 * DAY), plannedMinutes: 50 });
    const [write, ...more] = await background.db.getAll('outbox');
    expect(more).toEqual([]);
    expect(write).toMatchObject({ endpoint: 'scheduleSession', body: { studentId: 'stu-1', start: iso(T0 + 8 * DAY) } });
    await background.db.put('outbox', { ...write!, attempts: 1 });
    await expect(
      ask({ type: 'workspace/fix-next-session', liveSessionId: live.id, start: iso(T0 + 9 * DAY), plannedMinutes: 50 }),
    ).rejects.toThrow('read-only already-sent');
    expect((await open()).nextSessionMovable).toBe(false);
  });

  it('keeps the mentor’s own exercises, and only theirs are editable', async () => {
    const saved = await ask<{ id: string }>({
      type: 'exercises/save-mine',
      exercise: {
        id: null,
        title: 'Fizzbuzz, three ways',
        instructions: 'Write it with a loop, with recursion, with a map.',
        skills: ['Loops and conditions'],
        level: 1,
        minutes: 30,
        paths: [],
        projects: [],
      },
    });
    expect(saved.id).toMatch(/^local-/);
    expect((await ask<{ mine: { title: string }[] }>({ type: 'exercises/list' })).mine.map((e) => e.title)).toEqual([
      'Fizzbuzz, three ways',
    ]);
    await expect(ask({ type: 'exercises/delete-mine', id: 'ex-01' })).rejects.toThrow('read-only');
    await ask({ type: 'exercises/delete-mine', id: saved.id });
    expect((await ask<{ mine: unknown[] }>({ type: 'exercises/list' })).mine).toEqual([]);
  });

  it('answers only Cadence’s pages: the Meet content script and forged requests get nothing', async () => {
    expect(await background.route({ type: 'workspace/open', liveSessionId: live.id }, FROM_MEET)).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await background.route({ type: 'workspace/add-goal', liveSessionId: live.id, work: { ...work(), title: '' } }, FROM_WORKSPACE),
    ).toEqual({ ok: false, error: { code: 'invalid-message' } });
    expect(
      await background.route(
        { type: 'workspace/add-goal', liveSessionId: live.id, work: work({ url: 'javascript:alert(1)' }) },
        FROM_WORKSPACE,
      ),
    ).toEqual({ ok: false, error: { code: 'invalid-message' } });
  });

  it('tells Cadence’s pages each time the call’s session changes', async () => {
    await ask({ type: 'live-session/go-to-phase', sessionId: live.id, index: 1 }, FROM_MEET);
    await ask({ type: 'live-session/for-call', meetingCode: 'abc-defg-hij' }, FROM_MEET);
    expect(background.notified).toEqual([live.id, live.id]);
  });
});
