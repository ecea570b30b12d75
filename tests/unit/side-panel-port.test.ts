import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  holdSidePanelPort,
  type PortSource,
  type SidePanelPort,
  sidePanelPortName,
  watchSidePanelPorts,
} from '@/utils/protocol/side-panel-port';
import { fakeActiveTabs, fakePortPair } from './support/active-tabs';

const EXTENSION_ID = 'cadenceextensionid';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const CODE = 'abc-defg-hij';
const SIDE_PANEL = { id: EXTENSION_ID, url: `${ORIGIN}/sidepanel.html` };

describe("the side panel's end: a port held to the call's tab", () => {
  let lifetime: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    lifetime = new AbortController();
  });
  afterEach(() => {
    lifetime.abort();
    vi.useRealTimers();
  });

  it('asks a page that does not listen yet again after 1 s, 2 s, 4 s… up to 15 s, reading each error', async () => {
    const window = fakeActiveTabs('https://meet.google.com/abc-defg-hij', 4);
    window.deaf.add(4);
    const errors: unknown[] = [];
    holdSidePanelPort(window.tabs, 4, CODE, lifetime.signal, () => errors.push(window.readLastError()));
    const attemptsAfter = async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms);
      return window.ports.length;
    };
    expect(await attemptsAfter(0)).toBe(1);
    expect(await attemptsAfter(999)).toBe(1);
    expect(await attemptsAfter(1)).toBe(2);
    expect(await attemptsAfter(2_000)).toBe(3);
    expect(await attemptsAfter(4_000)).toBe(4);
    expect(await attemptsAfter(8_000)).toBe(5);
    expect(await attemptsAfter(15_000)).toBe(6);
    expect(await attemptsAfter(15_000)).toBe(7);
    expect(errors).toHaveLength(7);
    expect(errors.every((error) => typeof error === 'string')).toBe(true);
  });

  it('connects at once when the page has loaded, and then holds', async () => {
    const window = fakeActiveTabs('https://meet.google.com/abc-defg-hij', 4);
    window.deaf.add(4);
    holdSidePanelPort(window.tabs, 4, CODE, lifetime.signal, window.readLastError);
    await vi.advanceTimersByTimeAsync(0);
    window.deaf.delete(4);
    window.update(4, { status: 'complete' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(window.ports).toHaveLength(2);
    expect(window.openPorts()).toEqual([{ tabId: 4, name: sidePanelPortName(CODE) }]);
  });

  it("ignores other tabs' loads and the steps before a load completes", async () => {
    const window = fakeActiveTabs('https://meet.google.com/abc-defg-hij', 4);
    holdSidePanelPort(window.tabs, 4, CODE, lifetime.signal, window.readLastError);
    window.update(5, { status: 'complete' }, { active: false });
    window.update(4, { status: 'loading' });
    expect(window.ports).toHaveLength(1);
  });

  it('asks no more once it is let go, even with a retry waiting', async () => {
    const window = fakeActiveTabs('https://meet.google.com/abc-defg-hij', 4);
    window.deaf.add(4);
    holdSidePanelPort(window.tabs, 4, CODE, lifetime.signal, window.readLastError);
    await vi.advanceTimersByTimeAsync(0);
    lifetime.abort();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(window.ports).toHaveLength(1);
    expect(window.listening()).toBe(0);
  });
});

describe("the page's end: the panel steps aside while a side panel shows its call", () => {
  let lifetime: AbortController;
  let seen: boolean[];
  let connect: (port: SidePanelPort) => void;
  let listeners: number;
  beforeEach(() => {
    lifetime = new AbortController();
    seen = [];
    listeners = 0;
    const runtime: PortSource = {
      id: EXTENSION_ID,
      getURL: (path) => `${ORIGIN}${path}`,
      onConnect: {
        addListener: (listener) => {
          connect = listener;
          listeners++;
        },
        removeListener: () => listeners--,
      },
    };
    watchSidePanelPorts(runtime, CODE, lifetime.signal, (open) => seen.push(open));
  });
  afterEach(() => lifetime.abort());

  /** A side panel connects; returns its end. */
  const sidePanel = (sender: SidePanelPort['sender'] = SIDE_PANEL, name = sidePanelPortName(CODE)) => {
    const [near, far] = fakePortPair(name, sender);
    connect(far);
    return near;
  };

  it('steps aside when the side panel connects and comes back when it goes', () => {
    const side = sidePanel();
    expect(seen).toEqual([true]);
    side.disconnect();
    expect(seen).toEqual([true, false]);
  });

  it('stays aside until the last of two side panels goes (two windows on the same call)', () => {
    const first = sidePanel();
    const second = sidePanel();
    first.disconnect();
    expect(seen).toEqual([true]);
    second.disconnect();
    expect(seen).toEqual([true, false]);
  });

  it.each([
    ['another meeting', SIDE_PANEL, sidePanelPortName('xyz-abcd-efg')],
    ['another extension', { id: 'another-extension', url: 'chrome-extension://another-extension/sidepanel.html' }, sidePanelPortName(CODE)],
    ['another of our pages', { id: EXTENSION_ID, url: `${ORIGIN}/options.html` }, sidePanelPortName(CODE)],
    ['a content script', { ...SIDE_PANEL, tab: { id: 3 } }, sidePanelPortName(CODE)],
    ['a sender with neither id nor address', {}, sidePanelPortName(CODE)],
  ])('stays in view for a port from %s', (_, sender, name) => {
    const port = sidePanel(sender, name);
    expect(seen).toEqual([]);
    if (name === sidePanelPortName(CODE)) expect(port.closed).toBe(true);
  });

  it('comes back and lets go of every port when the page leaves the meeting or the extension goes', () => {
    const side = sidePanel();
    lifetime.abort();
    expect(seen).toEqual([true, false]);
    expect(side.closed).toBe(true);
    expect(listeners).toBe(0);
  });
});
