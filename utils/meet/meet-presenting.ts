import { PRESENTING_LIGATURE, SYMBOL_ICON_SELECTOR } from './meet-selectors';

/** Whether Meet's control bar says the mentor presents their screen: its icons alone, no words. */
export function readPresenting(bar: ParentNode): boolean {
  for (const icon of bar.querySelectorAll(SYMBOL_ICON_SELECTOR)) if (icon.textContent?.trim() === PRESENTING_LIGATURE) return true;
  return false;
}
