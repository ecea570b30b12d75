// The fault table's "unhandled errors" column is only worth its zeros if the watcher sees an
// error in each context it claims to watch: proved here once per context.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOptionsPage } from '../e2e/support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from '../e2e/support/launch-extension';
import { routeMeetFixtures } from '../e2e/support/meet-routes';
import { getServiceWorker } from '../e2e/support/service-worker';
import { until } from '../e2e/support/until';
import { MeetCallPage } from '../e2e/support/session-panel-page';
import { watchExtensionErrors } from './support/extension-errors';

describe('the unhandled-error counter', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await routeMeetFixtures(browser.context);
  });
  afterAll(() => browser?.close());

  it('counts a rejection nobody handled in the service worker, an extension page and the Meet page', async () => {
    const errors = watchExtensionErrors(browser.context, browser.extensionId);
    const worker = await getServiceWorker(browser.context, browser.extensionId, { wake: true });
    await worker.evaluate(() => void Promise.reject(new Error('left unhandled in the worker')));
    const options = await openOptionsPage(browser.context, browser.extensionId);
    await options.evaluate(() => void Promise.reject(new Error('left unhandled in a page')));
    const call = await MeetCallPage.open(browser.context, 'err-watc-her');
    await call.page.evaluate(() =>
      setTimeout(() => {
        throw new Error('thrown on the Meet page');
      }),
    );
    await until(
      async () => errors.list.length,
      (count) => count >= 3,
    );
    errors.stop();
    expect(errors.list.join('\n')).toMatch(/left unhandled in the worker/);
    expect(errors.list.join('\n')).toMatch(/left unhandled in a page/);
    expect(errors.list.join('\n')).toMatch(/thrown on the Meet page/);
  });
});
