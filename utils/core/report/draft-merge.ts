import type { FieldEditors, FieldRevisions, ReportFields } from './report-draft';

/**
 * One report may be open in several places at once (the panel on Meet's
 * page, the side panel, the report's tab). Each keeps the revision its text
 * was based on, and the two sides of a field are reconciled by a three-way
 * merge, field by field: a field only one side changed since the base takes
 * that side's value; a field both changed to different values is a conflict,
 * and neither value is dropped.
 */

/** A field the mentor sees and a merge takes whole; the attendance's prefilled mark goes with the attendance. */
export type ReportFieldKey = Exclude<keyof ReportFields, 'attendancePrefilled'>;
/** The fields a report is merged by, in the form's order: each is taken whole from one side. */
export const REPORT_FIELD_KEYS = ['attendance', 'summary', 'privateNotes', 'skillEvaluations'] as const satisfies readonly ReportFieldKey[];

/**
 * A field's value as merged: the attendance carries its prefilled mark with it (the mark says whose
 * the attendance is, so it must never go to one side while the attendance goes to the other).
 */
function valueOf(fields: Partial<ReportFields>, key: ReportFieldKey): unknown {
  return key === 'attendance' ? { ...fields.attendance, prefilled: fields.attendancePrefilled ?? false } : fields[key];
}

/** Copies a field, the attendance's prefilled mark with it. */
function take(into: Partial<ReportFields>, from: Partial<ReportFields>, key: ReportFieldKey): void {
  Object.assign(into, { [key]: from[key] });
  if (key === 'attendance') into.attendancePrefilled = from.attendancePrefilled ?? false;
}

/** Whether two values of a field are the same (plain data: texts, numbers, null, arrays and objects of them). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The fields of `mine` that differ from `base`: what a view has changed since the text it was based on. */
export function changedFields(base: ReportFields, mine: ReportFields): Partial<ReportFields> {
  const changes: Partial<ReportFields> = {};
  for (const key of REPORT_FIELD_KEYS) if (!sameValue(valueOf(base, key), valueOf(mine, key))) take(changes, mine, key);
  return changes;
}

export interface MergeResult {
  /** Each field as it stands after the merge; a field in conflict keeps `theirs` here. */
  merged: ReportFields;
  /** The fields both sides changed to different values, in the form's order. */
  conflicts: ReportFieldKey[];
}

/**
 * The three-way merge of a view's text (`mine`) with a newer one (`theirs`),
 * both grown from `base`. Nothing unsaved (mine is the base) takes theirs whole.
 */
export function mergeFields(base: ReportFields, mine: ReportFields, theirs: ReportFields): MergeResult {
  const merged = { ...theirs };
  const conflicts: ReportFieldKey[] = [];
  for (const key of REPORT_FIELD_KEYS) {
    const [b, m, t] = [valueOf(base, key), valueOf(mine, key), valueOf(theirs, key)];
    if (sameValue(m, b) || sameValue(m, t)) continue;
    if (sameValue(t, b)) take(merged, mine, key);
    else conflicts.push(key);
  }
  return { merged, conflicts };
}

export interface StoredFields {
  fields: ReportFields;
  revision: number;
  fieldRevisions?: FieldRevisions;
  fieldEditors?: FieldEditors;
}

export interface SaveResult {
  fields: ReportFields;
  fieldRevisions: Record<ReportFieldKey, number>;
  fieldEditors: FieldEditors;
  /** Whether anything changed: a new revision is written only then. */
  changed: boolean;
  conflicts: ReportFieldKey[];
}

/**
 * A save by `editor` based on `baseRevision`, carrying the fields its view
 * changed since then, applied to the stored draft: the same three-way merge,
 * with the stored revision of each field standing for the base (a field not
 * changed since the base is the base). A field both sides changed is not
 * written: the stored text stays and the save's view is told, with the field
 * named. A field last written by the same editor is its own text: a save
 * whose reply was lost (the worker stopped) left it there, and the editor,
 * not told, still builds on its older base.
 */
export function applySave(stored: StoredFields, baseRevision: number, changes: Partial<ReportFields>, editor: string): SaveResult {
  const next = stored.revision + 1;
  const fields = { ...stored.fields };
  const fieldEditors = { ...stored.fieldEditors };
  const fieldRevisions = {} as Record<ReportFieldKey, number>;
  for (const key of REPORT_FIELD_KEYS) fieldRevisions[key] = stored.fieldRevisions?.[key] ?? stored.revision;
  const conflicts: ReportFieldKey[] = [];
  let changed = false;
  for (const key of REPORT_FIELD_KEYS) {
    if (!(key in changes) || sameValue(valueOf(changes, key), valueOf(fields, key))) continue;
    if (fieldRevisions[key] <= baseRevision || fieldEditors[key] === editor) {
      take(fields, changes, key);
      fieldRevisions[key] = next;
      fieldEditors[key] = editor;
      changed = true;
    } else conflicts.push(key);
  }
  return { fields, fieldRevisions, fieldEditors, changed, conflicts };
}
