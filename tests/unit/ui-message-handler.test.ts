import { beforeEach, describe, expect, it } from 'vitest';
import { createUiMessageHandler } from '../../utils/background/ui-message-handler';
import { openCadenceDb } from '../../utils/db/cadence-db';
import type { LiveSession } from '../../utils/session/live-session';
import { createSessionStore, type SessionStore } from '../../utils/session/session-store';
import { DEFAULT_AGENDA_SETTINGS, type AgendaSettings } from '../../utils/settings/agenda-settings';

const ID = 'cadenceextensionid';
const ORIGIN = `chrome-extension://${ID}/`;
const T0 = Date.UTC(2026, 10, 30, 14, 0);
const fromMeet = {
  id: ID,
  url: 'https://meet.google.com/abc-defg-hij',
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
const fromOptions = { id: ID, url: `${ORIGIN}options.html` };

describe('the background message handler', () => {
  let now: number;
  let settings: AgendaSettings;
  let store: SessionStore;
  let handle: ReturnType<typeof createUiMessageHandler>;

  beforeEach(async () => {
    now = T0;
    settings = DEFAULT_AGENDA_SETTINGS;
    store = createSessionStore(await openCadenceDb());
    handle = createUiMessageHandler({
      store: async () => store,
      agendaSettings: async () => settings,
      now: () => now,
      extensionId: ID,
      extensionOrigin: ORIGIN,
    });
  });

  const join = async () => {
    const reply = await handle({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' }, fromMeet);
    if (!reply.ok) throw new Error(reply.error.code);
    return reply.value as LiveSession;
  };

  it('starts the session with the agenda from the settings', async () => {
    settings = { plannedMinutes: 60, weights: { 'check-in': 5, progress: 40, goals: 15 } };
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
    expect(await store.forCall('abc-defg-hij', now)).toBeNull();
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
    const full = {
      ...store,
      joinCall: async () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    };
    handle = createUiMessageHandler({
      store: async () => full,
      agendaSettings: async () => settings,
      now: () => now,
      extensionId: ID,
      extensionOrigin: ORIGIN,
    });
    expect(await handle({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' }, fromMeet)).toEqual({
      ok: false,
      error: { code: 'storage-full' },
    });
  });
});
