import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import type { LiveSession } from '@/utils/core/session/live-session';
import { type ActiveTabs, followActiveCall, listenToSessionNews, meetingCodeOfTab, watchActiveCall } from '@/components/side-panel/model';
import { fakeActiveTabs, fakeNewsSource } from './support/active-tabs';

const EXTENSION_ID = 'cadenceextensionid';
const LIVE_ID = '00000000-0000-4000-8000-000000000001';
const MEET = 'https://meet.google.com/abc-defg-hij';
const OTHER_MEET = 'https://meet.google.com/xyz-abcd-efg';
const ZOOM = 'https://zoom.us/j/123456789';
const NEWS = { type: 'live-session/changed', liveSessionId: LIVE_ID };
const T0 = Date.UTC(2026, 10, 30, 14, 0);

/** Lets pending promises settle. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('which call the side panel follows', () => {
  it.each([
    ['a Meet meeting', MEET, 'abc-defg-hij'],
    ['a Meet meeting with a trailing slash', `${MEET}/`, 'abc-defg-hij'],
    ['a Meet meeting with its query and fragment', `${MEET}?authuser=1&hs=122#x`, 'abc-defg-hij'],
    ["Meet's home page", 'https://meet.google.com/', null],
    ["Meet's landing page", 'https://meet.google.com/landing', null],
    ['another video tool', ZOOM, null],
    ['a look-alike host', 'https://meet.google.com.example.net/abc-defg-hij', null],
    ['Meet over plain HTTP', 'http://meet.google.com/abc-defg-hij', null],
    ["the browser's new tab", 'chrome://newtab/', null],
    ['a tab whose address the extension may not read', undefined, null],
  ])('%s → %s', (_, url, code) => {
    expect(meetingCodeOfTab({ url })).toBe(code);
  });

  it('follows nothing when the window has no active tab', () => {
    expect(meetingCodeOfTab(undefined)).toBeNull();
  });
});

describe('watching the active tab', () => {
  let lifetime: AbortController;
  let seen: (string | null)[];
  beforeEach(() => {
    lifetime = new AbortController();
    seen = [];
  });
  afterEach(() => lifetime.abort());

  it('reports the active tab at once, then each change of tab or page, and only changes', async () => {
    const window = fakeActiveTabs(MEET);
    watchActiveCall(window.tabs, (code) => seen.push(code), lifetime.signal);
    await flush();
    expect(seen).toEqual(['abc-defg-hij']);
    window.activate(ZOOM);
    await flush();
    window.navigate('https://docs.example.com/notes');
    await flush();
    window.activate(OTHER_MEET);
    await flush();
    window.navigate(OTHER_MEET);
    await flush();
    expect(seen).toEqual(['abc-defg-hij', null, 'xyz-abcd-efg']);
  });

  it('ignores pages loading in tabs the mentor is not looking at', async () => {
    const window = fakeActiveTabs(MEET);
    watchActiveCall(window.tabs, (code) => seen.push(code), lifetime.signal);
    await flush();
    window.navigate(ZOOM, { active: false });
    await flush();
    expect(seen).toEqual(['abc-defg-hij']);
  });

  it('keeps the latest reading when answers cross', async () => {
    const answers: ((tabs: { url?: string }[]) => void)[] = [];
    const window = fakeActiveTabs(MEET);
    const tabs: ActiveTabs = { ...window.tabs, query: () => new Promise((resolve) => answers.push(resolve)) };
    watchActiveCall(tabs, (code) => seen.push(code), lifetime.signal);
    window.activate(ZOOM);
    answers[1]!([{ url: ZOOM }]);
    await flush();
    answers[0]!([{ url: MEET }]);
    await flush();
    expect(seen).toEqual([null]);
  });

  it('follows nothing when the tabs cannot be read', async () => {
    const tabs: ActiveTabs = { ...fakeActiveTabs(MEET).tabs, query: () => Promise.reject(new Error('no window')) };
    watchActiveCall(tabs, (code) => seen.push(code), lifetime.signal);
    await flush();
    expect(seen).toEqual([null]);
  });

  it('stops listening when the side panel goes', async () => {
    const window = fakeActiveTabs(MEET);
    watchActiveCall(window.tabs, (code) => seen.push(code), lifetime.signal);
    await flush();
    lifetime.abort();
    expect(window.listening()).toBe(0);
  });
});

describe("the background's news", () => {
  it('is heard from the background only, and only when well formed', () => {
    const lifetime = new AbortController();
    const source = fakeNewsSource(EXTENSION_ID);
    const heard: string[] = [];
    listenToSessionNews(source.runtime, (id) => heard.push(id), lifetime.signal);
    source.deliver(NEWS);
    source.deliver(NEWS, { id: EXTENSION_ID, tab: { id: 7 } });
    source.deliver(NEWS, { id: 'another-extension' });
    source.deliver({ type: 'live-session/changed', liveSessionId: 'not-an-id' });
    source.deliver({ type: 'workspace/open', liveSessionId: LIVE_ID });
    expect(heard).toEqual([LIVE_ID]);
    lifetime.abort();
    expect(source.listening()).toBe(0);
  });
});

describe("the side panel's session", () => {
  let lifetime: AbortController;
  let sent: { type: string; meetingCode?: string | null }[];
  let send: typeof sendToBackground;
  const running: LiveSession = {
    id: LIVE_ID,
    meetingCode: 'abc-defg-hij',
    sessionId: null,
    startedAt: T0,
    plannedMinutes: 50,
    kind: 'weekly',
    phases: [{ key: 'check-in', name: 'phaseCheckIn', minutes: 50, checklist: [] }],
    phaseChanges: [{ index: 0, at: T0 }],
    checked: [],
    endedAt: null,
    endReason: null,
    updatedAt: T0,
  };

  beforeEach(() => {
    lifetime = new AbortController();
    sent = [];
    send = (async (message: { type: string }) => {
      sent.push(message);
      return { ok: true, value: message.type === 'live-session/for-call' ? running : { ...running, meetingCode: null } };
    }) as typeof sendToBackground;
  });
  afterEach(() => {
    lifetime.abort();
  });

  const follow = (url: string | undefined) => {
    const window = fakeActiveTabs(url);
    const news = fakeNewsSource(EXTENSION_ID);
    const followed = followActiveCall({
      send,
      tabs: window.tabs,
      runtime: news.runtime,
      readLastError: window.readLastError,
      now: () => T0,
      signal: lifetime.signal,
    });
    return { window, news, followed };
  };
  /** Follows the window's active tab once its first reading is in. */
  const followed = async (url: string | undefined) => {
    const following = follow(url);
    await flush();
    return following;
  };
  const reads = () => sent.filter((m) => m.type === 'live-session/for-call');

  it("on a Meet tab, reads that call's session, the one Meet's own panel shows", async () => {
    const { followed } = follow(MEET);
    await flush();
    expect(followed.value?.meetingCode).toBe('abc-defg-hij');
    expect(reads()).toEqual([{ type: 'live-session/for-call', meetingCode: 'abc-defg-hij' }]);
    expect(followed.value?.model.session.value?.id).toBe(LIVE_ID);
  });

  it('reads it again each time the background says a session changed', async () => {
    const { news } = follow(MEET);
    await flush();
    news.deliver(NEWS);
    await flush();
    news.deliver(NEWS, { id: EXTENSION_ID, tab: { id: 7 } });
    await flush();
    expect(reads()).toHaveLength(2);
  });

  it('stops following a call once the mentor has left its tab', async () => {
    const { window, news, followed } = follow(MEET);
    await flush();
    window.activate(ZOOM);
    await flush();
    expect(followed.value?.meetingCode).toBeNull();
    expect(news.listening()).toBe(0);
    news.deliver(NEWS);
    await flush();
    expect(reads()).toHaveLength(1);
  });

  it('stops listening when the side panel goes', async () => {
    const { window, news } = follow(MEET);
    await flush();
    lifetime.abort();
    expect(news.listening() + window.listening()).toBe(0);
  });

  it("holds a port to the call's page, named for its meeting, so that the page's panel steps aside", async () => {
    const { window } = await followed(MEET);
    expect(window.openPorts()).toEqual([{ tabId: 1, name: 'cadence/side-panel/abc-defg-hij' }]);
  });

  it('lets go of the page when the mentor moves to another tab, and holds the next call instead', async () => {
    const { window } = await followed(MEET);
    window.activate(ZOOM, 2);
    await flush();
    expect(window.openPorts()).toEqual([]);
    window.activate(OTHER_MEET, 3);
    await flush();
    expect(window.openPorts()).toEqual([{ tabId: 3, name: 'cadence/side-panel/xyz-abcd-efg' }]);
  });

  it('holds the tab the mentor is on when the same call is open in two', async () => {
    const { window } = await followed(MEET);
    window.activate(MEET, 2);
    await flush();
    expect(window.openPorts()).toEqual([{ tabId: 2, name: 'cadence/side-panel/abc-defg-hij' }]);
  });

  it('holds the page again once the call is reloaded in its tab', async () => {
    const { window } = await followed(MEET);
    window.reload();
    await flush();
    expect(window.ports).toHaveLength(2);
    expect(window.openPorts()).toEqual([{ tabId: 1, name: 'cadence/side-panel/abc-defg-hij' }]);
  });

  it('lets go of the page when the side panel goes', async () => {
    const { window } = await followed(MEET);
    lifetime.abort();
    expect(window.openPorts()).toEqual([]);
    expect(window.ports[0]!.far.closed).toBe(true);
  });

  it('opens no port beside a call on another tool', async () => {
    const { window } = await followed(ZOOM);
    expect(window.ports).toEqual([]);
  });

  it('elsewhere, reads nothing and lets the mentor start by hand, with no meeting', async () => {
    const { followed } = follow(ZOOM);
    await flush();
    expect(followed.value?.meetingCode).toBeNull();
    expect(sent).toEqual([]);
    await followed.value!.model.start();
    expect(sent[0]).toEqual({ type: 'live-session/start', meetingCode: null });
    // Then whose session it is, for the strip: the session just started, no meeting.
    expect(sent.slice(1)).toEqual([{ type: 'live-session/glance', meetingCode: null, liveSessionId: expect.any(String) }]);
  });

  it('keeps the session started by hand while the mentor goes from tab to tab', async () => {
    const { window, followed } = follow(ZOOM);
    await flush();
    const byHand = followed.value!.model;
    await byHand.start();
    window.activate(MEET);
    await flush();
    expect(followed.value?.model).not.toBe(byHand);
    window.activate('https://docs.example.com/notes');
    await flush();
    expect(followed.value?.model).toBe(byHand);
    expect(byHand.session.value?.meetingCode).toBeNull();
  });
});
