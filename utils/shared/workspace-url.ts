import { browser } from 'wxt/browser';

let pageUrl: string | undefined;

/** The work page's address is kept from the first call: a panel frozen by a reload of the extension still links to it. */
const workPage = () => (pageUrl ??= browser.runtime.getURL('/session-workspace.html'));

/** What follows `#` on the work page for a call not started yet: the lobby's preview of it. */
export const CALL_PREVIEW_PREFIX = 'call/';

/**
 * The page of one call's work (`session-workspace.html#<live session id>`): in
 * the panel's frame, or a tab of its own.
 */
export function workspaceUrl(liveSessionId: string): string {
  return `${workPage()}#${liveSessionId}`;
}

/**
 * The same page before the call, in Meet's lobby (`session-workspace.html#call/<meeting code>`):
 * what prepares the call on that link (the student, last week, the work to review).
 */
export function lobbyWorkUrl(meetingCode: string): string {
  return `${workPage()}#${CALL_PREVIEW_PREFIX}${meetingCode}`;
}

/**
 * The report's own page (`report.html#<session id>`): wherever the mentor
 * opens a report in a tab (the panel, the popup, a notification, the
 * student's page), it is this page. Without a session (a call never linked
 * to one), the page lists the reports to write.
 */
export function reportPageUrl(sessionId: string | null): string {
  const page = browser.runtime.getURL('/report.html');
  return sessionId ? `${page}#${sessionId}` : page;
}
