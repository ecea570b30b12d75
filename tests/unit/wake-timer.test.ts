import { describe, expect, it } from 'vitest';
import { createWakeTimer } from '@/components/call-panel/wake-timer';
import { manualTimers } from './support/manual-timers';

describe('the panel’s one timer', () => {
  const setUp = (wants: number[]) => {
    let now = 0;
    const wakes: number[] = [];
    const clock = manualTimers(() => now);
    const controller = new AbortController();
    const timer = createWakeTimer(
      (at) => {
        wakes.push(at);
        return wants.shift() ?? Infinity;
      },
      () => now,
      controller.signal,
      clock.timers,
    );
    const goTo = (at: number) => {
      now = at;
      clock.runDue();
    };
    return { timer, wakes, goTo, clock, controller };
  };

  it('wakes at the earliest moment asked, once, and then when its work asks next', () => {
    const { timer, wakes, goTo, clock } = setUp([60_000]);
    timer.wakeBy(3_000);
    timer.wakeBy(5_000);
    timer.wakeBy(1_000);
    expect(clock.nextAt()).toBe(1_000);
    goTo(1_000);
    goTo(59_999);
    expect(wakes).toEqual([1_000]);
    goTo(60_000);
    expect(wakes).toEqual([1_000, 60_000]);
  });

  it('sets no timer for what nothing asks, and does nothing once its lifetime ends', () => {
    const { timer, clock, controller, wakes, goTo } = setUp([5_000]);
    timer.wakeBy(Infinity);
    expect(clock.nextAt()).toBe(Infinity);
    timer.wakeBy(2_000);
    controller.abort();
    timer.wakeBy(1_000);
    goTo(10_000);
    expect(wakes).toEqual([]);
    expect(clock.nextAt()).toBe(Infinity);
  });
});
