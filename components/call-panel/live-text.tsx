import { effect } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { SecondClock } from './model';

interface Props {
  /** The text at a moment; the signals it reads (the agenda's shape) redraw it when they change. */
  text: (at: number) => string;
  /** A text of whole minutes: the time it counts at a moment (never less than 0). It is then written when a minute of it goes by, not each second. */
  counts?: (at: number) => number;
  clock: SecondClock;
  class?: string;
  testId?: string;
}

/**
 * A text that changes each second (or each minute), written by the panel's one timer straight into
 * its text node: no signal, computed value or effect runs for a second, only for a change of shape.
 */
export function LiveText({ text, counts, clock, class: className, testId }: Props) {
  const element = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const box = element.current!;
    // One text node, its data changed in place: no node made or dropped each second.
    const node = box.appendChild(document.createTextNode(''));
    /** When the text may next change: the next second, or the next minute of the time it counts. */
    let due = 0;
    const write = () => {
      const at = clock.now();
      const value = text(at);
      if (node.data !== value) node.data = value;
      due = counts ? at + 60_000 - (counts(at) % 60_000) : 0;
    };
    const stopFollowingShape = effect(write);
    const stopSeconds = clock.onSecond(() => void (clock.now() >= due && write()));
    return () => {
      stopFollowingShape();
      stopSeconds();
      node.remove();
    };
  }, [text, counts, clock]);
  return <span ref={element} class={className} data-testid={testId} />;
}
