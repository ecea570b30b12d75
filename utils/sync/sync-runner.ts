import { drainOutbox, type DrainResult, type SyncDeps } from './outbox-drain';
import { pullFromPlatform, type PullResult } from './platform-pull';

export interface SyncRun {
  drain: DrainResult;
  pull: PullResult | null;
}

/**
 * One sync at a time: writes go out first, then the platform's changes come
 * in. A trigger during a run asks for one more run after it, so no change
 * waits for the next alarm.
 */
export function createSyncRunner(deps: () => Promise<SyncDeps>) {
  let running: Promise<SyncRun> | null = null;
  let again = false;

  async function runOnce(pull: boolean, now: boolean): Promise<SyncRun> {
    const resolved = await deps();
    const drain = await drainOutbox(resolved, { now });
    const pulled = pull && drain.stopped !== 'not-connected' ? await pullFromPlatform(resolved) : null;
    return { drain, pull: pulled };
  }

  return {
    /**
     * `pull: false` after a local write: only the outbox needs sending.
     * `now: true` when the mentor asks or the network is back: no waiting out the backoff.
     */
    run(options: { pull?: boolean; now?: boolean } = {}): Promise<SyncRun> {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          let result = await runOnce(options.pull ?? true, options.now ?? false);
          while (again) {
            again = false;
            result = await runOnce(false, false);
          }
          return result;
        } finally {
          running = null;
        }
      })();
      return running;
    },
  };
}

export type SyncRunner = ReturnType<typeof createSyncRunner>;
