import { z } from 'zod';
import { PHASE_KEYS } from '../agenda/phases';
import type { CadenceDb } from '../db/cadence-db';
import { RequestError } from '../messaging/request-error';
import { exerciseSchema, sessionSchema, studentSchema } from '../platform/platform-schemas';

/** Everything the mentor's records are, as one file: never the platform token, never the outbox. */
const liveSessionSchema = z.object({
  id: z.string().min(1).max(128),
  meetingCode: z.string().regex(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/).nullable(),
  startedAt: z.number().int().nonnegative(),
  plannedMinutes: z.number().int().min(1).max(600),
  phases: z.array(z.object({ key: z.enum(PHASE_KEYS), minutes: z.number().int().min(0).max(600) })).length(3),
  phaseChanges: z.array(z.object({ index: z.number().int().min(0).max(2), at: z.number().int() })).min(1).max(10_000),
  checked: z.array(z.string().max(100)).max(100),
  endedAt: z.number().int().nullable(),
  endReason: z.enum(['call-ended', 'mentor']).nullable(),
  updatedAt: z.number().int(),
});

export const EXPORT_FORMAT = 'cadence-export';

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  students: z.array(studentSchema).max(100_000),
  sessions: z.array(sessionSchema).max(1_000_000),
  exercises: z.array(exerciseSchema).max(100_000),
  liveSessions: z.array(liveSessionSchema).max(1_000_000),
});

type ExportFile = z.infer<typeof exportFileSchema>;
type Kind = 'students' | 'sessions' | 'exercises' | 'liveSessions';
export type ExportSummary = Record<Kind, { added: number; updated: number; unchanged: number }>;

export async function exportAll(db: CadenceDb, now: number): Promise<string> {
  const tx = db.transaction(['students', 'sessions', 'exercises', 'liveSessions']);
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: new Date(now).toISOString(),
    students: await tx.objectStore('students').getAll(),
    sessions: await tx.objectStore('sessions').getAll(),
    exercises: await tx.objectStore('exercises').getAll(),
    liveSessions: await tx.objectStore('liveSessions').getAll(),
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
  if (!parsed.success) throw new RequestError('invalid-file', parsed.error.issues[0]?.path.join('.') || 'format');
  const file = parsed.data;
  const tx = db.transaction(['students', 'sessions', 'exercises', 'liveSessions', 'outbox'], 'readwrite');
  const waiting = new Set((await tx.objectStore('outbox').getAll()).map((item) => item.entity?.id));
  const summary = {} as ExportSummary;
  const version = (record: { updatedAt: string | number }) => new Date(record.updatedAt).getTime();

  const merge = async <T extends { id: string; updatedAt: string | number }>(
    kind: Kind,
    records: T[],
    store: { get(id: string): Promise<T | undefined>; put(value: T): Promise<unknown> },
  ) => {
    const counts = { added: 0, updated: 0, unchanged: 0 };
    for (const record of records) {
      const existing = await store.get(record.id);
      if (!existing) counts.added++;
      else if (version(record) > version(existing) && !waiting.has(record.id)) counts.updated++;
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
  await tx.done;
  return summary;
}

/** Forgets everything, the platform connection included. */
export async function wipeAll(db: CadenceDb): Promise<void> {
  const stores = ['students', 'sessions', 'exercises', 'liveSessions', 'outbox', 'meta'] as const;
  const tx = db.transaction([...stores], 'readwrite');
  await Promise.all(stores.map((store) => tx.objectStore(store).clear()));
  await tx.done;
}
