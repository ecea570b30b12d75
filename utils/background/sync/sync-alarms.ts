import { browser } from 'wxt/browser';
import type { SyncRunner } from './sync-runner';

/** A one-shot alarm at the outbox's next retry, set by the drain. */
export const OUTBOX_ALARM = 'cadence-outbox';
/** The regular read of the platform's changes, and a safety net for the outbox. */
export const PULL_ALARM = 'cadence-pull';
export const PULL_EVERY_MINUTES = 15;

/** Alarms may not survive a browser restart or an update: set them again at every start. */
export async function armSyncAlarms(): Promise<void> {
  if (!(await browser.alarms.get(PULL_ALARM))) {
    await browser.alarms.create(PULL_ALARM, { periodInMinutes: PULL_EVERY_MINUTES, delayInMinutes: 1 });
  }
}

export async function handleSyncAlarm(name: string, sync: SyncRunner): Promise<void> {
  if (name === OUTBOX_ALARM) await sync.run({ pull: false });
  if (name === PULL_ALARM) await sync.run();
}
