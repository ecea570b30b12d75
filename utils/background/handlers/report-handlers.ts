import type { CadenceDb } from '@/utils/background/db/cadence-db';
import type { PageHandlers, PageToBackground } from '@/utils/protocol/page-to-background';
import type { AttendancePolicy } from '@/utils/core/policy/attendance-policy';
import { createReportStore } from '@/utils/background/stores/report-store';

type ReportRequest = Extract<PageToBackground['type'], `report/${string}` | `sessions/${string}`>;

export interface ReportHandlerDeps {
  db: () => Promise<CadenceDb>;
  now: () => number;
  newId: () => string;
  policy: () => Promise<AttendancePolicy>;
}

/** The requests of the report, the no-show and the cancellation. */
export function createReportHandlers(deps: ReportHandlerDeps): Pick<PageHandlers, ReportRequest> {
  const store = async () => createReportStore({ db: await deps.db(), now: deps.now(), newId: deps.newId, policy: await deps.policy() });
  return {
    'report/open': async (m) => (await store()).open(m.sessionId),
    'report/save-draft': async (m) => (await store()).saveDraft(m.sessionId, m.editorId, m.baseRevision, m.fields),
    'report/end': async (m) => (await store()).end(m.sessionId),
    'sessions/no-show': async (m) => (await store()).flagNoShow(m.sessionId, m.comment),
    'sessions/cancel': async (m) => (await store()).cancelSession(m.sessionId, m.by, m.reason, m.cancelledAt, m.comment),
    'sessions/reschedule': async (m) => (await store()).reschedule(m.sessionId, m.start, m.plannedMinutes),
    'sessions/move': async (m) =>
      (await store()).move(m.sessionId, {
        start: m.start,
        plannedMinutes: m.plannedMinutes,
        meetingUrl: m.meetingUrl === undefined ? undefined : m.meetingUrl || null,
      }),
  };
}
