import { PRESENTING_LIGATURE } from './meet-selectors';

/**
 * Whether Meet's control bar says the mentor presents their screen: its icons' names (ligatures),
 * no words. Read in the bar's text as a whole, one call a second: searching its icons and reading
 * each was a fifth of the panel's timer on Meet's page (traced).
 */
export function readPresenting(bar: Node): boolean {
  return !!bar.textContent?.includes(PRESENTING_LIGATURE);
}
