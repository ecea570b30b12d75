import { drainOutbox, type DrainResult, type SyncDeps } from './outbox-drain';
import { pullFromPlatform, type PullResult } from './platform-pull';

export interface SyncRun {
  drain: DrainResult;
  pull: PullResult | null;
}

export interface SyncRequest {
  /** `false` after a local write: only the outbox needs sending. */
  pull?: boolean;
  /** `true` when the mentor asks or the network is back: no waiting out the backoff. */
  now?: boolean;
}

/**
 * One sync at a time: writes go out first, then the platform's changes come
 * in. A trigger during a run asks for one more run after it, with what it
 * asked for, so no change waits for the next alarm and a "Sync now" pressed
 * while a run is out is not turned into a wait for the backoff.
 */
export function createSyncRunner(
  deps: () => Promise<SyncDeps>,
  hooks: {
    /**
     * After every run, failed ones included: a write the platform refused or
     * sessions brought in change what the badge counts, whatever started the run.
     */
    settled?: () => Promise<void>;
  } = {},
) {
  let running: Promise<SyncRun> | null = null;
  /** What the triggers during the current run asked of the run after it; null when none came. */
  let next: Required<SyncRequest> | null = null;

  async function runOnce({ pull, now }: Required<SyncRequest>): Promise<SyncRun> {
    const resolved = await deps();
    const drain = await drainOutbox(resolved, { now });
    const pulled = pull && drain.stopped !== 'not-connected' ? await pullFromPlatform(resolved) : null;
    return { drain, pull: pulled };
  }

  return {
    run(request: SyncRequest = {}): Promise<SyncRun> {
      const asked = { pull: request.pull ?? true, now: request.now ?? false };
      if (running) {
        next = { pull: asked.pull || !!next?.pull, now: asked.now || !!next?.now };
        return running;
      }
      running = (async () => {
        try {
          let result = await runOnce(asked);
          while (next) {
            const again = next;
            next = null;
            result = await runOnce(again);
          }
          return result;
        } finally {
          running = null;
          await hooks.settled?.().catch((error) => console.warn('Cadence: after a sync', error));
        }
      })();
      return running;
    },
  };
}

export type SyncRunner = ReturnType<typeof createSyncRunner>;
