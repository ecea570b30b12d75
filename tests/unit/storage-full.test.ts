// A full disk: the background says so in a way the pages recognise, and nothing already saved is lost.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logFailure, logUnhandledErrors } from '@/utils/background/log-unhandled-errors';
import { isStorageFull } from '@/utils/shared/storage-full';
import type { ReportFieldsInput } from '@/utils/protocol/page-to-background';
import type { Reply } from '@/utils/protocol/ui-to-background';
import type { LiveSession } from '@/utils/core/session/live-session';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { drainOutbox } from '@/utils/background/sync/outbox-drain';
import { onDisk } from './support/full-disk';
import { anAssignment, anOutboxItem, aSession, aStudent, iso, T0 } from './support/platform-records';
import { scriptedFetch } from './support/scripted-fetch';
import { FROM_MEET, FROM_OPTIONS, FROM_WORKSPACE, testBackground, type TestBackground } from './support/test-router';
import type { ReportView, WorkspaceView } from '@/utils/protocol/reply-views';

const DAY = 86_400_000;
const STORAGE_FULL = { ok: false, error: { code: 'storage-full' } };
const fields = (summary: string): ReportFieldsInput => ({
  attendance: { status: 'present', lateMinutes: 0 },
  summary,
  privateNotes: 'Tired: new job this week.',
  skillEvaluations: [],
});

describe('the background on a full disk', () => {
  let background: TestBackground;
  let disk: { full: boolean };
  let live: LiveSession;
  let errors: ReturnType<typeof vi.spyOn>;

  const send = (message: object, sender: object = FROM_WORKSPACE) => background.route(message, sender) as Promise<Reply<unknown>>;
  const ask = async <T>(message: object, sender?: object): Promise<T> => {
    const reply = await send(message, sender);
    if (!reply.ok) throw new Error(reply.error.code);
    return reply.value as T;
  };
  const saveDraft = (summary: string, baseRevision: number) =>
    send({ type: 'report/save-draft', sessionId: 'sess-1', editorId: crypto.randomUUID(), baseRevision, fields: fields(summary) });
  const openReport = () => ask<ReportView>({ type: 'report/open', sessionId: 'sess-1' });

  beforeEach(async () => {
    background = await testBackground({
      now: () => T0,
      settings: () => DEFAULT_AGENDA_SETTINGS,
      db: (real) => {
        const wrapped = onDisk(real);
        disk = wrapped.disk;
        return wrapped.db;
      },
    });
    errors = vi.spyOn(console, 'error');
    await background.db.put('students', aStudent());
    await background.db.put('sessions', aSession({ id: 'sess-0', start: iso(T0 - 7 * DAY), status: 'completed' }));
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0 - 3_600_000) }));
    await background.db.put('assignments', anAssignment({ id: 'a1' }));
    await background.db.put('meta', {
      key: 'connection',
      baseUrl: 'https://platform.example/api/v1',
      token: 't',
      mentorName: 'Nadia',
      needsReconnect: false,
      connectedAt: T0,
    });
    live = await ask<LiveSession>({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' }, FROM_MEET);
  });

  afterEach(() => {
    // A full disk is expected: handled, never logged as an error.
    expect(errors).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('refuses a report draft with "storage-full", keeps the draft saved before whole, and saves again once there is room', async () => {
    expect(await saveDraft('We rebuilt the header.', 0)).toMatchObject({ ok: true, value: { revision: 1 } });
    disk.full = true;
    expect(await saveDraft('We rebuilt the header. Then the footer.', 1)).toEqual(STORAGE_FULL);
    disk.full = false;
    expect((await openReport()).draft).toMatchObject({ summary: 'We rebuilt the header.', revision: 1 });
    expect(await saveDraft('We rebuilt the header. Then the footer.', 1)).toMatchObject({ ok: true, value: { revision: 2 } });
    expect((await openReport()).draft).toMatchObject({ summary: 'We rebuilt the header. Then the footer.', revision: 2 });
  });

  it('ends no session half-way: the report, the session and the write for the platform stay as they were', async () => {
    await saveDraft('We rebuilt the header.', 0);
    disk.full = true;
    expect(await send({ type: 'report/end', sessionId: 'sess-1' })).toEqual(STORAGE_FULL);
    disk.full = false;
    const view = await openReport();
    expect(view.draft).toMatchObject({ summary: 'We rebuilt the header.', revision: 1, ended: null });
    expect(view.session.status).toBe('pending');
    expect(await background.db.getAll('outbox')).toEqual([]);
  });

  it('refuses the work of the call (a review, a goal, the phase) with "storage-full" and keeps what was there', async () => {
    const note = { type: 'workspace/set-outcome', liveSessionId: live.id, assignmentId: 'a1', note: '' };
    await ask<WorkspaceView>({ ...note, outcome: 'aced' });
    disk.full = true;
    expect(await send({ ...note, outcome: 'not-done' })).toEqual(STORAGE_FULL);
    const goal = {
      kind: 'exercise',
      title: 'Grid course, part 2',
      url: '',
      estimatedMinutes: 60,
      skills: [],
      exerciseId: null,
      level: null,
    };
    expect(await send({ type: 'workspace/add-goal', liveSessionId: live.id, work: goal })).toEqual(STORAGE_FULL);
    expect(await send({ type: 'live-session/go-to-phase', sessionId: live.id, index: 1 }, FROM_MEET)).toEqual(STORAGE_FULL);
    const student = {
      id: null,
      name: 'Lina Haddad',
      pathName: 'Data analyst',
      projectName: '',
      mentorGuideUrl: '',
      timezone: 'UTC',
      weeklyHours: 5,
      level: 2,
    };
    expect(await send({ type: 'records/save-student', student }, FROM_OPTIONS)).toEqual(STORAGE_FULL);
    disk.full = false;
    const view = await ask<WorkspaceView>({ type: 'workspace/open', liveSessionId: live.id });
    expect(view.review.map((a) => a.review?.outcome)).toEqual(['aced']);
    expect(view.goals).toEqual([]);
    expect((await background.db.get('liveSessions', live.id))?.phaseChanges).toHaveLength(1);
    expect((await background.db.getAll('students')).map((s) => s.name)).toEqual(['Awa Diallo']);
  });

  it('keeps a write the platform received in the outbox when its receipt cannot be written, and sends it again under the same key', async () => {
    const item = anOutboxItem();
    await background.db.put('outbox', item);
    const canceled = aSession({ id: 'sess-1', start: iso(T0 - 3_600_000), status: 'canceled' });
    const platform = scriptedFetch([{ body: canceled }, { body: canceled }]);
    const deps = { db: background.db, fetch: platform.fetch, now: () => T0, random: () => 0.5, wakeAt: async () => {} };
    disk.full = true;
    await expect(drainOutbox(deps)).rejects.toSatisfy(isStorageFull);
    expect(await background.db.getAll('outbox')).toEqual([item]);
    expect((await background.db.get('sessions', 'sess-1'))?.status).toBe('pending');
    disk.full = false;
    expect(await drainOutbox(deps)).toEqual({ sent: 1, stopped: null });
    expect(platform.requests.map((r) => r.headers['Idempotency-Key'])).toEqual([item.id, item.id]);
    expect(await background.db.getAll('outbox')).toEqual([]);
    expect((await background.db.get('sessions', 'sess-1'))?.status).toBe('canceled');
  });
});

describe('a full disk, recognised', () => {
  afterEach(() => vi.restoreAllMocks());

  it('from IndexedDB and from extension storage, and nothing else', () => {
    expect(isStorageFull(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true);
    expect(isStorageFull(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isStorageFull(new DOMException('Transaction aborted', 'AbortError'))).toBe(false);
    expect(isStorageFull(new Error('broken'))).toBe(false);
    expect(isStorageFull('QuotaExceededError')).toBe(false);
  });

  it('is only a warning in the worker, even when a transaction left it unhandled', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const target = new EventTarget();
    logUnhandledErrors(target as unknown as typeof globalThis);
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const rejection = Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason: full });
    target.dispatchEvent(rejection);
    logFailure('sync', full);
    expect(rejection.defaultPrevented).toBe(true);
    expect(warnings.mock.calls).toEqual([
      ['Cadence: unhandled rejection (storage full)', full],
      ['Cadence: sync (storage full)', full],
    ]);
    expect(errors).not.toHaveBeenCalled();
    const broken = new Error('broken');
    logFailure('sync', broken);
    expect(errors.mock.calls).toEqual([['Cadence: sync', broken]]);
  });
});
