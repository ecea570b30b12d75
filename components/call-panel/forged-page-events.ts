import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Meet's page shares the DOM with the panel (an open shadow root): its scripts
 * can click the panel's buttons or send the events WXT uses inside the content
 * script. The browser marks what the mentor does as trusted; a script's events
 * never are, so these are refused before any handler sees them.
 */
const MENTOR_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

/** Stops, under `root`, every event a mentor makes that a script made instead. */
export function refuseUntrustedEvents(root: EventTarget, signal: AbortSignal): void {
  const refuse = (event: Event) => {
    if (event.isTrusted) return;
    // Capture on the root runs before any listener inside it; preventDefault undoes a checkbox's toggle.
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of MENTOR_EVENTS) root.addEventListener(type, refuse, { capture: true, signal });
}

/** The event WXT's context sends on start and listens for (private in WXT's types, public at run time). */
export const SCRIPT_STARTED_EVENT = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

/** Cadence's content scripts share one world per page, out of the page's reach: the count of their starts lives there. */
const STARTS = 'cadenceContentScriptStarts';
type ContentWorld = typeof globalThis & { [STARTS]?: number };

/**
 * Counts this copy of the content script. Called as the script loads, before
 * WXT makes its context (whose first act is to say it started).
 */
export function countScriptStart(): number {
  const world = globalThis as ContentWorld;
  world[STARTS] = (world[STARTS] ?? 0) + 1;
  return world[STARTS];
}

/**
 * WXT retires a content script when a newer copy says it started, by an event
 * on the document that the page can send too. The event goes through only when
 * a newer copy really counted its start here, or this one is orphaned (the
 * extension was reloaded): else the panel would vanish at a page's word.
 */
export function refuseForgedScriptStarts(ctx: ContentScriptContext, start: number): void {
  // Capture on the window runs before WXT's listener on the document.
  window.addEventListener(
    SCRIPT_STARTED_EVENT,
    (event) => {
      const newer = ((globalThis as ContentWorld)[STARTS] ?? 0) > start;
      if (!newer && browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true, signal: ctx.signal },
  );
}
