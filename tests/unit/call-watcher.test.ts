import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallWatch } from '../../utils/meet/call-watcher';
import { watchCallState } from '../../utils/meet/call-watcher';
import { showFixtureView } from './support/meet-fixture-views';

describe('watchCallState', () => {
  let controller: AbortController;
  let seen: CallWatch[];

  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    seen = [];
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  /** The states reported, each run of the same state once. */
  const states = () => seen.map((w) => w.state).filter((state, i, all) => state !== all[i - 1]);
  const watch = () => watchCallState(document, controller.signal, (w) => seen.push(w), () => Date.now());

  it('reports the call joined and left, each after the reading settles', async () => {
    showFixtureView('meet-fr', 'lobby');
    watch();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(seen.at(-1)?.state).toBe('lobby');

    // Seen at the next reading (within a second), then held 1.5 s.
    showFixtureView('meet-fr', 'in-call');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen.at(-1)?.state).toBe('lobby');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(seen.at(-1)).toEqual({ state: 'in-call', participants: 1 });

    showFixtureView('meet-fr', 'ended');
    await vi.advanceTimersByTimeAsync(2_500);
    expect(seen.at(-1)?.state).toBe('ended');
    expect(states()).toEqual(['unknown', 'lobby', 'in-call', 'ended']);
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
    expect(states()).toEqual(['unknown', 'in-call']);
  });

  it('counts the student joining the call', async () => {
    showFixtureView('meet-en', 'in-call');
    watch();
    await vi.advanceTimersByTimeAsync(2_000);
    const tile = document.createElement('div');
    tile.dataset.participantId = 'devices/202';
    document.body.append(tile);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen.at(-1)).toEqual({ state: 'in-call', participants: 2 });
  });

  it('stops reading the page once aborted', async () => {
    showFixtureView('meet-en', 'lobby');
    watch();
    await vi.advanceTimersByTimeAsync(2_000);
    controller.abort();
    showFixtureView('meet-en', 'in-call');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen.at(-1)?.state).toBe('lobby');
    expect(vi.getTimerCount()).toBe(0);
  });
});
