import { z } from 'zod';
import { RECORD_ID_MAX } from '@/utils/core/rules/limits';

/** A record of a list the contract refused: its id when it has one, and the first field at fault. */
export interface RefusedRecord {
  id: string | null;
  field: string;
}

type PageSchema = z.ZodObject<{ items: z.ZodArray<z.ZodType>; serverTime: z.ZodType }>;

/**
 * Reads a list answer so that one record the contract refuses (a student whose
 * guide link is ftp://…) is left out and named while the others load. The
 * envelope itself (the list, `serverTime`) must be sound, or the whole answer
 * is refused.
 */
export function readPage<S extends PageSchema>(pageSchema: S, body: unknown): { page: z.output<S>; refused: RefusedRecord[] } | null {
  const whole = pageSchema.safeParse(body);
  if (whole.success) return { page: whole.data, refused: [] };
  const raw = z.object({ items: z.array(z.unknown()) }).safeParse(body);
  if (!raw.success) return null;
  const item = pageSchema.shape.items.element;
  const kept: unknown[] = [];
  const refused: RefusedRecord[] = [];
  for (const record of raw.data.items) {
    const parsed = item.safeParse(record);
    if (parsed.success) kept.push(record);
    else refused.push({ id: idOf(record), field: parsed.error.issues[0]?.path.join('.') ?? '' });
  }
  const page = pageSchema.safeParse({ ...(body as object), items: kept });
  return page.success ? { page: page.data, refused } : null;
}

function idOf(record: unknown): string | null {
  const id = record !== null && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id.slice(0, RECORD_ID_MAX) : null;
}
