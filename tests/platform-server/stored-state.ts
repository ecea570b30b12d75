import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import {
  exerciseSchema,
  mentorSchema,
  reportSchema,
  sessionSchema,
  studentFlagSchema,
  studentSchema,
  transferRequestSchema,
} from '../../utils/core/platform/platform-schemas';

/** An answer kept under its Idempotency-Key, replayed as is. */
const idempotencyRecordSchema = z.object({
  /** Canonical JSON of method, path and body: what "the same request" means. */
  fingerprint: z.string(),
  status: z.number().int(),
  /** The JSON text sent: a replay is the same bytes. */
  body: z.string(),
  at: z.iso.datetime({ offset: true }),
});

/** Everything the reference platform knows; the data file holds exactly this. */
export const storedStateSchema = z.object({
  version: z.literal(1),
  mentor: mentorSchema,
  students: z.array(studentSchema),
  sessions: z.array(sessionSchema),
  /** Every report submitted, corrections included, oldest first. */
  reports: z.array(reportSchema),
  exercises: z.array(exerciseSchema),
  transferRequests: z.array(transferRequestSchema),
  /** Data files from before flags existed have none. */
  studentFlags: z.array(studentFlagSchema).default([]),
  idempotency: z.record(z.string(), idempotencyRecordSchema),
});

export type StoredState = z.infer<typeof storedStateSchema>;

/** The state in the file, or null when there is no file yet; a file that does not parse is an error, never overwritten. */
export function loadState(file: string): StoredState | null {
  if (!existsSync(file)) return null;
  const parsed = storedStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a platform data file:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Written aside then renamed over: a crash leaves the old file or the new one, never half of one. */
export function saveState(file: string, state: StoredState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, { flush: true });
  renameSync(temp, file);
}

/** JSON with object keys sorted, so two equal bodies compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}
