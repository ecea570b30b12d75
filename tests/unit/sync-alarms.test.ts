import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { armSyncAlarms, handleSyncAlarm, OUTBOX_ALARM, PULL_ALARM } from '@/utils/background/sync/sync-alarms';
import type { SyncRunner } from '@/utils/background/sync/sync-runner';

/** The fake browser has no alarms: a small store stands in for them. */
function fakeAlarms() {
  const alarms = new Map<string, { periodInMinutes?: number }>();
  fakeBrowser.alarms.get = (async (name: string) => (alarms.has(name) ? { name, ...alarms.get(name) } : undefined)) as never;
  fakeBrowser.alarms.create = (async (name: string, info: { periodInMinutes?: number }) => void alarms.set(name, info)) as never;
  return alarms;
}

describe('sync alarms', () => {
  it('sets the regular pull once, and again at a start that finds it gone', async () => {
    const alarms = fakeAlarms();
    await armSyncAlarms();
    expect(alarms.get(PULL_ALARM)).toMatchObject({ periodInMinutes: 15 });
    alarms.set(PULL_ALARM, { periodInMinutes: 99 });
    await armSyncAlarms();
    expect(alarms.get(PULL_ALARM)).toMatchObject({ periodInMinutes: 99 });
    alarms.clear();
    await armSyncAlarms();
    expect(alarms.has(PULL_ALARM)).toBe(true);
  });

  it('sends the outbox on its alarm, and syncs both ways on the regular one', async () => {
    const runs: unknown[] = [];
    const sync = { run: async (options?: unknown) => void runs.push(options ?? 'full') } as unknown as SyncRunner;
    await handleSyncAlarm(OUTBOX_ALARM, sync);
    await handleSyncAlarm(PULL_ALARM, sync);
    await handleSyncAlarm('someone-else', sync);
    expect(runs).toEqual([{ pull: false }, 'full']);
  });
});
