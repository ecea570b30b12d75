import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { createCallTabs } from '@/utils/background/calls/call-tabs';
import { openCadenceDb } from '@/utils/background/db/cadence-db';
import { createLiveSessionHandlers } from '@/utils/background/handlers/live-session-handlers';
import type { LiveSession } from '@/utils/core/session/live-session';
import { createSessionStore, type SessionStore } from '@/utils/background/stores/session-store';
import { T0 } from './support/platform-records';
import { FROM_MEET } from './support/test-router';

const CODE = 'abc-defg-hij';
const MEET_TAB = FROM_MEET.tab.id;

/**
 * The call tabs over a real session store, the browser's session storage as a map, a clock the test
 * moves; the panel's words of joining and leaving arrive at the live session's handlers, as in the background.
 */
async function setUp(storeAs: (real: SessionStore) => SessionStore = (real) => real) {
  const store = createSessionStore(await openCadenceDb());
  let kept: Record<string, string> = {};
  let now = T0;
  const closedMidCall: LiveSession[] = [];
  const callTabs = createCallTabs({
    tabs: {
      getValue: async () => kept,
      setValue: async (value) => void (kept = value),
    },
    store: async () => store,
    now: () => now,
    onClosedMidCall: async (ended) => void closedMidCall.push(ended),
  });
  const handlers = createLiveSessionHandlers({
    store: async () => storeAs(store),
    agendaSettings: async () => DEFAULT_AGENDA_SETTINGS,
    now: () => now,
    notify: () => {},
    callTabs,
  });
  /** The mentor joins the call from a Meet tab. */
  const joinCall = (sender: Runtime.MessageSender = FROM_MEET, meetingCode = CODE) =>
    handlers['live-session/join-call']({ type: 'live-session/join-call', meetingCode }, sender);
  /** Meet shows its end screen in that tab. */
  const callEnded = (sender: Runtime.MessageSender = FROM_MEET) =>
    handlers['live-session/call-ended']({ type: 'live-session/call-ended', meetingCode: CODE }, sender);
  const resume = (sessionId: string) => handlers['live-session/resume']({ type: 'live-session/resume', sessionId }, FROM_MEET);
  return {
    store,
    callTabs,
    closedMidCall,
    joinCall,
    callEnded,
    resume,
    tabs: () => kept,
    setNow: (time: number) => void (now = time),
  };
}

describe('following which tab holds which call', () => {
  it('records the Meet tab once its call is joined', async () => {
    const { joinCall, tabs } = await setUp();
    await joinCall();
    expect(tabs()).toEqual({ [MEET_TAB]: CODE });
  });

  it('forgets the tab once Meet says the call ended', async () => {
    const { callEnded, joinCall, setNow, tabs } = await setUp();
    await joinCall();
    setNow(T0 + 50 * 60_000);
    await callEnded();
    expect(tabs()).toEqual({});
  });

  it('records nothing for a join the store refuses', async () => {
    const { joinCall, tabs } = await setUp((real) => ({ ...real, joinCall: async () => Promise.reject(new Error('disk')) }));
    await expect(joinCall()).rejects.toThrow('disk');
    expect(tabs()).toEqual({});
  });

  it("keeps the tab when the call's end could not be kept", async () => {
    let failing = false;
    const { callEnded, joinCall, tabs } = await setUp((real) => ({
      ...real,
      callEnded: async (...args) => (failing ? Promise.reject(new Error('disk')) : real.callEnded(...args)),
    }));
    await joinCall();
    failing = true;
    await expect(callEnded()).rejects.toThrow('disk');
    expect(tabs()).toEqual({ [MEET_TAB]: CODE });
  });

  it('keeps the other tabs’ calls', async () => {
    const { callEnded, joinCall, tabs } = await setUp();
    await joinCall({ ...FROM_MEET, tab: { ...FROM_MEET.tab, id: 9 } }, 'xyz-abcd-efg');
    await joinCall();
    await callEnded();
    expect(tabs()).toEqual({ 9: 'xyz-abcd-efg' });
  });
});

describe('a tab closed', () => {
  it('mid-call ends the session as the call’s end and asks for the report once', async () => {
    const { callTabs, closedMidCall, joinCall, setNow, store, tabs } = await setUp();
    const session = await joinCall();
    setNow(T0 + 40 * 60_000);
    await callTabs.closed(MEET_TAB);
    const ended = await store.get(session!.id);
    expect(ended).toMatchObject({ endedAt: T0 + 40 * 60_000, endReason: 'call-ended' });
    expect(closedMidCall).toEqual([ended]);
    expect(tabs()).toEqual({});
    // The browser tells of the closing again: nothing more.
    await callTabs.closed(MEET_TAB);
    expect(closedMidCall).toHaveLength(1);
  });

  it('asks nothing for a tab that was in no call', async () => {
    const { callTabs, closedMidCall, joinCall, store } = await setUp();
    const session = await joinCall();
    await callTabs.closed(MEET_TAB + 1);
    expect(closedMidCall).toEqual([]);
    expect((await store.get(session!.id))?.endedAt).toBeNull();
  });

  it.each([
    ['Meet’s end screen', 'call-ended'],
    ['the mentor, by hand', 'mentor'],
  ] as const)('asks nothing when the call was already ended by %s', async (_, reason) => {
    const { callTabs, closedMidCall, joinCall, setNow, store, tabs } = await setUp();
    const session = await joinCall();
    // The tab is still on record: the panel's word of the end never came.
    await store.end(session!.id, reason, T0 + 45 * 60_000);
    setNow(T0 + 47 * 60_000);
    await callTabs.closed(MEET_TAB);
    expect(closedMidCall).toEqual([]);
    expect(await store.get(session!.id)).toMatchObject({ endedAt: T0 + 45 * 60_000, endReason: reason });
    expect(tabs()).toEqual({});
  });

  it('ends a session the mentor ended and undid, even after Meet’s end screen showed in between', async () => {
    const { callEnded, callTabs, closedMidCall, joinCall, resume, setNow, store, tabs } = await setUp();
    const session = (await joinCall())!;
    await store.end(session.id, 'mentor', T0 + 30 * 60_000);
    setNow(T0 + 30 * 60_000 + 2_000);
    await callEnded();
    expect(tabs()).toEqual({});
    setNow(T0 + 30 * 60_000 + 5_000);
    await resume(session.id);
    expect(tabs()).toEqual({ [MEET_TAB]: CODE });
    setNow(T0 + 50 * 60_000);
    await callTabs.closed(MEET_TAB);
    expect(closedMidCall).toEqual([await store.get(session.id)]);
    expect(closedMidCall[0]).toMatchObject({ endedAt: T0 + 50 * 60_000, endReason: 'call-ended' });
  });

  it('asks nothing for a tab closed after Meet said the call ended', async () => {
    const { callEnded, callTabs, closedMidCall, joinCall, setNow } = await setUp();
    await joinCall();
    setNow(T0 + 50 * 60_000);
    await callEnded();
    await callTabs.closed(MEET_TAB);
    expect(closedMidCall).toEqual([]);
  });
});
