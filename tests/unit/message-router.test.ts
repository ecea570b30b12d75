import { beforeEach, describe, expect, it } from 'vitest';
import type { LiveSession } from '@/utils/core/session/live-session';
import { DEFAULT_AGENDA_SETTINGS, readAgendaSettings, type AgendaSettings } from '@/utils/core/agenda/agenda-settings';
import { EXTENSION_ID, FROM_MEET as fromMeet, FROM_OPTIONS as fromOptions, testBackground } from './support/test-router';

const ID = EXTENSION_ID;
const T0 = Date.UTC(2026, 10, 30, 14, 0);

describe('the background message router', () => {
  let now: number;
  let settings: AgendaSettings;
  let background: Awaited<ReturnType<typeof testBackground>>;
  let handle: (typeof background)['route'];

  beforeEach(async () => {
    now = T0;
    settings = DEFAULT_AGENDA_SETTINGS;
    background = await testBackground({ now: () => now, settings: () => settings });
    handle = background.route;
  });

  const join = async () => {
    const reply = await handle({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' }, fromMeet);
    if (!reply.ok) throw new Error(reply.error.code);
    return reply.value as LiveSession;
  };

  it('starts the session with the agenda from the settings', async () => {
    // Saved before the kinds: the weekly split in minutes of the usual length.
    settings = readAgendaSettings({ plannedMinutes: 60, weights: { 'check-in': 5, progress: 40, goals: 15 } });
    const session = await join();
    expect(session.plannedMinutes).toBe(60);
    expect(session.phases.map((p) => p.minutes)).toEqual([5, 40, 15]);
  });

  it('moves phases, ticks items and ends the session for the mentor', async () => {
    const { id } = await join();
    now += 600_000;
    expect(await handle({ type: 'live-session/go-to-phase', sessionId: id, index: 1 }, fromMeet)).toMatchObject({
      ok: true,
      value: { phaseChanges: [{ index: 0 }, { index: 1, at: T0 + 600_000 }] },
    });
    expect(
      await handle({ type: 'live-session/set-checked', sessionId: id, itemId: 'progress.mentor-guide', checked: true }, fromMeet),
    ).toMatchObject({ ok: true, value: { checked: ['progress.mentor-guide'] } });
    expect(await handle({ type: 'live-session/end', sessionId: id }, fromOptions)).toMatchObject({
      ok: true,
      value: { endReason: 'mentor', endedAt: T0 + 600_000 },
    });
  });

  it.each([
    ['a web page', { id: ID, url: 'https://evil.example/', frameId: 0, tab: fromMeet.tab }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }],
    ['a Meet subframe', { ...fromMeet, frameId: 2 }],
  ])('refuses requests from %s and changes nothing', async (_, sender) => {
    const reply = await handle({ type: 'live-session/start', meetingCode: 'abc-defg-hij' }, sender);
    expect(reply).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await background.store.forCall('abc-defg-hij', now)).toBeNull();
  });

  it.each([
    ['no type', {}],
    ['an unknown type', { type: 'live-session/drop-all' }],
    ['a forged meeting code', { type: 'live-session/join-call', meetingCode: '../../etc' }],
    ['a huge meeting code', { type: 'live-session/join-call', meetingCode: 'a'.repeat(200_000) }],
    ['a forged session id', { type: 'live-session/end', sessionId: '<img src=x onerror=alert(1)>' }],
    ['a phase out of range', { type: 'live-session/go-to-phase', sessionId: crypto.randomUUID(), index: 99 }],
    ['a string', 'live-session/start'],
    ['null', null],
  ])('refuses a message with %s', async (_, message) => {
    expect(await handle(message, fromMeet)).toEqual({ ok: false, error: { code: 'invalid-message' } });
  });

  it('says so when the session is gone', async () => {
    const reply = await handle({ type: 'live-session/end', sessionId: crypto.randomUUID() }, fromMeet);
    expect(reply).toEqual({ ok: false, error: { code: 'not-found' } });
  });

  it('tells the mentor the disk is full instead of failing silently', async () => {
    const full = await testBackground({
      now: () => now,
      settings: () => settings,
      store: (real) => ({
        ...real,
        joinCall: async () => {
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        },
      }),
    });
    expect(await full.route({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' }, fromMeet)).toEqual({
      ok: false,
      error: { code: 'storage-full' },
    });
  });

  it('keeps the platform and the records away from the content script', async () => {
    for (const message of [
      { type: 'platform/overview' },
      { type: 'platform/connect', baseUrl: 'https://evil.example', token: 'x' },
      { type: 'data/export' },
      { type: 'data/wipe' },
    ]) {
      expect(await handle(message, fromMeet)).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await handle({ type: 'platform/overview' }, fromOptions)).toMatchObject({ ok: true });
  });

  it('refuses a platform address that is not https, but for this computer', async () => {
    for (const baseUrl of ['http://platform.example/api', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(await handle({ type: 'platform/test', baseUrl, token: 't' }, fromOptions)).toEqual({
        ok: false,
        error: { code: 'invalid-message' },
      });
    }
  });

  it.each([
    [
      'a session in year 0',
      { type: 'records/schedule-session', session: { studentId: 'x', start: '0000-01-01T10:00:00Z', plannedMinutes: 50, meetingUrl: '' } },
    ],
    [
      'a day February does not have',
      { type: 'records/schedule-session', session: { studentId: 'x', start: '2026-02-30T10:00:00Z', plannedMinutes: 50, meetingUrl: '' } },
    ],
    ['a session in year 275760', { type: 'sessions/reschedule', sessionId: 'x', start: '+275760-09-13T00:00:00Z', plannedMinutes: 50 }],
    [
      'a cancellation told past the last date a browser keeps',
      { type: 'sessions/cancel', sessionId: 'x', by: 'student', reason: 'illness', cancelledAt: 9e15, comment: '' },
    ],
    [
      'a transfer on "not a date"',
      { type: 'students/transfer', studentId: 'x', effectiveDate: 'not a date', reason: 'r', messageToStudent: '', handoffSummary: '' },
    ],
    [
      'a student in a time zone no browser knows',
      {
        type: 'records/save-student',
        student: {
          id: null,
          name: 'A',
          pathName: 'P',
          projectName: '',
          mentorGuideUrl: '',
          timezone: 'Mars/Olympus_Mons',
          weeklyHours: 5,
          level: 1,
        },
      },
    ],
  ])('refuses %s before anything is stored', async (_, message) => {
    expect(await handle(message, fromOptions)).toEqual({ ok: false, error: { code: 'invalid-message' } });
    expect(await background.db.count('sessions')).toBe(0);
    expect(await background.db.count('students')).toBe(0);
  });

  it('keeps what a page names __proto__ or constructor out of the records and out of every object', async () => {
    const student = {
      id: null,
      name: 'Ana',
      pathName: 'Web',
      projectName: '',
      mentorGuideUrl: '',
      timezone: 'Europe/Paris',
      weeklyHours: 5,
      level: 1,
    };
    const forged = JSON.parse(
      JSON.stringify({ type: 'records/save-student', student }).replace(
        '"id":null',
        '"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"id":null',
      ),
    );
    const reply = await handle(forged, fromOptions);
    expect(reply).toMatchObject({ ok: true, value: { name: 'Ana' } });
    const [saved] = await background.db.getAll('students');
    expect(Object.keys(saved!)).not.toContain('__proto__');
    expect(Object.getPrototypeOf(saved)).toBe(Object.prototype);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  describe("what follows a request, as its channel's table says", () => {
    const FROM_WORK_PAGE = { id: ID, url: `chrome-extension://${ID}/session-workspace.html`, frameId: 3, tab: fromMeet.tab };

    it.each([
      ['live-session/join-call', ['plan-follow-ups']],
      ['live-session/call-ended', ['settle-updates', 'plan-follow-ups']],
      ['live-session/go-to-phase', []],
      ['live-session/end', ['settle-updates', 'settle-updates-after-undo', 'plan-follow-ups']],
      ['live-session/resume', ['plan-follow-ups']],
    ])('%s: %j', async (type, steps) => {
      const { id } = await join();
      background.followed.length = 0;
      if (type === 'live-session/resume') await handle({ type: 'live-session/end', sessionId: id }, fromMeet);
      background.followed.length = 0;
      const reply = await handle({ type, sessionId: id, meetingCode: 'abc-defg-hij', index: 1 }, fromMeet);
      expect(reply.ok).toBe(true);
      expect(background.followed).toEqual(steps);
    });

    it('sends a session scheduled here at once, and brings the reminders and the badge up to date', async () => {
      const saved = await handle(
        {
          type: 'records/save-student',
          student: {
            id: null,
            name: 'Ada',
            pathName: 'Web',
            projectName: '',
            mentorGuideUrl: '',
            timezone: 'UTC',
            weeklyHours: 10,
            level: 2,
          },
        },
        fromOptions,
      );
      expect(saved.ok).toBe(true);
      expect(background.followed).toEqual(['plan-follow-ups']);
      background.followed.length = 0;
      const studentId = (saved as { value: { id: string } }).value.id;
      const session = { studentId, start: '2026-12-01T10:00:00Z', plannedMinutes: 60, meetingUrl: '' };
      expect(await handle({ type: 'records/schedule-session', session }, fromOptions)).toMatchObject({ ok: true });
      expect(background.followed).toEqual(['send-soon', 'plan-follow-ups']);
    });

    it('follows nothing after a read, a refusal or a request that failed', async () => {
      await handle({ type: 'records/list' }, fromOptions);
      await handle({ type: 'records/list' }, fromMeet);
      await handle({ type: 'live-session/end', sessionId: crypto.randomUUID() }, fromMeet);
      await handle({ type: 'report/save-draft', sessionId: 'nope' }, FROM_WORK_PAGE);
      expect(background.followed).toEqual([]);
    });
  });

  describe("the call's tab, recorded where the panel's word arrives", () => {
    const OTHER_TAB = { ...fromMeet, tab: { ...fromMeet.tab, id: 9 } };

    it('keeps the Meet tab in the call once joined, and forgets it once Meet says the call ended', async () => {
      await join();
      expect(background.callTabs()).toEqual({ [fromMeet.tab.id]: 'abc-defg-hij' });
      await handle({ type: 'live-session/call-ended', meetingCode: 'abc-defg-hij' }, fromMeet);
      expect(background.callTabs()).toEqual({});
    });

    it("keeps the other tabs' calls", async () => {
      await handle({ type: 'live-session/join-call', meetingCode: 'xyz-abcd-efg' }, OTHER_TAB);
      await join();
      await handle({ type: 'live-session/call-ended', meetingCode: 'abc-defg-hij' }, fromMeet);
      expect(background.callTabs()).toEqual({ 9: 'xyz-abcd-efg' });
    });

    it('puts the tab back in the call when the mentor undoes an end from it', async () => {
      const { id } = await join();
      await handle({ type: 'live-session/end', sessionId: id }, fromMeet);
      await handle({ type: 'live-session/call-ended', meetingCode: 'abc-defg-hij' }, fromMeet);
      expect(background.callTabs()).toEqual({});
      expect(await handle({ type: 'live-session/resume', sessionId: id }, fromMeet)).toMatchObject({ ok: true });
      expect(background.callTabs()).toEqual({ [fromMeet.tab.id]: 'abc-defg-hij' });
    });

    it('records no tab for a page that has none, nor for a join that starts no session', async () => {
      const { id } = await join();
      await handle({ type: 'live-session/end', sessionId: id }, fromMeet);
      await handle({ type: 'live-session/call-ended', meetingCode: 'abc-defg-hij' }, fromMeet);
      // Ended by hand moments ago: joining again starts nothing, and the tab is in no call.
      expect(await handle({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' }, OTHER_TAB)).toEqual({ ok: true, value: null });
      await handle({ type: 'live-session/resume', sessionId: id }, fromOptions);
      expect(background.callTabs()).toEqual({});
    });
  });
});
