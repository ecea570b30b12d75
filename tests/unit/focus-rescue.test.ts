import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepFocusWithin, RESCUE_DELAY_MS, rescueTarget } from '@/components/common/focus-rescue';

/** A panel like Cadence's: the phase at hand (its home), the moves between phases, a checklist. */
function panelMarkup(root: ParentNode & { append(...nodes: Node[]): void }) {
  const panel = document.createElement('aside');
  panel.innerHTML = `
    <h3 id="phase" tabindex="-1" data-focus-home>Progress</h3>
    <div class="phase-nav"><button id="previous">Previous phase</button><button id="next">Next phase</button></div>
    <fieldset><label><input id="tick" type="checkbox"> Tick</label></fieldset>
    <footer><button id="end">End the session</button></footer>`;
  root.append(panel);
  return panel;
}

const byId = (within: ParentNode, id: string) => within.querySelector<HTMLElement>(`#${id}`)!;

/** What Chrome does when the focused element is removed or disabled: focusout, with nowhere to go. */
const dropFocus = (element: Element) => element.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));

describe('where the focus goes when a redraw takes it away', () => {
  let panel: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    panel = panelMarkup(document.body);
  });

  it('moves to the other phase button when the one pressed is disabled, either way', () => {
    (byId(panel, 'previous') as HTMLButtonElement).disabled = true;
    expect(rescueTarget(byId(panel, 'previous'), panel)).toBe(byId(panel, 'next'));
    (byId(panel, 'previous') as HTMLButtonElement).disabled = false;
    (byId(panel, 'next') as HTMLButtonElement).disabled = true;
    expect(rescueTarget(byId(panel, 'next'), panel)).toBe(byId(panel, 'previous'));
  });

  it('goes back to a button enabled again once its action ran', () => {
    expect(rescueTarget(byId(panel, 'end'), panel)).toBe(byId(panel, 'end'));
  });

  it('goes to the view’s home when the element is gone, else to the first control', () => {
    const end = byId(panel, 'end');
    end.remove();
    expect(rescueTarget(end, panel)).toBe(byId(panel, 'phase'));
    byId(panel, 'phase').removeAttribute('data-focus-home');
    expect(rescueTarget(end, panel)).toBe(byId(panel, 'previous'));
  });
});

describe('keeping the focus within the panel', () => {
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it('puts the focus on the phase at hand when the button pressed is removed, inside a shadow root too', () => {
    const host = document.createElement('cadence-panel');
    document.body.append(host);
    const panel = panelMarkup(host.attachShadow({ mode: 'open' }));
    stop = keepFocusWithin(panel);
    const end = byId(panel, 'end');
    end.focus();
    dropFocus(end);
    end.closest('footer')!.remove();
    vi.advanceTimersByTime(RESCUE_DELAY_MS);
    expect(host.shadowRoot!.activeElement).toBe(byId(panel, 'phase'));
  });

  it('moves to "Previous phase" when "Next phase" is disabled on the last phase', () => {
    const panel = panelMarkup(document.body);
    stop = keepFocusWithin(panel);
    const next = byId(panel, 'next') as HTMLButtonElement;
    next.focus();
    next.blur();
    next.disabled = true;
    dropFocus(next);
    vi.advanceTimersByTime(RESCUE_DELAY_MS);
    expect(document.activeElement).toBe(byId(panel, 'previous'));
  });

  it('leaves the focus where the redraw’s own code put it', () => {
    const panel = panelMarkup(document.body);
    stop = keepFocusWithin(panel);
    const end = byId(panel, 'end');
    end.focus();
    dropFocus(end);
    end.remove();
    byId(panel, 'tick').focus();
    vi.advanceTimersByTime(RESCUE_DELAY_MS);
    expect(document.activeElement).toBe(byId(panel, 'tick'));
  });

  it('never takes the focus back from where the mentor moved it', () => {
    const panel = panelMarkup(document.body);
    const meet = document.createElement('button');
    document.body.append(meet);
    stop = keepFocusWithin(panel);
    const tick = byId(panel, 'tick');
    // A click on Meet's page, off any control: the element is still there and usable.
    tick.focus();
    dropFocus(tick);
    tick.blur();
    vi.advanceTimersByTime(RESCUE_DELAY_MS);
    expect(document.activeElement).toBe(document.body);
    // Tab to Meet's own button: focusout names where the focus went.
    tick.focus();
    tick.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: meet }));
    tick.remove();
    meet.focus();
    vi.advanceTimersByTime(RESCUE_DELAY_MS);
    expect(document.activeElement).toBe(meet);
  });

  it('stops watching once stopped', () => {
    const panel = panelMarkup(document.body);
    stop = keepFocusWithin(panel);
    const end = byId(panel, 'end');
    end.focus();
    dropFocus(end);
    stop();
    end.remove();
    vi.advanceTimersByTime(RESCUE_DELAY_MS);
    expect(document.activeElement).toBe(document.body);
  });
});
