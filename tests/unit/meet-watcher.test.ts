import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallState } from '@/utils/meet/call-state';
import { SETTLE_MS } from '@/utils/meet/call-state';
import { CALL_ENDED_SELECTOR, SYMBOL_ICON_SELECTOR } from '@/utils/meet/meet-selectors';
import { readMeetSidePanel } from '@/utils/meet/meet-side-panel';
import { createMeetWatcher, type MeetWatcher, PARTICIPANTS_EVERY_MS, QUICK_FOR_MS, READ_AT_REST_MS } from '@/utils/meet/meet-watcher';
import { createWakeTimer } from '@/components/call-panel/wake-timer';
import { fixtureTemplate, showFixtureView, showPresenting } from './support/meet-fixture-views';
import { createParticipantReader, WHOLE_PAGE_EVERY } from '@/utils/meet/meet-participants';

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
  let presences: string[];
  let presenting: boolean[];
  let watcher: MeetWatcher;

  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
    panels = [];
    presences = [];
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
      onPresence: (snapshot) => presences.push(`${snapshot.others}:${snapshot.count}`),
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

  it('runs no timer of its own, and asks to read a pending change again at its exact time', async () => {
    showFixtureView('meet-en', 'lobby');
    watch().read();
    showFixtureView('meet-en', 'in-call');
    await vi.advanceTimersByTimeAsync(QUICK_FOR_MS + 300);
    const seenAt = Date.now();
    watcher.read();
    expect(vi.getTimerCount()).toBe(0);
    // Due when it settles, 1.5 s after the reading that saw it, sooner than the next reading at rest.
    expect(watcher.nextReadAt()).toBe(seenAt + SETTLE_MS);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    watcher.read();
    expect(states).toEqual(['lobby', 'in-call']);
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

  it('reads who is in the call in the call only, and tells each change once', async () => {
    showFixtureView('meet-en', 'lobby');
    watch().read();
    await seconds(2);
    expect(presences).toEqual([]);
    showFixtureView('meet-en', 'in-call');
    // The call is taken once its reading held (1.5 s); its first reading of who is there comes with it.
    await seconds(3);
    expect(states).toEqual(['lobby', 'in-call']);
    expect(presences).toEqual(['no:0']);
    document.querySelector('[data-fixture="tiles"]')!.append(fixtureTemplate('meet-en', 'tile-student'));
    await seconds(6);
    document.querySelector('[data-fixture="student-tile"]')!.remove();
    await seconds(6);
    expect(presences).toEqual(['no:0', 'yes:1', 'no:0']);
  });

  it('reads who is in the call every third second, and at once on joining', async () => {
    showFixtureView('meet-en', 'in-call');
    // The tiles are searched in the page, or in the area that held them (see createParticipantReader).
    const inPage = vi.spyOn(document, 'querySelectorAll');
    const inArea = vi.spyOn(Element.prototype, 'querySelectorAll');
    const tileSearches = () =>
      [...inPage.mock.calls, ...inArea.mock.calls].filter(([selector]) => selector === '[data-participant-id]').length;
    try {
      watch().read();
      expect(presences).toEqual(['no:0']);
      expect(tileSearches()).toBe(1);
      document.querySelector('[data-fixture="tiles"]')!.append(fixtureTemplate('meet-en', 'tile-student'));
      await seconds(PARTICIPANTS_EVERY_MS / 1_000 - 1);
      expect(tileSearches()).toBe(1);
      await seconds(1);
      expect(tileSearches()).toBe(2);
      expect(presences).toEqual(['no:0', 'yes:1']);
      await seconds((PARTICIPANTS_EVERY_MS / 1_000) * 3);
      expect(tileSearches()).toBe(5);
    } finally {
      inPage.mockRestore();
      inArea.mockRestore();
    }
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

  let reads: number;
  /** As the panel mounts it: one reading now, then on its timer when the watcher says one is due, until it leaves. */
  const watch = () => {
    reads = 0;
    const watcher = createMeetWatcher(
      document,
      { onCallState: (state) => seen.push(state), onSidePanel: () => {}, onPresence: () => {}, onPresenting: () => {} },
      () => Date.now(),
    );
    const timer = createWakeTimer(
      (at) => {
        if (at >= watcher.nextReadAt()) {
          reads++;
          watcher.read();
        }
        return watcher.nextReadAt();
      },
      Date.now,
      controller.signal,
    );
    controller.signal.addEventListener('abort', () => watcher.stop());
    watcher.read();
    timer.wakeBy(watcher.nextReadAt());
    return { hurry: () => timer.wakeBy(watcher.hurry()) };
  };

  it('reads the page each second while it looks for the call and after the mentor acts on it, every few seconds at rest', async () => {
    showFixtureView('meet-renamed', 'in-call');
    const { hurry } = watch();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(seen).toEqual(['looking']);
    expect(reads).toBe(3);
    showFixtureView('meet-en', 'in-call');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen).toEqual(['looking', 'in-call']);
    reads = 0;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads).toBe(60_000 / READ_AT_REST_MS);
    // The mentor clicks on Meet's page (opens its chat, presents): the next reading comes within a
    // second, then one each second for a while, then at rest again.
    await vi.advanceTimersByTimeAsync(READ_AT_REST_MS - 1_000);
    reads = 0;
    hurry();
    await vi.advanceTimersByTimeAsync(1);
    expect(reads).toBe(1);
    await vi.advanceTimersByTimeAsync(QUICK_FOR_MS);
    expect(reads).toBe(1 + QUICK_FOR_MS / 1_000);
    reads = 0;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads).toBe(60_000 / READ_AT_REST_MS);
  });

  it('reports the call joined and left, each after the reading settles', async () => {
    showFixtureView('meet-fr', 'lobby');
    watch();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(seen.at(-1)).toBe('lobby');

    // Seen at the next reading, then held 1.5 s (joining is a click on Meet's page: it hurries the reading, see above).
    showFixtureView('meet-fr', 'in-call');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen.at(-1)).toBe('lobby');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(seen.at(-1)).toBe('in-call');

    // Unprompted (the call ended for all), it is seen at the next reading at rest, then held.
    showFixtureView('meet-fr', 'ended');
    await vi.advanceTimersByTimeAsync(READ_AT_REST_MS + 1_500);
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

  it('looks for a control bar drawn anew where the old one was, not in the whole page', async () => {
    showFixtureView('meet-en', 'in-call');
    watch();
    await vi.advanceTimersByTimeAsync(2_000);
    const bar = document.querySelector('[data-fixture="control-bar"]')!;
    const searches = [vi.spyOn(document, 'querySelector'), vi.spyOn(document, 'querySelectorAll')];
    // Meet draws its bar anew: another node, in the same place.
    bar.replaceWith(bar.cloneNode(true));
    await vi.advanceTimersByTimeAsync(1_000);
    const searched = searches.flatMap((search) => search.mock.calls.map(([selector]) => selector));
    expect(searched).not.toContain(SYMBOL_ICON_SELECTOR);
    expect(searched).not.toContain(CALL_ENDED_SELECTOR);
    expect(seen).toEqual(['in-call']);
    for (const search of searches) search.mockRestore();
    // The call's view gone, the whole page is read again: the end screen is seen.
    showFixtureView('meet-en', 'ended');
    await vi.advanceTimersByTimeAsync(READ_AT_REST_MS + 1_500);
    expect(seen).toEqual(['in-call', 'ended']);
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

describe('reading who is in the call', () => {
  const addStudent = (fixture: 'meet-en' | 'meet-fr' | 'meet-de' | 'meet-renamed' = 'meet-en') =>
    document.querySelector('[data-fixture="tiles"]')!.append(fixtureTemplate(fixture, 'tile-student'));

  it.each(['meet-en', 'meet-fr', 'meet-de'] as const)('%s: alone, then the student, gone and back, whatever the language', (fixture) => {
    showFixtureView(fixture, 'in-call');
    const read = createParticipantReader(document);
    expect(read()).toEqual({ others: 'no', count: 0 });
    addStudent(fixture);
    // Within the next whole-page search at the latest.
    const seen = Array.from({ length: WHOLE_PAGE_EVERY }, read);
    expect(seen.at(-1)).toEqual({ others: 'yes', count: 1 });
    document.querySelector('[data-fixture="student-tile"]')!.remove();
    expect(read()).toEqual({ others: 'no', count: 0 });
    addStudent(fixture);
    expect(Array.from({ length: WHOLE_PAGE_EVERY }, read).at(-1)).toEqual({ others: 'yes', count: 1 });
  });

  it('counts participants, not tiles: one drawn twice is one', () => {
    showFixtureView('meet-en', 'in-call');
    addStudent();
    const pictureInPicture = document.createElement('div');
    pictureInPicture.setAttribute('data-participant-id', 'devices/202');
    document.body.append(pictureInPicture);
    expect(createParticipantReader(document)()).toEqual({ others: 'yes', count: 1 });
  });

  it('says it cannot tell where the tiles carry no id, or Meet renamed them: never "nobody"', () => {
    showFixtureView('meet-en', 'in-call');
    addStudent();
    for (const tile of document.querySelectorAll('[data-participant-id]')) tile.removeAttribute('data-participant-id');
    expect(createParticipantReader(document)()).toEqual({ others: 'unknown', count: 0 });
    showFixtureView('meet-renamed', 'in-call');
    addStudent('meet-renamed');
    expect(createParticipantReader(document)()).toEqual({ others: 'unknown', count: 0 });
  });

  it('searches the whole page once in two readings, the tiles’ area the rest of the time', () => {
    showFixtureView('meet-en', 'in-call');
    addStudent();
    const read = createParticipantReader(document);
    const wholePage = vi.spyOn(document, 'querySelectorAll');
    for (let i = 0; i < 4 * WHOLE_PAGE_EVERY; i++) expect(read()).toEqual({ others: 'yes', count: 1 });
    expect(wholePage).toHaveBeenCalledTimes(4);
    wholePage.mockRestore();
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
      onPresence: () => {},
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
