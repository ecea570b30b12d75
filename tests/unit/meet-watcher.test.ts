import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallState } from '@/utils/meet/call-state';
import { SETTLE_MS } from '@/utils/meet/call-state';
import { readMeetSidePanel } from '@/utils/meet/meet-side-panel';
import { createMeetWatcher, type MeetWatcher } from '@/utils/meet/meet-watcher';
import { showFixtureView, showPresenting } from './support/meet-fixture-views';

/** What Meet does when the mentor opens its chat or people panel: the button says pressed. */
const pressPanelButton = (panel: 'chat' | 'people', pressed = true) =>
  document.querySelector(`[data-fixture-panel="${panel}"]`)!.setAttribute('aria-pressed', String(pressed));

describe('reading Meet’s own side panel', () => {
  it.each(['meet-en', 'meet-fr', 'meet-de'] as const)('%s: closed, then chat or people open, whatever the language', (fixture) => {
    showFixtureView(fixture, 'in-call');
    expect(readMeetSidePanel(document)).toBe(false);
    pressPanelButton('chat');
    expect(readMeetSidePanel(document)).toBe(true);
    pressPanelButton('chat', false);
    pressPanelButton('people');
    expect(readMeetSidePanel(document)).toBe(true);
  });

  it('has nothing to read where there is no control bar, or on a Meet whose markup changed', () => {
    showFixtureView('meet-en', 'lobby');
    expect(readMeetSidePanel(document)).toBeNull();
    showFixtureView('meet-renamed', 'in-call');
    expect(readMeetSidePanel(document)).toBeNull();
  });
});

describe('createMeetWatcher', () => {
  let states: CallState[];
  let panels: boolean[];
  let presenting: boolean[];
  let watcher: MeetWatcher;

  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
    panels = [];
    presenting = [];
  });
  afterEach(() => {
    watcher?.stop();
    vi.useRealTimers();
  });

  const watch = () => {
    watcher = createMeetWatcher(document, {
      onCallState: (s) => states.push(s),
      onSidePanel: (open) => panels.push(open),
      onPresenting: (value) => presenting.push(value),
    });
    return watcher;
  };
  /** The panel's one timer: a reading every second. */
  const seconds = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await vi.advanceTimersByTimeAsync(1_000);
      watcher.read();
    }
  };

  it('shows the lobby from the first reading, with no "not detected" before it', () => {
    showFixtureView('meet-en', 'lobby');
    watch().read();
    expect(states).toEqual(['lobby']);
    expect(panels).toEqual([false]);
  });

  it('looks for 4 s on a page it cannot read before saying so, and never says ended', async () => {
    showFixtureView('meet-renamed', 'lobby');
    watch().read();
    expect(states).toEqual(['looking']);
    await seconds(3);
    expect(states).toEqual(['looking']);
    await seconds(1);
    expect(states).toEqual(['looking', 'unknown']);
    showFixtureView('meet-renamed', 'ended');
    await seconds(10);
    expect(states).toEqual(['looking', 'unknown']);
  });

  it('takes the call when it shows up while still looking, at once', async () => {
    document.body.replaceChildren();
    watch().read();
    await seconds(2);
    showFixtureView('meet-fr', 'in-call');
    await seconds(1);
    expect(states).toEqual(['looking', 'in-call']);
  });

  it('runs no timer of its own while nothing is pending, and one timeout to settle a change at its exact time', async () => {
    showFixtureView('meet-en', 'lobby');
    watch().read();
    expect(vi.getTimerCount()).toBe(0);
    showFixtureView('meet-en', 'in-call');
    await vi.advanceTimersByTimeAsync(300);
    watcher.read();
    expect(vi.getTimerCount()).toBe(1);
    // Settled by its timeout, 1.5 s after the first reading, between the caller's readings.
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(states).toEqual(['lobby', 'in-call']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('follows Meet’s panel opening and closing, and keeps it open while the control bar is re-rendered', async () => {
    showFixtureView('meet-de', 'in-call');
    watch().read();
    pressPanelButton('people');
    await seconds(1);
    expect(panels).toEqual([false, true]);
    const bar = document.querySelector('[data-fixture="control-bar"]')!;
    bar.remove();
    await seconds(2);
    document.body.append(bar);
    await seconds(1);
    expect(panels).toEqual([false, true]);
    pressPanelButton('people', false);
    await seconds(1);
    expect(panels).toEqual([false, true, false]);
    expect(states).toEqual(['in-call']);
  });

  it('says the panel is closed once the call is over', async () => {
    showFixtureView('meet-en', 'in-call');
    watch().read();
    pressPanelButton('chat');
    await seconds(1);
    showFixtureView('meet-en', 'ended');
    await seconds(3);
    expect(states).toEqual(['in-call', 'ended']);
    expect(panels).toEqual([false, true, false]);
  });

  it('tells nothing more once stopped, and leaves no timer behind', async () => {
    showFixtureView('meet-en', 'lobby');
    watch().read();
    showFixtureView('meet-en', 'in-call');
    watcher.read();
    watcher.stop();
    expect(vi.getTimerCount()).toBe(0);
    watcher.read();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(states).toEqual(['lobby']);
  });
});

describe("the Meet watcher on the panel's one timer", () => {
  let controller: AbortController;
  let seen: CallState[];

  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    seen = [];
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  /** As the panel mounts it: one reading now, then one a second on its own timer, until it leaves. */
  const watch = () => {
    const watcher = createMeetWatcher(
      document,
      { onCallState: (state) => seen.push(state), onSidePanel: () => {}, onPresenting: () => {} },
      () => Date.now(),
    );
    const poll = setInterval(watcher.read, 1_000);
    controller.signal.addEventListener('abort', () => {
      clearInterval(poll);
      watcher.stop();
    });
    watcher.read();
  };

  it('reports the call joined and left, each after the reading settles', async () => {
    showFixtureView('meet-fr', 'lobby');
    watch();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(seen.at(-1)).toBe('lobby');

    // Seen at the next reading (within a second), then held 1.5 s.
    showFixtureView('meet-fr', 'in-call');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen.at(-1)).toBe('lobby');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(seen.at(-1)).toBe('in-call');

    showFixtureView('meet-fr', 'ended');
    await vi.advanceTimersByTimeAsync(2_500);
    expect(seen.at(-1)).toBe('ended');
    expect(seen).toEqual(['lobby', 'in-call', 'ended']);
  });

  it('keeps the call through a control bar that vanishes for a moment', async () => {
    showFixtureView('meet-en', 'in-call');
    watch();
    await vi.advanceTimersByTimeAsync(2_000);
    const bar = document.querySelector('[data-fixture="control-bar"]')!;
    bar.remove();
    await vi.advanceTimersByTimeAsync(3_000);
    document.body.append(bar);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen).toEqual(['in-call']);
  });

  it('looks for the call while the page settles, and says it cannot tell only after 4 s', async () => {
    showFixtureView('meet-renamed', 'in-call');
    watch();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(seen).toEqual(['looking']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen).toEqual(['looking', 'unknown']);
  });

  it('stops reading the page once aborted', async () => {
    showFixtureView('meet-en', 'lobby');
    watch();
    await vi.advanceTimersByTimeAsync(2_000);
    controller.abort();
    showFixtureView('meet-en', 'in-call');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen.at(-1)).toBe('lobby');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('reading whether the mentor presents', () => {
  let presenting: boolean[];
  let watcher: MeetWatcher;
  beforeEach(() => {
    vi.useFakeTimers();
    presenting = [];
  });
  afterEach(() => {
    watcher?.stop();
    vi.useRealTimers();
  });
  const watch = () =>
    (watcher = createMeetWatcher(document, {
      onCallState: () => {},
      onSidePanel: () => {},
      onPresenting: (value) => presenting.push(value),
    }));
  const second = async () => {
    await vi.advanceTimersByTimeAsync(1_000);
    watcher.read();
  };

  it.each(['meet-en', 'meet-fr', 'meet-de'] as const)('%s: from Meet’s presenting icon, whatever the language', async (fixture) => {
    showFixtureView(fixture, 'in-call');
    watch().read();
    expect(presenting).toEqual([false]);
    showPresenting(fixture, true);
    await second();
    expect(presenting).toEqual([false, true]);
    showPresenting(fixture, false);
    await second();
    expect(presenting).toEqual([false, true, false]);
  });

  it('holds while Meet re-renders its control bar, and stops with the call', async () => {
    showFixtureView('meet-en', 'in-call');
    showPresenting('meet-en', true);
    watch().read();
    const bar = document.querySelector('[data-fixture="control-bar"]')!;
    const parent = bar.parentElement!;
    bar.remove();
    await second();
    parent.append(bar);
    await second();
    expect(presenting).toEqual([true]);
    showFixtureView('meet-en', 'ended');
    for (let i = 0; i < 3; i++) await second();
    expect(presenting).toEqual([true, false]);
  });

  it('sees no presentation where Meet’s markup is not the one it knows (the shade by hand remains)', async () => {
    showFixtureView('meet-renamed', 'in-call');
    watch().read();
    await second();
    expect(presenting).toEqual([false]);
  });
});
