import { effect } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { SecondClock } from './model';

interface Props {
  /** The text at a moment; the signals it reads (the agenda's shape) redraw it when they change. */
  text: (at: number) => string;
  clock: SecondClock;
  class?: string;
  testId?: string;
}

/**
 * A text that changes each second, written by the panel's one timer straight into its text node:
 * no signal, computed value or effect runs for a second, only for a change of shape.
 */
export function LiveText({ text, clock, class: className, testId }: Props) {
  const element = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const box = element.current!;
    // One text node, its data changed in place: no node made or dropped each second.
    const node = box.appendChild(document.createTextNode(''));
    const write = () => {
      const value = text(clock.now());
      if (node.data !== value) node.data = value;
    };
    const stopFollowingShape = effect(write);
    const stopSeconds = clock.onSecond(write);
    return () => {
      stopFollowingShape();
      stopSeconds();
      node.remove();
    };
  }, [text, clock]);
  return <span ref={element} class={className} data-testid={testId} />;
}
