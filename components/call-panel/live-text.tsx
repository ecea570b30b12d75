import { effect } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { SecondClock } from './model';

interface Props {
  /** The text at a moment; the signals it reads (the agenda's shape) redraw it when they change. */
  text: (at: number) => string;
  clock: SecondClock;
  class: string;
  testId?: string;
}

/**
 * A text that changes each second, written by the panel's one timer straight into its text node:
 * no signal, computed value or effect runs for a second, only for a change of shape.
 *
 * Its box holds its own layout (size and layout containment, sized to its characters): a new
 * second re-lays out this box alone, not the panel around it, nor Meet's page under the panel.
 * The size changes only with the count of characters (10:00 → 9:59), a few times a session.
 */
export function LiveText({ text, clock, class: className, testId }: Props) {
  const element = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const box = element.current!;
    // One text node, its data changed in place: no node made or dropped each second.
    const node = box.appendChild(document.createTextNode(''));
    let length = -1;
    const write = () => {
      const value = text(clock.now());
      if (node.data === value) return;
      node.data = value;
      // Most seconds keep the count of characters: the box keeps its size, and its parent its layout.
      if (value.length !== length) {
        length = value.length;
        // Room for its characters in tabular figures: 1ch a digit or sign, half that a colon.
        box.style.width = `${length - (value.split(':').length - 1) / 2}ch`;
      }
    };
    const stopFollowingShape = effect(write);
    const stopSeconds = clock.onSecond(write);
    return () => {
      stopFollowingShape();
      stopSeconds();
      node.remove();
    };
  }, [text, clock]);
  return <span ref={element} class={`live-text ${className}`} data-testid={testId} />;
}
