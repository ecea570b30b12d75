import type { AfterStep } from '@/utils/protocol/requests';
import type { BackgroundToPage } from '@/utils/protocol/background-to-page';
import type { DraftSaved } from '@/utils/protocol/reply-views';
import { END_UNDO_GRACE_MS, type LiveSession } from '@/utils/core/session/live-session';
import type { SyncRunner } from '@/utils/background/sync/sync-runner';

export interface AfterStepDeps {
  sync: Pick<SyncRunner, 'run'>;
  /** Sends news to every page of Cadence; no page open is the usual case. */
  tellPages: (news: BackgroundToPage) => void;
  followUps: { schedule(): Promise<void> };
  updates: { settle(): Promise<void>; settleAfter(when: number): Promise<void> };
}

/**
 * What the router does once a request succeeded, as the channels' tables name
 * it. None is awaited: the reply goes at once, and each step keeps its own
 * failures (a sync that fails loses nothing: the change waits in the outbox).
 */
export function createAfterSteps(deps: AfterStepDeps): Record<AfterStep, (reply: unknown) => void> {
  return {
    'send-soon': () => void deps.sync.run({ pull: false }).catch((error) => console.warn('Cadence: sync', error)),
    'plan-follow-ups': () => void deps.followUps.schedule(),
    'settle-updates': () => void deps.updates.settle(),
    // Declared only for `live-session/end`, whose reply is the session it ended.
    'settle-updates-after-undo': (ended) => void deps.updates.settleAfter((ended as LiveSession).endedAt! + END_UNDO_GRACE_MS),
    // Declared only for `report/save-draft`: the other views of the report take what it wrote.
    'tell-report-views': (reply) => {
      const { sessionId, revision } = reply as DraftSaved;
      deps.tellPages({ type: 'report/changed', sessionId, revision });
    },
  };
}
