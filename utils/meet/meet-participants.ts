import type { PresenceSnapshot } from '@/utils/core/session/call-presence';
import { PARTICIPANT_ID_ATTRIBUTE, PARTICIPANT_TILE_SELECTOR } from './meet-selectors';

/** One reading in this many searches the whole page; the others search only the tiles' area found then. */
export const WHOLE_PAGE_EVERY = 2;

/**
 * Reads who is in the call from the participants' ids, never their names:
 * the distinct ids, less one for the mentor's own tile, which Meet always
 * draws in the call. Which id is the mentor's is not needed, and not guessed:
 * a guess gone wrong (a new id after a reconnection) would make the mentor
 * count as someone else. No id at all: `unknown`.
 *
 * Bounded: one reading in two (three seconds apart at least, on the panel's one
 * timer: see `PARTICIPANTS_EVERY_MS`) searches the whole page; the others search only the smallest element that
 * held every tile then (at least the first tile's parent), and say what the
 * last reading said when that element is gone or empty. No observer, no
 * layout read, nothing read but the ids.
 */
export function createParticipantReader(root: ParentNode) {
  let area: Element | null = null;
  let reads = 0;
  let last: PresenceSnapshot = { others: 'unknown', count: 0 };
  return (): PresenceSnapshot => {
    const whole = reads++ % WHOLE_PAGE_EVERY === 0;
    const tiles = (whole ? root : area?.isConnected ? area : null)?.querySelectorAll(PARTICIPANT_TILE_SELECTOR);
    // The area gone or emptied (Meet drew its tiles anew): the next whole-page search tells, within seconds.
    if (!whole && !tiles?.length) return last;
    if (whole) {
      // From the first tile's parent: a search looks inside an element, never at the element itself.
      area = tiles![0]?.parentElement ?? null;
      for (const tile of tiles!) while (area && !area.contains(tile)) area = area.parentElement;
    }
    const ids = new Set<string | null>();
    for (const tile of tiles!) ids.add(tile.getAttribute(PARTICIPANT_ID_ATTRIBUTE));
    const count = Math.max(0, ids.size - 1);
    return (last = { others: ids.size ? (count ? 'yes' : 'no') : 'unknown', count });
  };
}
