import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { DEFAULT_PHASE_WEIGHTS } from '@/utils/core/agenda/phases';
import { planAgenda } from '@/utils/core/agenda/plan-agenda';
import { createCallTabs } from '@/utils/background/calls/call-tabs';
import { openCadenceDb } from '@/utils/background/db/cadence-db';
import type { Reply } from '@/utils/protocol/ui-to-background';
import type { LiveSession } from '@/utils/core/session/live-session';
import { createSessionStore } from '@/utils/background/stores/session-store';
import { T0 } from './support/platform-records';
import { FROM_MEET, FROM_OPTIONS } from './support/test-router';

const CODE = 'abc-defg-hij';
const PLAN = { plannedMinutes: 50, phases: planAgenda(50, DEFAULT_PHASE_WEIGHTS) };
const MEET_TAB = FROM_MEET.tab.id;
const join = { type: 'live-session/join-call', meetingCode: CODE };
const callEnded = { type: 'live-session/call-ended', meetingCode: CODE };

/** The call tabs over a real session store, the browser's session storage as a map, a clock the test moves. */
async function setUp() {
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
  /** The mentor joins the call: the store starts its session, the panel's reply goes by. */
  const joinCall = async (sender: Runtime.MessageSender = FROM_MEET) => {
    const session = await store.joinCall(CODE, now, PLAN);
    await callTabs.noted(join, sender, { ok: true, value: session });
    return session;
  };
  return {
    store,
    callTabs,
    closedMidCall,
    joinCall,
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
    const { callTabs, joinCall, tabs, store } = await setUp();
    await joinCall();
    const ended = await store.callEnded(CODE, T0 + 50 * 60_000);
    await callTabs.noted(callEnded, FROM_MEET, { ok: true, value: ended });
    expect(tabs()).toEqual({});
  });

  it.each<[string, unknown, Runtime.MessageSender, Reply<unknown>]>([
    ['a refused join', join, FROM_MEET, { ok: false, error: { code: 'internal' } }],
    ['a join that starts no session (ended by hand moments ago)', join, FROM_MEET, { ok: true, value: null }],
    ['a join from a page with no tab', join, FROM_OPTIONS, { ok: true, value: { id: 'live-1' } }],
    ['a join without a meeting code', { type: 'live-session/join-call' }, FROM_MEET, { ok: true, value: { id: 'live-1' } }],
    ['another message', { type: 'live-session/get', meetingCode: CODE }, FROM_MEET, { ok: true, value: { id: 'live-1' } }],
    ['no message at all', undefined, FROM_MEET, { ok: true, value: null }],
  ])('records nothing for %s', async (_, message, sender, reply) => {
    const { callTabs, tabs } = await setUp();
    await callTabs.noted(message, sender, reply);
    expect(tabs()).toEqual({});
  });

  it('keeps the tab when a call-ended reply fails', async () => {
    const { callTabs, joinCall, tabs } = await setUp();
    await joinCall();
    await callTabs.noted(callEnded, FROM_MEET, { ok: false, error: { code: 'internal' } });
    expect(tabs()).toEqual({ [MEET_TAB]: CODE });
  });

  it('keeps the other tabs’ calls', async () => {
    const { callTabs, joinCall, tabs } = await setUp();
    await callTabs.noted({ type: 'live-session/join-call', meetingCode: 'xyz-abcd-efg' }, { ...FROM_MEET, tab: { ...FROM_MEET.tab, id: 9 } }, {
      ok: true,
      value: { id: 'other' },
    });
    await joinCall();
    await callTabs.noted(callEnded, FROM_MEET, { ok: true, value: null });
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
    const { callTabs, closedMidCall, joinCall, setNow, store, tabs } = await setUp();
    const session = (await joinCall())!;
    await store.end(session.id, 'mentor', T0 + 30 * 60_000);
    const shown = await store.callEnded(CODE, T0 + 30 * 60_000 + 2_000);
    await callTabs.noted(callEnded, FROM_MEET, { ok: true, value: shown });
    expect(tabs()).toEqual({});
    setNow(T0 + 30 * 60_000 + 5_000);
    const resumed = await store.resume(session.id, T0 + 30 * 60_000 + 5_000);
    await callTabs.noted({ type: 'live-session/resume', sessionId: session.id }, FROM_MEET, { ok: true, value: resumed });
    expect(tabs()).toEqual({ [MEET_TAB]: CODE });
    setNow(T0 + 50 * 60_000);
    await callTabs.closed(MEET_TAB);
    expect(closedMidCall).toEqual([await store.get(session.id)]);
    expect(closedMidCall[0]).toMatchObject({ endedAt: T0 + 50 * 60_000, endReason: 'call-ended' });
  });

  it('asks nothing for a tab closed after Meet said the call ended', async () => {
    const { callTabs, closedMidCall, joinCall, store } = await setUp();
    await joinCall();
    const ended = await store.callEnded(CODE, T0 + 50 * 60_000);
    await callTabs.noted(callEnded, FROM_MEET, { ok: true, value: ended });
    await callTabs.closed(MEET_TAB);
    expect(closedMidCall).toEqual([]);
  });
});
