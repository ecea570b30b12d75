import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PanelClock } from './model';

/** A text at a moment, and when it may next change (see `nextStep`; Infinity: only with its signals). */
export type TimedText = [text: string, changesAt: number];

interface Props {
  /** The text at a moment; the signals it reads (the agenda's shape) redraw it when they change. */
  text: (at: number) => TimedText;
  clock: PanelClock;
  class?: string;
  testId?: string;
}

/**
 * When a time shown in whole steps (seconds, minutes) next shows another: a time that counts up
 * (`ms` elapsed, shown rounded down) or down (`ms` left, shown rounded up, as a countdown does);
 * never less than 0.
 */
export function nextStep(at: number, ms: number, step: number, counts: 'up' | 'down'): number {
  const into = ms % step;
  return counts === 'up' ? at + step - into : at + (into || step);
}

/**
 * A text that changes with the time, written by the panel's clock straight into its text node when
 * it may change: no signal, computed value or effect runs for it, only for a change of shape.
 */
export function LiveText({ text, clock, class: className, testId }: Props) {
  const element = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const box = element.current!;
    // One text node, its data changed in place: no node made or dropped at each change.
    const node = box.appendChild(document.createTextNode(''));
    const stop = clock.follow(() => {
      const [value, changesAt] = text(clock.now());
      if (node.data !== value) node.data = value;
      return changesAt;
    });
    return () => {
      stop();
      node.remove();
    };
  }, [text, clock]);
  return <span ref={element} class={className} data-testid={testId} />;
}
