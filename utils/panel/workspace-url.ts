import { browser } from 'wxt/browser';

/** The page of one call's work (`session-workspace.html#<live session id>`): in the panel's frame, or a tab of its own. */
export function workspaceUrl(liveSessionId: string): string {
  return `${browser.runtime.getURL('/session-workspace.html')}#${liveSessionId}`;
}
