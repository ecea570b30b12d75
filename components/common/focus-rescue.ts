/**
 * When a redraw takes away the element that held the keyboard focus (it was
 * removed: "Start the session" gives way to the agenda; or disabled: "Next
 * phase" on the last phase), the browser drops the focus on the page's body,
 * and a keyboard user starts again from the top of Meet's page. This puts it
 * back where the mentor was working.
 */

/** What a keyboard user can reach with Tab (before the disabled and the hidden are set aside). */
const TABBABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]';

/**
 * Long enough for a redraw's own effects to have placed the focus themselves
 * (Preact runs them after the next frame, or 100 ms at most).
 */
export const RESCUE_DELAY_MS = 150;

const isDisabled = (element: Element) => element.matches(':disabled');

function tabbables(within: Element, except: Element): HTMLElement[] {
  return [...within.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => element !== except && element.tabIndex >= 0 && !isDisabled(element),
  );
}

/** The closest element the keyboard can reach, the next one first: the sibling button, then further out. */
function nearestNeighbour(lost: Element, root: Element): HTMLElement | null {
  for (let group = lost.parentElement; group && root.contains(group); group = group.parentElement) {
    const around = tabbables(group, lost);
    const after = around.find((element) => lost.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
    const found = after ?? around.at(-1);
    if (found) return found;
  }
  return null;
}

/**
 * Where the focus goes once `lost` lost it in a redraw: back to it if it is
 * usable again (a button disabled while its action ran); to its nearest
 * neighbour if it is still there but disabled; otherwise to what the view
 * marks as its home (`data-focus-home`: the phase at hand, the tab's content),
 * else to the first thing the keyboard can reach.
 */
export function rescueTarget(lost: Element, root: Element): HTMLElement | null {
  if (root.contains(lost)) {
    if (!isDisabled(lost)) return lost as HTMLElement;
    const neighbour = nearestNeighbour(lost, root);
    if (neighbour) return neighbour;
  }
  return root.querySelector<HTMLElement>('[data-focus-home]') ?? tabbables(root, lost)[0] ?? null;
}

/** Nothing holds the focus any more: the body has it, in a document that has it (a frame never takes it back). */
function focusDropped(root: Element): boolean {
  const tree = root.getRootNode() as Document | ShadowRoot;
  if (tree.activeElement && root.contains(tree.activeElement)) return false;
  const document = root.ownerDocument;
  return (document.activeElement === null || document.activeElement === document.body) && document.hasFocus();
}

/**
 * Watches `root` (the panel, the session's work) and rescues the focus a
 * redraw dropped. Focus the mentor moved (a click on Meet's page, another
 * window) is left alone. Returns the function that stops watching.
 */
export function keepFocusWithin(root: Element): () => void {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const onFocusOut = (event: Event) => {
    // Focus that went to another element went there on purpose.
    if ((event as FocusEvent).relatedTarget) return;
    const lost = event.target as Element;
    // A removed element still stands when it loses the focus; a disabled one already says so.
    const disabled = isDisabled(lost);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!disabled && root.contains(lost)) return;
      if (focusDropped(root)) rescueTarget(lost, root)?.focus();
    }, RESCUE_DELAY_MS);
    timers.add(timer);
  };
  root.addEventListener('focusout', onFocusOut);
  return () => {
    root.removeEventListener('focusout', onFocusOut);
    for (const timer of timers) clearTimeout(timer);
  };
}
