import { browser } from 'wxt/browser';
import type { PendingUpdate, pendingUpdateItem } from '@/utils/shared/storage-items';

/** `forget`: the version waited for is the one running (applied, or by a browser restart). */
export type UpdateStep = 'none' | 'wait' | 'apply' | 'forget';

/**
 * Applying an update reloads Cadence: its pages close and the panel on Meet
 * freezes until its tab is reloaded. Never in the middle of a call, then.
 */
export function decideUpdate(pending: PendingUpdate | null, runningVersion: string, callActive: boolean): UpdateStep {
  if (!pending) return 'none';
  if (pending.version === runningVersion) return 'forget';
  return callActive ? 'wait' : 'apply';
}

/** The alarm that settles a waiting update once an end by hand can no longer be undone. */
export const UPDATE_ALARM = 'cadence-update';

export interface PendingUpdateDeps {
  /** Kept for the browser's session: the worker may die while the update waits. */
  item: typeof pendingUpdateItem;
  runningVersion: () => string;
  /** Whether a Meet tab is in a call whose session runs, or whose end by hand may still be undone. */
  callActive: () => Promise<boolean>;
  /** Applies the update held back (runtime.reload). */
  reload: () => void;
  /** Wakes the worker at `when` with `UPDATE_ALARM` (the worker may be stopped by then). */
  wakeAt: (when: number) => Promise<void> | void;
}

/**
 * Follows the updates the browser holds back for Cadence while it is in use:
 * applied at once when no call runs, else once the call is over. `settle` is
 * for each moment a call may have ended; the worker's start is one, so an
 * update that waited through the worker's death still lands.
 *
 * A session the mentor ends by hand while still in the call counts as running
 * until its undo is no longer taken (`END_UNDO_GRACE_MS`): an update applied
 * in those seconds would freeze the panel offering the undo. Nothing else
 * happens when that time runs out, so `settleAfter` sets an alarm for it.
 */
export function followUpdates(deps: PendingUpdateDeps) {
  const settle = async () => {
    const pending = await deps.item.getValue();
    const step = decideUpdate(pending, deps.runningVersion(), pending !== null && (await deps.callActive()));
    if (step === 'forget') await deps.item.setValue(null);
    if (step === 'apply') deps.reload();
  };
  browser.runtime.onUpdateAvailable.addListener((details) => deps.item.setValue({ version: details.version }).then(settle));
  return {
    started: settle(),
    settle,
    /** Settles again at `when`, through a stopped worker. */
    settleAfter: async (when: number) => {
      await deps.wakeAt(when);
    },
    async onAlarm(name: string): Promise<void> {
      if (name === UPDATE_ALARM) await settle();
    },
  };
}
