import { browser } from 'wxt/browser';

let pageUrl: string | undefined;

/**
 * The page of one call's work (`session-workspace.html#<live session id>`): in
 * the panel's frame, or a tab of its own. Its address is kept from the first
 * call: a panel frozen by a reload of the extension still links to it.
 */
export function workspaceUrl(liveSessionId: string): string {
  pageUrl ??= browser.runtime.getURL('/session-workspace.html');
  return `${pageUrl}#${liveSessionId}`;
}
