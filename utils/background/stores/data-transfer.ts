import { z } from 'zod';
import { PHASE_KEYS } from '@/utils/core/agenda/phases';
import { DATE_ISSUE, daySchema, epochMsSchema, instantSchema, ZONE_ISSUE } from '@/utils/core/scheduling/date-values';
import type { CadenceDb } from '@/utils/background/db/cadence-db';
import { reportFieldsSchema } from '@/utils/protocol/page-to-background';
import { RequestError } from '@/utils/protocol/request-error';
import { assignmentKindSchema, exerciseSchema, sessionSchema, studentSchema } from '@/utils/core/platform/platform-schemas';
import { OUTCOMES } from '@/utils/core/review/assignment';

/** Everything the mentor's records are, as one file: never the platform token, never the outbox. */
const recordId = z.string().min(1).max(128);
const instant = instantSchema;

const liveSessionSchema = z.object({
  id: recordId,
  meetingCode: z.string().regex(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/).nullable(),
  // Version 1 files come from before calls were linked to sessions.
  sessionId: recordId.nullable().default(null),
  startedAt: epochMsSchema,
  plannedMinutes: z.number().int().min(1).max(600),
  phases: z.array(z.object({ key: z.enum(PHASE_KEYS), minutes: z.number().int().min(0).max(600) })).length(3),
  phaseChanges: z.array(z.object({ index: z.number().int().min(0).max(2), at: epochMsSchema })).min(1).max(10_000),
  checked: z.array(z.string().max(100)).max(100),
  endedAt: epochMsSchema.nullable(),
  endReason: z.enum(['call-ended', 'mentor']).nullable(),
  updatedAt: epochMsSchema,
});

const assignmentSchema = z.object({
  id: recordId,
  studentId: recordId,
  setInSessionId: recordId,
  origin: z.enum(['goal', 'unasked']),
  kind: assignmentKindSchema,
  title: z.string().min(1).max(300),
  url: z.url({ protocol: /^https?$/ }).max(2048).nullable(),
  estimatedMinutes: z.number().int().min(0).max(6000),
  skills: z.array(z.string().min(1).max(80)).max(20),
  exerciseId: recordId.nullable(),
  level: z.number().int().min(1).max(5).nullable(),
  order: z.number().int().min(0).max(100_000),
  createdAt: instant,
  updatedAt: instant,
  review: z
    .object({ outcome: z.enum(OUTCOMES), note: z.string().max(2000), sessionId: recordId, at: instant })
    .nullable(),
  carriedOver: z.object({ fromId: recordId, firstId: recordId, times: z.number().int().min(2).max(1000) }).optional(),
});

const sessionPlanSchema = z.object({
  sessionId: recordId,
  studentId: recordId,
  hoursThisWeek: z.number().min(0).max(80).nullable(),
  nextSessionId: recordId.nullable(),
  notDoneFlaggedAt: instant.nullable(),
  updatedAt: instant,
});

const reportDraftSchema = reportFieldsSchema.extend({
  sessionId: recordId,
  studentId: recordId,
  revision: z.number().int().min(0),
  savedAt: epochMsSchema,
  ended: z.object({ at: epochMsSchema, revision: z.number().int(), correction: z.boolean() }).nullable(),
  sent: z.object({ at: epochMsSchema, revision: z.number().int() }).nullable(),
});

const transferSchema = z.object({
  studentId: recordId,
  effectiveDate: daySchema,
  reason: z.string().min(1).max(2000),
  messageToStudent: z.string().max(5000),
  handoffSummary: z.string().max(50_000),
  createdAt: instant,
});

export const EXPORT_FORMAT = 'cadence-export';

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: instant,
  students: z.array(studentSchema).max(100_000),
  sessions: z.array(sessionSchema).max(1_000_000),
  exercises: z.array(exerciseSchema).max(100_000),
  liveSessions: z.array(liveSessionSchema).max(1_000_000),
  // Version 2 added the review, the goals and the mentor's own exercises.
  assignments: z.array(assignmentSchema).max(1_000_000).default([]),
  sessionPlans: z.array(sessionPlanSchema).max(1_000_000).default([]),
  myExercises: z.array(exerciseSchema).max(100_000).default([]),
  reportDrafts: z.array(reportDraftSchema).max(1_000_000).default([]),
  transfers: z.array(transferSchema).max(100_000).default([]),
});

const STORES = [
  'students',
  'sessions',
  'exercises',
  'liveSessions',
  'assignments',
  'sessionPlans',
  'myExercises',
  'reportDrafts',
  'transfers',
] as const;

type ExportFile = z.infer<typeof exportFileSchema>;
type Kind = (typeof STORES)[number];
export type ExportSummary = Record<Kind, { added: number; updated: number; unchanged: number }>;

/** Where a file was refused: the first record it could not take, and in it the field, as the file names it. */
export interface ImportProblem {
  reason: 'date' | 'time-zone' | 'value';
  kind: Kind;
  /** Counted from 1, as a person counts. */
  record: number;
  field: string;
}

function importProblem(issue: z.core.$ZodIssue | undefined): ImportProblem | null {
  const [kind, index, ...field] = issue?.path ?? [];
  if (!issue || !STORES.includes(kind as Kind) || typeof index !== 'number') return null;
  const reason = issue.message === DATE_ISSUE ? 'date' : issue.message === ZONE_ISSUE ? 'time-zone' : 'value';
  return { reason, kind: kind as Kind, record: index + 1, field: field.join('.') };
}

/** The problem a refused import's detail names, or null when it names none (not JSON, not an export). */
export function readImportProblem(detail: string | undefined): ImportProblem | null {
  try {
    const problem = JSON.parse(detail ?? '') as ImportProblem;
    return STORES.includes(problem.kind) && Number.isInteger(problem.record) ? problem : null;
  } catch {
    return null;
  }
}

export async function exportAll(db: CadenceDb, now: number): Promise<string> {
  const tx = db.transaction([...STORES]);
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
  const tx = db.transaction([...STORES, 'outbox'], 'readwrite');
  const waiting = new Set((await tx.objectStore('outbox').getAll()).map((item) => item.entity?.id));
  const summary = {} as ExportSummary;
  const version = (record: { updatedAt: string | number }) => new Date(record.updatedAt).getTime();

  const merge = async <T extends { updatedAt: string | number }>(
    kind: Kind,
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
  await merge('reportDrafts', file.reportDrafts.map((draft) => ({ ...draft, updatedAt: draft.savedAt })), {
    get: async (key) => {
      const draft = await tx.objectStore('reportDrafts').get(key);
      return draft && { ...draft, updatedAt: draft.savedAt };
    },
    put: ({ updatedAt: _, ...draft }) => tx.objectStore('reportDrafts').put(draft),
  }, (draft) => draft.sessionId);
  await merge('transfers', file.transfers.map((transfer) => ({ ...transfer, updatedAt: transfer.createdAt })), {
    get: async (key) => {
      const transfer = await tx.objectStore('transfers').get(key);
      return transfer && { ...transfer, updatedAt: transfer.createdAt };
    },
    put: ({ updatedAt: _, ...transfer }) => tx.objectStore('transfers').put(transfer),
  }, (transfer) => transfer.studentId);
  await tx.done;
  return summary;
}

/** Forgets everything, the platform connection included. */
export async function wipeAll(db: CadenceDb): Promise<void> {
  const stores = [...STORES, 'outbox', 'meta'] as const;
  const tx = db.transaction([...stores], 'readwrite');
  await Promise.all(stores.map((store) => tx.objectStore(store).clear()));
  await tx.done;
}
