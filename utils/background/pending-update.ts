import { browser } from 'wxt/browser';
import type { pendingUpdateItem } from '../storage-items';

/** A new version the browser holds back until Cadence applies it. */
export interface PendingUpdate {
  version: string;
}

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

export interface PendingUpdateDeps {
  /** Kept for the browser's session: the worker may die while the update waits. */
  item: typeof pendingUpdateItem;
  runningVersion: () => string;
  /** Whether a Meet tab is in a call whose session runs. */
  callActive: () => Promise<boolean>;
  /** Applies the update held back (runtime.reload). */
  reload: () => void;
}

/**
 * Follows the updates the browser holds back for Cadence while it is in use:
 * applied at once when no call runs, else once the call is over. `settle` is
 * for each moment a call may have ended; the worker's start is one, so an
 * update that waited through the worker's death still lands.
 */
export function followUpdates(deps: PendingUpdateDeps) {
  const settle = async () => {
    const pending = await deps.item.getValue();
    const step = decideUpdate(pending, deps.runningVersion(), pending !== null && (await deps.callActive()));
    if (step === 'forget') await deps.item.setValue(null);
    if (step === 'apply') deps.reload();
  };
  browser.runtime.onUpdateAvailable.addListener((details) => deps.item.setValue({ version: details.version }).then(settle));
  return { started: settle(), settle };
}
