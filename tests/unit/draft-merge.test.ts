import { describe, expect, it } from 'vitest';
import { applySave, changedFields, mergeFields, sameValue } from '@/utils/core/report/draft-merge';
import { emptyReportFields, type ReportFields } from '@/utils/core/report/report-draft';

const fields = (overrides: Partial<ReportFields> = {}): ReportFields => ({ ...emptyReportFields(), ...overrides });
const PANEL = 'editor-in-the-panel';
const flexbox = { skill: 'CSS flexbox', level: 3, comment: 'On her own.' };

describe('the three-way merge of two views of one report', () => {
  const base = fields({ summary: 'We rebuilt the header.', privateNotes: 'Tired.' });

  it('takes the newer text whole when this view changed nothing', () => {
    const theirs = fields({ summary: 'We rebuilt the header and the footer.', privateNotes: 'Tired.', skillEvaluations: [flexbox] });
    expect(mergeFields(base, base, theirs)).toEqual({ merged: theirs, conflicts: [] });
  });

  it('keeps what this view changed and takes what the other changed, field by field', () => {
    const mine = { ...base, privateNotes: 'Tired: new job this week.' };
    const theirs = { ...base, summary: 'We rebuilt the header and the footer.' };
    expect(mergeFields(base, mine, theirs)).toEqual({
      merged: { ...base, summary: 'We rebuilt the header and the footer.', privateNotes: 'Tired: new job this week.' },
      conflicts: [],
    });
  });

  it('names a field both changed differently, and keeps the newer text there until the mentor chooses', () => {
    const mine = { ...base, summary: 'We rebuilt the header. Mine.' };
    const theirs = { ...base, summary: 'We rebuilt the header. Theirs.', attendance: { status: 'late' as const, lateMinutes: 10 } };
    expect(mergeFields(base, mine, theirs)).toEqual({ merged: theirs, conflicts: ['summary'] });
  });

  it('sees no conflict when both wrote the same thing, whatever the order of an object’s keys', () => {
    const mine = { ...base, attendance: { status: 'late' as const, lateMinutes: 5 } };
    const theirs = { ...base, attendance: { lateMinutes: 5, status: 'late' as const } };
    expect(mergeFields(base, mine, theirs).conflicts).toEqual([]);
  });

  it("moves the attendance and its prefilled mark together: the mentor's choice is never marked as Cadence's", () => {
    const prefilled = { ...base, attendance: { status: 'late' as const, lateMinutes: 7 }, attendancePrefilled: true };
    const confirmed = { ...prefilled, attendancePrefilled: false };
    const other = { ...prefilled, summary: 'We rebuilt the header and the footer.' };
    expect(changedFields(prefilled, confirmed)).toEqual({ attendance: confirmed.attendance, attendancePrefilled: false });
    expect(mergeFields(prefilled, confirmed, other).merged).toMatchObject({ attendancePrefilled: false, summary: other.summary });
    const saved = applySave({ fields: prefilled, revision: 3 }, 3, changedFields(prefilled, confirmed), PANEL);
    expect(saved.fields.attendancePrefilled).toBe(false);
    expect(saved.changed).toBe(true);
  });

  it('compares skill lists by their content', () => {
    expect(sameValue([flexbox], [{ ...flexbox }])).toBe(true);
    expect(sameValue([flexbox], [{ ...flexbox, level: 2 }])).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue({ level: null }, { level: 0 })).toBe(false);
  });

  it('lists only the fields a view changed since its base', () => {
    expect(changedFields(base, { ...base, privateNotes: 'Tired: new job.' })).toEqual({ privateNotes: 'Tired: new job.' });
    expect(changedFields(base, base)).toEqual({});
  });
});

describe('a save applied to the stored draft', () => {
  // Revision 4: the summary last changed in 4, the notes in 2, the rest never.
  const stored = {
    fields: fields({ summary: 'Four saves in.', privateNotes: 'Two saves in.' }),
    revision: 4,
    fieldRevisions: { attendance: 0, summary: 4, privateNotes: 2, skillEvaluations: 0 },
    fieldEditors: { summary: 'editor-in-the-tab', privateNotes: 'editor-in-the-tab' },
  };

  it('writes a save based on the current revision, and stamps the fields it changed', () => {
    const result = applySave(stored, 4, { summary: 'Five saves in.' }, PANEL);
    expect(result).toEqual({
      fields: { ...stored.fields, summary: 'Five saves in.' },
      fieldRevisions: { ...stored.fieldRevisions, summary: 5 },
      fieldEditors: { ...stored.fieldEditors, summary: PANEL },
      changed: true,
      conflicts: [],
    });
  });

  it('writes the fields of an older save that nobody changed since its base', () => {
    const result = applySave(stored, 2, { privateNotes: 'Notes from the panel.', skillEvaluations: [flexbox] }, PANEL);
    expect(result.conflicts).toEqual([]);
    expect(result.fields).toEqual({ ...stored.fields, privateNotes: 'Notes from the panel.', skillEvaluations: [flexbox] });
    expect(result.fieldRevisions).toMatchObject({ privateNotes: 5, skillEvaluations: 5, summary: 4 });
  });

  it('never writes an older save over a field changed since its base: the field is named, the stored text stays', () => {
    const result = applySave(stored, 3, { summary: 'The panel’s older summary.', privateNotes: 'Notes from the panel.' }, PANEL);
    expect(result.conflicts).toEqual(['summary']);
    expect(result.fields.summary).toBe('Four saves in.');
    expect(result.fields.privateNotes).toBe('Notes from the panel.');
    expect(result.changed).toBe(true);
  });

  it('takes a field its own editor wrote last as its own: a save whose reply was lost, then tried again with more words', () => {
    const lostReply = applySave(stored, 4, { summary: 'Four saves in. And' }, PANEL);
    const again = {
      ...stored,
      fields: lostReply.fields,
      revision: 5,
      fieldRevisions: lostReply.fieldRevisions,
      fieldEditors: lostReply.fieldEditors,
    };
    expect(applySave(again, 4, { summary: 'Four saves in. And more.' }, PANEL)).toMatchObject({
      conflicts: [],
      fields: { summary: 'Four saves in. And more.' },
    });
    // Another editor on the same old base is told.
    expect(applySave(again, 4, { summary: 'Four saves in. Elsewhere.' }, 'editor-in-the-tab')).toMatchObject({ conflicts: ['summary'] });
  });

  it('writes nothing when an older save carries what is already stored', () => {
    expect(applySave(stored, 1, { summary: 'Four saves in.' }, PANEL)).toMatchObject({ changed: false, conflicts: [] });
    expect(applySave(stored, 4, {}, PANEL)).toMatchObject({ changed: false, conflicts: [] });
  });

  it('reads a draft kept before fields had revisions as changed in its own revision: an older save conflicts, never overwrites', () => {
    const old = { fields: fields({ summary: 'Kept before.' }), revision: 3 };
    expect(applySave(old, 2, { summary: 'Older.' }, PANEL)).toMatchObject({ changed: false, conflicts: ['summary'] });
    expect(applySave(old, 3, { summary: 'Newer.' }, PANEL)).toMatchObject({
      changed: true,
      fields: { summary: 'Newer.' },
      fieldRevisions: { summary: 4, attendance: 3, privateNotes: 3, skillEvaluations: 3 },
    });
  });
});
