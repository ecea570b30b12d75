import { signal } from '@preact/signals';
import type { LocalStudentInput, MyExerciseInput, SessionInput } from '@/utils/protocol/page-to-background';
import type { SyncOverview } from '@/utils/protocol/reply-views';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import type { MoveChange } from '@/components/common/move-session-form';

export interface OptionsModelDeps {
  /** How the page asks the background; the page's own channel unless a test gives another. */
  send?: typeof sendToBackground;
}

export type OptionsModel = ReturnType<typeof createOptionsModel>;

/**
 * The options page's state shared by its sections (the sync status, and a
 * version bumped when the records may have changed behind a list's back) and
 * every request the page sends. The sections keep their own drafts and notices.
 */
export function createOptionsModel(deps: OptionsModelDeps = {}) {
  const send = deps.send ?? sendToBackground;
  const overview = signal<SyncOverview | null>(null);
  /** Bumped when the records may have changed behind the list's back. */
  const recordsVersion = signal(0);
  const requests = { sent: 0, shown: 0 };

  async function refreshOverview() {
    const request = ++requests.sent;
    const reply = await send({ type: 'platform/overview' });
    // A failed read changes nothing shown: the next refresh tries again. An
    // answer overtaken by a later one would show the past.
    if (!reply.ok || request < requests.shown) return;
    requests.shown = request;
    // A sync that ran (here or on the background's alarm) may have brought records in.
    const before = overview.peek();
    if (before && before.lastSyncAt !== reply.value.lastSyncAt) recordsVersion.value++;
    overview.value = reply.value;
  }

  return {
    overview,
    recordsVersion,
    refreshOverview,
    /** An import, a wipe or a new connection: the lists read again, and the sync status. */
    dataChanged() {
      recordsVersion.value++;
      void refreshOverview();
    },
    readRecords: () => send({ type: 'records/list' }),
    saveStudent: (student: LocalStudentInput) => send({ type: 'records/save-student', student }),
    deleteStudent: (id: string) => send({ type: 'records/delete-student', id }),
    scheduleSession: (session: SessionInput) => send({ type: 'records/schedule-session', session }),
    deleteSession: (id: string) => send({ type: 'records/delete-session', id }),
    moveSession: (change: MoveChange) => send({ type: 'sessions/move', ...change }),
    readExercises: () => send({ type: 'exercises/list' }),
    saveExercise: (exercise: MyExerciseInput) => send({ type: 'exercises/save-mine', exercise }),
    deleteExercise: (id: string) => send({ type: 'exercises/delete-mine', id }),
    checkPlatform: (type: 'platform/test' | 'platform/connect', baseUrl: string, token: string) => send({ type, baseUrl, token }),
    disconnectPlatform: () => send({ type: 'platform/disconnect' }),
    syncNow: () => send({ type: 'platform/sync-now' }),
    retry: (itemId: string) => send({ type: 'platform/retry', itemId }),
    exportData: () => send({ type: 'data/export' }),
    importData: (json: string) => send({ type: 'data/import', json }),
    wipeData: () => send({ type: 'data/wipe' }),
  };
}
