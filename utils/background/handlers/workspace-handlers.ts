import type { CadenceDb } from '@/utils/background/db/cadence-db';
import type { PageHandlers, PageToBackground } from '@/utils/protocol/page-to-background';
import { createWorkspaceStore } from '@/utils/background/stores/workspace-store';

type WorkspaceRequest = Extract<PageToBackground['type'], `workspace/${string}` | `exercises/${string}`>;

export interface WorkspaceHandlerDeps {
  db: () => Promise<CadenceDb>;
  now: () => number;
  newId: () => string;
}

/** The requests of the session's work: the student, the review, next week. */
export function createWorkspaceHandlers(deps: WorkspaceHandlerDeps): Pick<PageHandlers, WorkspaceRequest> {
  const store = async () => createWorkspaceStore({ db: await deps.db(), now: deps.now(), newId: deps.newId });
  return {
    'workspace/open': async (m) => (await store()).open(m.liveSessionId),
    'workspace/preview': async (m) => (await store()).preview(m.meetingCode),
    'workspace/set-kind': async (m) => (await store()).setKind(m.meetingCode, m.sessionId, m.kind),
    'workspace/candidates': async () => (await store()).candidates(),
    'workspace/link': async (m) => (await store()).link(m.liveSessionId, m.choice),
    'workspace/set-outcome': async (m) => (await store()).setOutcome(m.liveSessionId, m.assignmentId, m.outcome, m.note),
    'workspace/add-unasked': async (m) => (await store()).addUnasked(m.liveSessionId, m.work, m.outcome, m.note),
    'workspace/add-goal': async (m) => (await store()).addGoal(m.liveSessionId, m.work),
    'workspace/give-again': async (m) => (await store()).giveAgain(m.liveSessionId, m.assignmentId),
    'workspace/update-goal': async (m) => (await store()).updateGoal(m.liveSessionId, m.assignmentId, m.work),
    'workspace/remove-goal': async (m) => (await store()).removeGoal(m.liveSessionId, m.assignmentId),
    'workspace/set-hours': async (m) => (await store()).setHours(m.liveSessionId, m.hours),
    'workspace/fix-next-session': async (m) => (await store()).fixNextSession(m.liveSessionId, m.start, m.plannedMinutes),
    'workspace/flag-not-done': async (m) => (await store()).flagNotDone(m.liveSessionId, m.note),
    'exercises/list': async () => (await store()).exercises(),
    'exercises/save-mine': async (m) => (await store()).saveMyExercise(m.exercise),
    'exercises/delete-mine': async (m) => {
      await (await store()).deleteMyExercise(m.id);
      return null;
    },
  };
}
