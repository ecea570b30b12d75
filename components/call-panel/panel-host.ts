/**
 * The panel's place on Meet's page: a custom element at the end of the body
 * with an open shadow root that holds the panel's own styles. What WXT's
 * `createShadowRootUi` gives, less what the panel never uses (CSS fetched at
 * run time, anchors and positions, auto-mounting, `@property` rules): that
 * helper and the isolated-element library under it were 6.7 KB of the content
 * script, a tenth of its 20 KB gzip budget, for about thirty lines here.
 */

/** Keys typed in the panel stay in it: Meet's page listens for keys on its document (shortcuts). */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface PanelHost {
  /** The element on Meet's page; the panel's state shows on it as attributes. */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the panel renders. */
  container: HTMLElement;
}

/** Adds the host to the page; it goes when `lifetime` aborts. */
export function addPanelHost(doc: Document, name: string, css: string, lifetime: AbortSignal): PanelHost {
  const host = doc.createElement(name);
  // Open: Meet's scripts can read it, so nothing the mentor types or the student's records live here (see WorkArea).
  const shadow = host.attachShadow({ mode: 'open' });
  // A document of its own inside the shadow root: the page's rules for html and body do not reach it.
  const html = doc.createElement('html');
  const head = doc.createElement('head');
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('body');
  head.append(style);
  html.append(head, container);
  shadow.append(html);
  for (const type of KEY_EVENTS) container.addEventListener(type, (event) => event.stopPropagation(), { signal: lifetime });
  doc.body.append(host);
  lifetime.addEventListener('abort', () => host.remove(), { once: true });
  return { host, shadow, container };
}
