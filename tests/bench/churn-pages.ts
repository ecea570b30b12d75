// Where figure 3's churn page is served: at Meet's address, where Cadence's content script runs,
// and the same page at an address its manifest does not match, where nothing of Cadence runs.
//
// Both browsers of figure 3 carry the extension, and each round swaps which one loads which
// address: two browser instances doing the same work differ by a point or two of CPU time, and a
// browser without the extension could only ever play "without", so that bias would stay in every
// pair. With the roles swapped between rounds it lands on both sides and cancels in the median,
// and the A/A control (both browsers on Meet's address) runs on the very same two instances.
// The page is the same file either way; the extension's worker and pages run in other processes.
import type { BrowserContext } from 'playwright-core';
import { answerMeetRequest, routeMeetFixtures } from '../e2e/support/meet-routes';

/** The churn page where Cadence runs (tests/fixtures/meet/meet-churn.html, as in a call). */
export const CHURN_URL = 'https://meet.google.com/abc-defg-hij';
/** The same page where it does not: outside the manifest's `https://meet.google.com/*`. */
export const CHURN_URL_WITHOUT = 'https://churn.bench.test/abc-defg-hij';
const WITHOUT_ORIGIN = new URL(CHURN_URL_WITHOUT).origin;

/** Serves the churn page (and its script) at both addresses; everything else as the e2e routes do. */
export async function routeChurnPages(context: BrowserContext): Promise<void> {
  await routeMeetFixtures(context, { fixture: 'meet-churn' });
  // Added later, so it wins for its own origin (Playwright tries the latest route first).
  await context.route(`${WITHOUT_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const answer = answerMeetRequest(`https://meet.google.com${url.pathname}${url.search}`, 'meet-churn');
    if (answer.kind === 'file') return route.fulfill({ path: answer.file, contentType: answer.contentType });
    if (answer.kind === 'page') return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
    return route.abort('internetdisconnected');
  });
}
