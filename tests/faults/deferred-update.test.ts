// An update offered in the middle of a call, to Cadence packed and installed as a store installs
// it (an unpacked build is never offered one): it waits for the end of the call, through a
// restart of the worker, and goes in as soon as the call is over; with no call, at once.
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOptionsPage, sendFromPage } from '../e2e/support/extension-page';
import { routeMeetFixtures } from '../e2e/support/meet-routes';
import { seededExport } from '../e2e/support/seed-records';
import { getServiceWorker, stopServiceWorker } from '../e2e/support/service-worker';
import { MeetCallPage, panelTexts } from '../e2e/support/session-panel-page';
import { until } from '../e2e/support/until';
import { watchExtensionErrors } from './support/extension-errors';
import { recordFault } from './support/fault-table';
import { wordsLost } from './support/words-lost';
import { launchPackedCadence, type PackedCadence, runningVersion } from './support/packed-extension';

const CODE = 'upd-abcd-efg';
const text = panelTexts('en');

type Chrome = {
  runtime: { requestUpdateCheck(): Promise<{ status: string; version?: string }> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

/** Asks for an update as Chromium's own periodic check would, until the server's answer is had. */
const checkForUpdate = (worker: Worker) =>
  until(
    () => worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.requestUpdateCheck()),
    (answer) => answer.status === 'update_available',
    30_000,
  );

/** The update Cadence keeps for after the call, as the worker reads it. */
const pendingUpdate = (worker: Worker) =>
  worker.evaluate(
    async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.get('pendingUpdate')).pendingUpdate ?? null,
  );

describe('an update offered during a call (Cadence packed, its own update server on loopback)', () => {
  let packed: PackedCadence;
  beforeAll(async () => {
    packed = await launchPackedCadence();
    await routeMeetFixtures(packed.browser.context);
    const options = await openOptionsPage(packed.browser.context, packed.extensionId);
    expect(await sendFromPage(options, { type: 'data/import', json: seededExport(CODE) })).toMatchObject({ ok: true });
    await options.close();
  });
  afterAll(() => packed?.close());

  it('waits for the end of the call, through a restart of the worker, then goes in; with no call, at once', async (context) => {
    const { browser, extensionId, firstVersion } = packed;
    const errors = watchExtensionErrors(browser.context, extensionId);
    const call = await MeetCallPage.open(browser.context, CODE);
    await call.meetAction('join');
    await call.expectCallState('in-call');
    const field = await call.reportDraft();
    await field.click();
    await call.page.keyboard.type('Awa showed her layout grid before the update.');
    await expect.poll(() => call.reportSaveState(), { timeout: 10_000 }).toBe('saved');
    const acknowledged = await field.inputValue();

    // The update arrives mid-call: kept for later, the call carries on untouched.
    const during = `${firstVersion}.1`;
    packed.publish(during);
    const worker = await getServiceWorker(browser.context, extensionId, { wake: true });
    expect(await checkForUpdate(worker)).toMatchObject({ version: during });
    await until(
      () => pendingUpdate(worker),
      (pending) => (pending as { version?: string } | null)?.version === during,
    );
    // The worker dies and starts again: the update still waits.
    await stopServiceWorker(browser.context, extensionId);
    const restarted = await getServiceWorker(browser.context, extensionId, { wake: true });
    expect(await restarted.evaluate(runningVersion)).toBe(firstVersion);
    expect(await pendingUpdate(restarted)).toEqual({ version: during });
    await call.button('nextPhase').click();
    await expect.poll(() => call.currentPhaseName()).toBe(text('phaseProgress'));
    expect(await call.panel.getByRole('alert').count()).toBe(0);
    expect(await restarted.evaluate(runningVersion)).toBe(firstVersion);

    // The call ends: the update goes in, and the panel left on the end screen says so.
    await call.meetAction('leave');
    await call.expectCallState('ended');
    await packed.workerRunning(during);
    await expect
      .poll(
        () =>
          call.panel
            .getByRole('alert')
            .innerText()
            .catch(() => ''),
        { timeout: 10_000 },
      )
      .toContain(text('frozenTitle'));
    await call.page.reload();
    const kept = await (await call.reportDraft()).inputValue();

    // No call any more: the next update goes in at once.
    const after = `${firstVersion}.2`;
    packed.publish(after);
    await checkForUpdate(await packed.workerRunning(during));
    await packed.workerRunning(after);

    errors.stop();
    const lost = wordsLost(acknowledged, kept);
    recordFault(context, {
      fault: 'update offered during a call (packed, own update server)',
      tried: 2,
      wordsLost: lost,
      duplicateWrites: 0,
      unhandledErrors: errors.list.length,
      checked: 'waited through a worker restart, went in at the call’s end; at once with no call; draft whole',
    });
    expect(errors.list).toEqual([]);
    expect(lost).toBe(0);
    await call.page.close();
  });
});
