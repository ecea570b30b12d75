import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_KIND_AGENDAS } from '@/utils/core/agenda/session-kinds';
import { planAgenda } from '@/utils/core/agenda/plan-agenda';
import { createCallTabs } from '@/utils/background/calls/call-tabs';
import { decideUpdate, followUpdates, UPDATE_ALARM } from '@/utils/background/pending-update';
import { openCadenceDb } from '@/utils/background/db/cadence-db';
import { END_UNDO_GRACE_MS, END_UNDO_MS } from '@/utils/core/session/live-session';
import { createSessionStore } from '@/utils/background/stores/session-store';
import { callTabsItem, pendingUpdateItem } from '@/utils/shared/storage-items';
import { T0 } from './support/platform-records';
import { FROM_MEET } from './support/test-router';

const CODE = 'abc-defg-hij';
const PLAN = { plannedMinutes: 50, kind: 'weekly' as const, phases: planAgenda(50, DEFAULT_KIND_AGENDAS.weekly) };
const RUNNING = '0.1.0';
const NEXT = '0.2.0';

/**
 * A background as the worker starts it, over the fake browser's session
 * storage (kept when the worker dies, as the browser keeps it) and a real
 * session store. `restartWorker` drops the listeners and starts anew.
 */
async function setUp() {
  const store = createSessionStore(await openCadenceDb());
  let clock = T0 + 20 * 60_000;
  const now = () => clock;
  const callTabs = createCallTabs({ tabs: callTabsItem, store: async () => store, now, onClosedMidCall: async () => {} });
  const reload = vi.fn();
  /** The alarms set for the update, as the browser keeps them through a worker's death. */
  const alarms: number[] = [];
  const startWorker = () =>
    followUpdates({
      item: pendingUpdateItem,
      runningVersion: () => RUNNING,
      callActive: callTabs.active,
      reload,
      wakeAt: (when) => void alarms.push(when),
    });
  let worker = startWorker();
  await worker.started;
  return {
    reload,
    worker: () => worker,
    async restartWorker() {
      fakeBrowser.runtime.onUpdateAvailable.removeAllListeners();
      worker = startWorker();
      await worker.started;
    },
    updateAvailable: () => fakeBrowser.runtime.onUpdateAvailable.trigger({ version: NEXT }),
    async joinCall() {
      const session = await store.joinCall(CODE, T0, PLAN);
      // As the join's handler keeps the tab.
      await callTabs.entered(FROM_MEET.tab.id, CODE);
      return session!;
    },
    async meetEndsCall() {
      await store.callEnded(CODE, now());
      await callTabs.left(FROM_MEET.tab.id);
    },
    /** As the background answers `live-session/end`: settle now, and again once the end is final. */
    async endByHand(id: string) {
      const ended = (await store.end(id, 'mentor', now()))!;
      await worker.settle();
      await worker.settleAfter(ended.endedAt! + END_UNDO_GRACE_MS);
    },
    async undoEnd(id: string) {
      await store.resume(id, now());
      await callTabs.entered(FROM_MEET.tab.id, CODE);
    },
    /** Time passes; the alarms due ring, each in a worker woken for it. */
    async wait(ms: number) {
      clock += ms;
      for (const when of alarms.splice(0).sort((a, b) => a - b)) {
        if (when > clock) alarms.push(when);
        else await worker.onAlarm(UPDATE_ALARM);
      }
    },
    closeCallTab: () => callTabs.closed(FROM_MEET.tab.id),
  };
}

describe('an update the browser holds back', () => {
  it('is applied at once when no call runs', async () => {
    const { reload, updateAvailable } = await setUp();
    await updateAvailable();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('waits while a call runs, and is applied once Meet says the call ended', async () => {
    const { reload, updateAvailable, joinCall, meetEndsCall, worker } = await setUp();
    await joinCall();
    await updateAvailable();
    expect(reload).not.toHaveBeenCalled();
    expect(await pendingUpdateItem.getValue()).toEqual({ version: NEXT });
    await meetEndsCall();
    await worker().settle();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('waits while the mentor may still undo ending the session by hand, then is applied, the call’s tab still open', async () => {
    const { reload, updateAvailable, joinCall, endByHand, wait } = await setUp();
    const session = await joinCall();
    await updateAvailable();
    await endByHand(session.id);
    // The panel offering the undo would freeze if the update went in now.
    await wait(END_UNDO_MS);
    expect(reload).not.toHaveBeenCalled();
    await wait(END_UNDO_GRACE_MS - END_UNDO_MS);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('keeps waiting for the end of the call when the mentor undoes their end', async () => {
    const { reload, updateAvailable, joinCall, endByHand, undoEnd, wait, meetEndsCall, worker } = await setUp();
    const session = await joinCall();
    await updateAvailable();
    await endByHand(session.id);
    await wait(5_000);
    await undoEnd(session.id);
    await wait(10 * 60_000);
    expect(reload).not.toHaveBeenCalled();
    await meetEndsCall();
    await worker().settle();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('is applied once the call’s tab closes', async () => {
    const { reload, updateAvailable, joinCall, closeCallTab, worker } = await setUp();
    await joinCall();
    await updateAvailable();
    await closeCallTab();
    await worker().settle();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('still waits through a worker restart mid-call, and is applied after the call', async () => {
    const { reload, updateAvailable, joinCall, meetEndsCall, restartWorker, worker } = await setUp();
    await joinCall();
    await updateAvailable();
    await restartWorker();
    expect(reload).not.toHaveBeenCalled();
    await meetEndsCall();
    await worker().settle();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('is applied when the worker starts after the call ended while it was stopped', async () => {
    const { reload, updateAvailable, joinCall, meetEndsCall, restartWorker } = await setUp();
    await joinCall();
    await updateAvailable();
    // The end came and went without a word to this worker.
    await meetEndsCall();
    expect(reload).not.toHaveBeenCalled();
    await restartWorker();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('is forgotten, not applied again, once the new version runs', async () => {
    await pendingUpdateItem.setValue({ version: RUNNING });
    const { reload } = await setUp();
    expect(reload).not.toHaveBeenCalled();
    expect(await pendingUpdateItem.getValue()).toBeNull();
  });
});

describe('decideUpdate', () => {
  it.each([
    [null, false, 'none'],
    [null, true, 'none'],
    [{ version: NEXT }, false, 'apply'],
    [{ version: NEXT }, true, 'wait'],
    [{ version: RUNNING }, true, 'forget'],
    [{ version: RUNNING }, false, 'forget'],
  ] as const)('pending %j, call running %s: %s', (pending, callActive, step) => {
    expect(decideUpdate(pending, RUNNING, callActive)).toBe(step);
  });
});
