import { z } from 'zod';
import { DATE_ISSUE, instantSchema, ZONE_ISSUE } from '@/utils/core/scheduling/date-values';
import type { CadenceDb } from '@/utils/background/db/cadence-db';
import { RequestError } from '@/utils/protocol/request-error';
import { EXPORT_KINDS, type ExportKind, type ExportSummary, type ImportProblem } from '@/utils/protocol/reply-views';
import { exerciseSchema, sessionSchema, studentSchema } from '@/utils/core/platform/platform-schemas';
import {
  assignmentRecordSchema,
  liveSessionRecordSchema,
  reportDraftRecordSchema,
  sessionPlanRecordSchema,
  transferRecordSchema,
} from '@/utils/core/rules/stored-records';

/** Everything the mentor's records are, as one file: never the platform token, never the outbox. */
export const EXPORT_FORMAT = 'cadence-export';

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: instantSchema,
  students: z.array(studentSchema).max(100_000),
  sessions: z.array(sessionSchema).max(1_000_000),
  exercises: z.array(exerciseSchema).max(100_000),
  liveSessions: z.array(liveSessionRecordSchema).max(1_000_000),
  // Version 2 added the review, the goals and the mentor's own exercises.
  assignments: z.array(assignmentRecordSchema).max(1_000_000).default([]),
  sessionPlans: z.array(sessionPlanRecordSchema).max(1_000_000).default([]),
  myExercises: z.array(exerciseSchema).max(100_000).default([]),
  reportDrafts: z.array(reportDraftRecordSchema).max(1_000_000).default([]),
  transfers: z.array(transferRecordSchema).max(100_000).default([]),
});

type ExportFile = z.infer<typeof exportFileSchema>;
function importProblem(issue: z.core.$ZodIssue | undefined): ImportProblem | null {
  const [kind, index, ...field] = issue?.path ?? [];
  if (!issue || !EXPORT_KINDS.includes(kind as ExportKind) || typeof index !== 'number') return null;
  const reason = issue.message === DATE_ISSUE ? 'date' : issue.message === ZONE_ISSUE ? 'time-zone' : 'value';
  return { reason, kind: kind as ExportKind, record: index + 1, field: field.join('.') };
}

export async function exportAll(db: CadenceDb, now: number): Promise<string> {
  const tx = db.transaction([...EXPORT_KINDS]);
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: 2,
    exportedAt: new Date(now).toISOString(),
    students: await tx.objectStore('students').getAll(),
    sessions: await tx.objectStore('sessions').getAll(),
    exercises: await tx.objectStore('exercises').getAll(),
    liveSessions: await tx.objectStore('liveSessions').getAll(),
    assignments: await tx.objectStore('assignments').getAll(),
    sessionPlans: await tx.objectStore('sessionPlans').getAll(),
    myExercises: await tx.objectStore('myExercises').getAll(),
    reportDrafts: await tx.objectStore('reportDrafts').getAll(),
    transfers: await tx.objectStore('transfers').getAll(),
  };
  return JSON.stringify(file, null, 1);
}

/**
 * Merges an export into the local records: a record the file has in a newer
 * version replaces the local one, an older one changes nothing, and a record
 * with a write waiting for the platform keeps the mentor's version.
 */
export async function importAll(db: CadenceDb, json: string): Promise<ExportSummary> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new RequestError('invalid-file', 'not-json');
  }
  const parsed = exportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problem = importProblem(parsed.error.issues[0]);
    throw new RequestError('invalid-file', problem ? JSON.stringify(problem) : parsed.error.issues[0]?.path.join('.') || 'format');
  }
  const file = parsed.data;
  const tx = db.transaction([...EXPORT_KINDS, 'outbox'], 'readwrite');
  const waiting = new Set((await tx.objectStore('outbox').getAll()).map((item) => item.entity?.id));
  const summary = {} as ExportSummary;
  const version = (record: { updatedAt: string | number }) => new Date(record.updatedAt).getTime();

  const merge = async <T extends { updatedAt: string | number }>(
    kind: ExportKind,
    records: T[],
    store: { get(key: string): Promise<T | undefined>; put(value: T): Promise<unknown> },
    keyOf: (record: T) => string = (record) => (record as unknown as { id: string }).id,
  ) => {
    const counts = { added: 0, updated: 0, unchanged: 0 };
    for (const record of records) {
      const existing = await store.get(keyOf(record));
      if (!existing) counts.added++;
      else if (version(record) > version(existing) && !waiting.has(keyOf(record))) counts.updated++;
      else {
        counts.unchanged++;
        continue;
      }
      await store.put(record);
    }
    summary[kind] = counts;
  };
  await merge('students', file.students, tx.objectStore('students'));
  await merge('sessions', file.sessions, tx.objectStore('sessions'));
  await merge('exercises', file.exercises, tx.objectStore('exercises'));
  await merge('liveSessions', file.liveSessions, tx.objectStore('liveSessions'));
  await merge('assignments', file.assignments, tx.objectStore('assignments'));
  await merge('sessionPlans', file.sessionPlans, tx.objectStore('sessionPlans'), (plan) => plan.sessionId);
  await merge('myExercises', file.myExercises, tx.objectStore('myExercises'));
  // A draft's version is its save time: the later words win.
  await merge(
    'reportDrafts',
    file.reportDrafts.map((draft) => ({ ...draft, updatedAt: draft.savedAt })),
    {
      get: async (key) => {
        const draft = await tx.objectStore('reportDrafts').get(key);
        return draft && { ...draft, updatedAt: draft.savedAt };
      },
      put: ({ updatedAt: _, ...draft }) => tx.objectStore('reportDrafts').put(draft),
    },
    (draft) => draft.sessionId,
  );
  await merge(
    'transfers',
    file.transfers.map((transfer) => ({ ...transfer, updatedAt: transfer.createdAt })),
    {
      get: async (key) => {
        const transfer = await tx.objectStore('transfers').get(key);
        return transfer && { ...transfer, updatedAt: transfer.createdAt };
      },
      put: ({ updatedAt: _, ...transfer }) => tx.objectStore('transfers').put(transfer),
    },
    (transfer) => transfer.studentId,
  );
  await tx.done;
  return summary;
}

/** Forgets everything, the platform connection included. */
export async function wipeAll(db: CadenceDb): Promise<void> {
  const stores = [...EXPORT_KINDS, 'outbox', 'meta'] as const;
  const tx = db.transaction([...stores], 'readwrite');
  await Promise.all(stores.map((store) => tx.objectStore(store).clear()));
  await tx.done;
}
