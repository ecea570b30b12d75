import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallState } from '../../utils/meet/call-state';
import { watchCallState } from '../../utils/meet/call-watcher';
import { showFixtureView } from './support/meet-fixture-views';

describe('watchCallState', () => {
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

  const watch = () => watchCallState(document, controller.signal, (state) => seen.push(state), () => Date.now());

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
