import type { CadenceDb } from '@/utils/background/db/cadence-db';
import { RequestError } from '@/utils/protocol/request-error';
import { kindsOfSessions } from '@/utils/core/agenda/kinds-held';
import { attendanceSummary } from '@/utils/core/policy/attendance-summary';
import type { SkillHistory, StudentRecord, TransferRecord } from '@/utils/core/students/student-record';
import { byStart } from '@/utils/core/platform/session-time';
import { isLocalId } from '@/utils/core/platform/local-ids';
import { newOutboxItem } from '@/utils/core/sync/outbox-item';

/** The calendar day of `now` on this computer, YYYY-MM-DD. */
const localDay = (now: number) => new Date(now).toLocaleDateString('en-CA');

/** A transfer is asked for at least this many days ahead. */
export const TRANSFER_NOTICE_DAYS = 7;

/** From its date on, a transferred student is a former student. */
export const isFormer = (transfer: TransferRecord, now: number) => transfer.effectiveDate <= localDay(now);

export async function readStudentRecord(db: CadenceDb, studentId: string, now: number): Promise<StudentRecord> {
  const tx = db.transaction(['students', 'sessions', 'assignments', 'reportDrafts', 'transfers', 'meta', 'liveSessions', 'sessionPlans']);
  const student = await tx.objectStore('students').get(studentId);
  if (!student) throw new RequestError('not-found');
  const [sessions, assignments, transfer, connection] = await Promise.all([
    tx.objectStore('sessions').index('by-student').getAll(studentId),
    tx.objectStore('assignments').index('by-student').getAll(studentId),
    tx.objectStore('transfers').get(studentId),
    tx.objectStore('meta').get('connection'),
  ]);
  const ids = new Set(sessions.map((session) => session.id));
  const reports = (await tx.objectStore('reportDrafts').getAll()).filter((draft) => ids.has(draft.sessionId));
  const kinds = kindsOfSessions(
    (await tx.objectStore('liveSessions').getAll()).filter((live) => live.sessionId !== null && ids.has(live.sessionId)),
    (await tx.objectStore('sessionPlans').getAll()).filter((plan) => ids.has(plan.sessionId)),
  );
  const startOf = new Map(sessions.map((session) => [session.id, session.start]));
  sessions.sort((a, b) => byStart(b, a));
  assignments.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.order - b.order);
  reports.sort((a, b) => (startOf.get(b.sessionId) ?? '').localeCompare(startOf.get(a.sessionId) ?? ''));
  return {
    student,
    sessions,
    assignments,
    reports,
    skills: skillHistory(reports, startOf),
    kinds: Object.fromEntries(kinds),
    attendance: attendanceSummary(sessions, now, new Set(sessions.filter((s) => s.status === 'completed').map((s) => s.id))),
    transfer: transfer ?? null,
    former: transfer ? isFormer(transfer, now) : false,
    connected: connection?.key === 'connection',
  };
}

/** Each skill's levels, oldest first, from the reports' evaluations. */
function skillHistory(reports: StudentRecord['reports'], startOf: Map<string, string>): SkillHistory[] {
  const bySkill = new Map<string, SkillHistory>();
  for (const report of reports) {
    for (const evaluation of report.skillEvaluations) {
      if (evaluation.level === null || !evaluation.skill.trim()) continue;
      const skill = evaluation.skill.trim();
      const history = bySkill.get(skill.toLowerCase()) ?? { skill, evaluations: [] };
      history.evaluations.push({
        sessionId: report.sessionId,
        at: startOf.get(report.sessionId) ?? new Date(report.savedAt).toISOString(),
        level: evaluation.level,
        comment: evaluation.comment,
      });
      bySkill.set(skill.toLowerCase(), history);
    }
  }
  for (const history of bySkill.values()) history.evaluations.sort((a, b) => a.at.localeCompare(b.at));
  return [...bySkill.values()].sort((a, b) => a.skill.localeCompare(b.skill));
}

/**
 * Records the transfer here and, when the platform is connected and knows
 * the student, queues the request for it, in one transaction.
 */
export async function requestTransfer(
  db: CadenceDb,
  input: Omit<TransferRecord, 'createdAt'>,
  now: number,
  newId: () => string,
): Promise<TransferRecord> {
  // The student is told at least a week ahead: checked here too, whatever the page let through.
  if (input.effectiveDate < localDay(now + TRANSFER_NOTICE_DAYS * 86_400_000)) throw new RequestError('invalid-message', 'too-soon');
  const tx = db.transaction(['students', 'transfers', 'outbox', 'meta'], 'readwrite', { durability: 'strict' });
  if (!(await tx.objectStore('students').get(input.studentId))) throw new RequestError('not-found');
  const existing = await tx.objectStore('transfers').get(input.studentId);
  if (existing) throw new RequestError('read-only', 'already-requested');
  const transfer: TransferRecord = { ...input, createdAt: new Date(now).toISOString() };
  await tx.objectStore('transfers').put(transfer);
  const connected = (await tx.objectStore('meta').get('connection'))?.key === 'connection';
  if (connected && !isLocalId(input.studentId)) {
    const write = {
      id: newId(),
      endpoint: 'requestTransfer',
      params: {},
      body: { ...input },
      entity: { store: 'students', id: input.studentId },
    } as const;
    await tx.objectStore('outbox').put(newOutboxItem(write, now));
  }
  await tx.done;
  return transfer;
}
