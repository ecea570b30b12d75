import {
  deleteLocalSession,
  deleteLocalStudent,
  listRecords,
  saveLocalStudent,
  scheduleSession,
} from '@/utils/background/stores/local-records';
import { exportAll, importAll, wipeAll } from '@/utils/background/stores/data-transfer';
import type { CadenceDb } from '@/utils/background/db/cadence-db';
import type { ConnectionCheck, PageHandlers } from '@/utils/protocol/page-to-background';
import { RequestError } from '@/utils/protocol/request-error';
import { createPlatformClient } from '@/utils/background/sync/platform-client';
import { readSyncOverview } from '@/utils/background/sync/sync-overview';
import type { SyncRunner } from '@/utils/background/sync/sync-runner';
import type { AttendancePolicy } from '@/utils/core/policy/attendance-policy';
import { readWeekOverview } from '@/utils/background/stores/read-week-overview';
import { isFormer, readStudentRecord, requestTransfer } from '@/utils/background/stores/read-student-record';
import { createReportHandlers } from './report-handlers';
import { createWorkspaceHandlers } from './workspace-handlers';
import { createMonthHandlers } from './month-handlers';
import type { PayRates } from '@/utils/core/month/pay-rates';

export interface PageDeps {
  db: () => Promise<CadenceDb>;
  sync: SyncRunner;
  fetch: typeof fetch;
  now: () => number;
  newId: () => string;
  policy: () => Promise<AttendancePolicy>;
  /** The mentor's rates by kind of student, for the month's amounts. */
  payRates: () => Promise<PayRates>;
}

/** The requests of Cadence's own pages: the platform connection and the mentor's records. */
export function createPageHandlers(deps: PageDeps): PageHandlers {
  const check = async (baseUrl: string, token: string): Promise<ConnectionCheck> => {
    const client = createPlatformClient({ baseUrl, token, fetch: deps.fetch, now: deps.now });
    const result = await client.call('getMentor');
    if (result.kind === 'ok') return { ok: true, mentor: result.value };
    if (result.kind === 'not-modified') return { ok: false, status: 304, code: 'malformed-reply', message: '' };
    return { ok: false, status: result.failure.status, code: result.failure.code, message: result.failure.message };
  };
  const overview = async () => readSyncOverview(await deps.db());

  return {
    ...createWorkspaceHandlers(deps),
    ...createReportHandlers(deps),
    ...createMonthHandlers(deps),
    'platform/overview': overview,
    'platform/test': (m) => check(m.baseUrl, m.token),
    'platform/connect': async (m) => {
      const result = await check(m.baseUrl, m.token);
      if (!result.ok) return result;
      const db = await deps.db();
      const tx = db.transaction(['meta', 'outbox'], 'readwrite');
      const previous = await tx.objectStore('meta').get('connection');
      if (previous?.key === 'connection' && previous.baseUrl !== m.baseUrl) {
        // Another platform's cursors would skip its records: start its reads afresh.
        for (const key of ['cursor:students', 'cursor:sessions', 'cursor:exercises'] as const) {
          await tx.objectStore('meta').delete(key);
        }
        // Changes made for the previous platform wait for the mentor: sending them elsewhere is their call.
        for (const item of await tx.objectStore('outbox').getAll()) {
          if (item.state !== 'pending') continue;
          const lastError = { status: 0, code: 'platform-changed', message: '', at: deps.now() };
          await tx.objectStore('outbox').put({ ...item, state: 'needs-attention', lastError });
        }
      }
      await tx.objectStore('meta').put({
        key: 'connection',
        baseUrl: m.baseUrl,
        token: m.token,
        mentorName: result.mentor.name,
        needsReconnect: false,
        connectedAt: deps.now(),
      });
      await tx.done;
      void deps.sync.run().catch((error) => console.warn('Cadence: sync', error));
      return result;
    },
    'platform/disconnect': async () => {
      const db = await deps.db();
      await db.delete('meta', 'connection');
      return overview();
    },
    'platform/sync-now': async () => {
      await deps.sync.run({ now: true });
      return overview();
    },
    'platform/retry': async (m) => {
      const db = await deps.db();
      const item = await db.get('outbox', m.itemId);
      if (!item) throw new RequestError('not-found');
      await db.put('outbox', { ...item, state: 'pending', nextAttemptAt: deps.now() });
      await deps.sync.run({ pull: false, now: true });
      return overview();
    },
    'records/list': async () => listRecords(await deps.db(), (transfer) => isFormer(transfer, deps.now())),
    'records/save-student': async (m) => saveLocalStudent(await deps.db(), m.student, deps.now(), deps.newId),
    'records/delete-student': async (m) => {
      await deleteLocalStudent(await deps.db(), m.id);
      return null;
    },
    'records/schedule-session': async (m) => {
      // A former student has no sessions to come with this mentor, whatever the page let through.
      const transfer = await (await deps.db()).get('transfers', m.session.studentId);
      if (transfer && isFormer(transfer, deps.now())) throw new RequestError('read-only', 'former');
      return scheduleSession(await deps.db(), m.session, deps.now(), deps.newId);
    },
    'records/delete-session': async (m) => {
      await deleteLocalSession(await deps.db(), m.id);
      return null;
    },
    'overview/week': async () => readWeekOverview(await deps.db(), deps.now()),
    'students/record': async (m) => readStudentRecord(await deps.db(), m.studentId, deps.now()),
    'students/transfer': async ({ type: _, ...input }) => requestTransfer(await deps.db(), input, deps.now(), deps.newId),
    'data/export': async () => exportAll(await deps.db(), deps.now()),
    'data/import': async (m) => importAll(await deps.db(), m.json),
    'data/wipe': async () => {
      await wipeAll(await deps.db());
      return null;
    },
  };
}
