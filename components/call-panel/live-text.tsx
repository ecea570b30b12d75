import { effect, type ReadonlySignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';

interface Props {
  text: ReadonlySignal<string>;
  class: string;
  testId?: string;
}

/**
 * A text that follows its signal in the same turn as the signal changes. Preact's own binding of a
 * signal as text writes it two microtasks later: on Meet's page, where the panel's clock ticks once
 * a second, that is two more callbacks a second for the page to run, for nothing.
 */
export function LiveText({ text, class: className, testId }: Props) {
  const element = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    // One text node, its data changed in place: no node made or dropped each second.
    const node = element.current!.appendChild(document.createTextNode(''));
    const stop = effect(() => {
      if (node.data !== text.value) node.data = text.value;
    });
    return () => {
      stop();
      node.remove();
    };
  }, [text]);
  return <span ref={element} class={className} data-testid={testId} />;
}
