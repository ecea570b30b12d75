// Where the keyboard focus is on a Meet page with Cadence's panel: Meet's own page, the panel
// (in its shadow root), or the session's work (Cadence's page, framed in the panel).
import type { Page } from 'playwright-core';
import { workFrame } from './session-panel-page';

export interface Focused {
  where: 'meet' | 'panel' | 'work' | 'nowhere';
  tag: string;
  role: string | null;
  /** What a screen reader would call it, near enough: aria-labelledby, aria-label, its label, its text. */
  name: string;
  checked: boolean | null;
  /** The focus shows: an outline or a box shadow drawn round the element. */
  visible: boolean;
}

/** Runs in the page or the frame: the element holding the focus, described; `deeper` when it is the work's frame. */
function describe(where: string): Focused & { deeper: boolean } {
  let element: Element | null = document.activeElement;
  let place = where;
  while (element?.shadowRoot?.activeElement) {
    element = element.shadowRoot.activeElement;
    place = 'panel';
  }
  if (!element || element === document.body) {
    return { where: 'nowhere', tag: element?.tagName ?? '', role: null, name: '', checked: null, visible: false, deeper: false };
  }
  const tidy = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = element.getAttribute('aria-labelledby');
  const labels = (element as HTMLInputElement).labels;
  const name = tidy(
    labelledBy
      ? labelledBy
          .split(' ')
          .map((id) => root.getElementById(id)?.textContent)
          .join(' ')
      : element.getAttribute('aria-label') || (labels?.length ? labels[0]!.textContent : (element as HTMLElement).innerText),
  );
  const style = getComputedStyle(element);
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const input = element as HTMLInputElement;
  return {
    where: place as Focused['where'],
    tag: element.tagName.toLowerCase(),
    role: element.getAttribute('role') ?? (input.type === 'checkbox' || input.type === 'radio' ? input.type : null),
    name,
    checked: input.type === 'checkbox' || input.type === 'radio' ? input.checked : null,
    visible: outlined || style.boxShadow !== 'none',
    deeper: element.tagName === 'IFRAME',
  };
}

export async function focused(page: Page): Promise<Focused> {
  const { deeper, ...top } = await page.evaluate(describe, 'meet');
  const frame = deeper && workFrame(page);
  if (!frame) return top;
  const { deeper: _inFrame, ...inner } = await frame.evaluate(describe, 'work');
  return inner;
}
