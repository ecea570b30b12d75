import { z } from 'zod';
import { type Goal, type ReportInput, reportInputSchema } from '@/utils/core/platform/platform-schemas';
import type { Assignment } from '@/utils/core/review/assignment';
import { outcomeCounts } from '@/utils/core/review/outcome-history';
import { type AttendanceEvidence, prefilledAttendance } from '@/utils/core/policy/attendance-evidence';

/**
 * The most a draft's long texts (how it went, private notes) hold: far above
 * any report, so a long paste is kept whole and the mentor told, never cut.
 * A report kept on this computer may be that long; the platform takes less
 * (see `reportInputSchema`).
 */
export const DRAFT_TEXT_MAX = 500_000;
/** A skill's comment as typed: the platform takes 500 characters, a draft or a report kept here more. */
export const DRAFT_COMMENT_MAX = 5_000;

/** The skill rubric: 1 not yet, 2 with help, 3 on their own, 4 could teach it. */
export const SKILL_LEVELS = [1, 2, 3, 4] as const;

export interface SkillEvaluationDraft {
  skill: string;
  /** Null while the mentor has not chosen one. */
  level: number | null;
  comment: string;
}

/** What the mentor types; saved as they type, whole, each time. */
export interface ReportFields {
  attendance: { status: 'present' | 'late'; lateMinutes: number };
  /**
   * The attendance is Cadence's, from who Meet's page showed in the call, and the mentor has not
   * confirmed or changed it yet: it follows that evidence until they do (sending the report does).
   */
  attendancePrefilled?: boolean;
  /** How the session went: shared with the student. */
  summary: string;
  /** Never shared, never sent: the mentor's own memory. */
  privateNotes: string;
  skillEvaluations: SkillEvaluationDraft[];
}

/** The revision each field last changed in (`draft-merge.ts`). A draft from before they were kept has none: each is read as the draft's revision. */
export type FieldRevisions = Partial<Record<keyof ReportFields, number>>;
/** The editor (one page's view of the report, by a random id) that last wrote each field. */
export type FieldEditors = Partial<Record<keyof ReportFields, string>>;

/**
 * A session's report from the first keystroke to the platform. `revision`
 * counts the saves (0: never saved, or a draft kept before revisions were);
 * `fieldRevisions` says in which one each field last changed, and
 * `fieldEditors` which editor wrote it; `ended` is the mentor's "send" or "finish" (the revision it
 * validated and whether it corrects one already sent); `sent` is the platform's
 * receipt of that revision.
 */
export interface ReportDraft extends ReportFields {
  sessionId: string;
  studentId: string;
  revision: number;
  fieldRevisions?: FieldRevisions;
  fieldEditors?: FieldEditors;
  savedAt: number;
  ended: { at: number; revision: number; correction: boolean } | null;
  sent: { at: number; revision: number } | null;
}

/** The fields the mentor types, out of the draft that holds them. */
export const fieldsOf = ({ attendance, attendancePrefilled, summary, privateNotes, skillEvaluations }: ReportFields): ReportFields => ({
  attendance,
  ...(attendancePrefilled === undefined ? {} : { attendancePrefilled }),
  summary,
  privateNotes,
  skillEvaluations,
});

export const emptyReportFields = (): ReportFields => ({
  attendance: { status: 'present', lateMinutes: 0 },
  summary: '',
  privateNotes: '',
  skillEvaluations: [],
});

/**
 * The draft with its attendance filled from the call's evidence: a draft never saved, or one whose
 * attendance is still Cadence's. The mentor's own choice is never replaced; no evidence, no change.
 */
export function withPrefilledAttendance(draft: ReportDraft, evidence: AttendanceEvidence): ReportDraft {
  if (draft.revision > 0 && !draft.attendancePrefilled) return draft;
  const attendance = prefilledAttendance(evidence);
  return attendance ? { ...draft, attendance, attendancePrefilled: true } : draft;
}

/** A field of the report, as validation names it. */
export type ReportField = 'summary' | 'attendance' | `skill-${number}` | 'goals';

/** Why a report cannot be sent yet, per field. */
export type ReportProblem =
  | { field: 'summary'; kind: 'empty' | 'too-long' }
  | { field: 'attendance'; kind: 'late-minutes' }
  | { field: `skill-${number}`; kind: 'no-level' | 'no-skill' | 'comment-too-long' }
  | { field: 'goals'; kind: 'too-many' };

/**
 * What the student will receive: the shared fields, next week's goals and
 * the next date. Private notes never leave the draft.
 */
export function reportInput(
  fields: ReportFields,
  goals: readonly Assignment[],
  nextSessionStart: string | null,
  correction: boolean,
): ReportInput {
  return {
    attendance: {
      status: fields.attendance.status,
      lateMinutes: fields.attendance.status === 'late' ? fields.attendance.lateMinutes : 0,
    },
    summary: fields.summary.trim(),
    skillEvaluations: fields.skillEvaluations.map((evaluation) => ({
      skill: evaluation.skill.trim(),
      level: evaluation.level ?? 0,
      comment: evaluation.comment.trim(),
    })),
    goals: goals.map(toGoal),
    nextSessionStart,
    correction,
  };
}

function toGoal(assignment: Assignment): Goal {
  return {
    kind: assignment.kind,
    title: assignment.title,
    url: assignment.url,
    estimatedMinutes: assignment.estimatedMinutes,
    skills: assignment.skills,
  };
}

/** A report that stays on this computer: as the platform's, but for how long its text may be. */
const keptReportSchema = reportInputSchema.extend({
  summary: z.string().min(1).max(DRAFT_TEXT_MAX),
  skillEvaluations: z
    .array(reportInputSchema.shape.skillEvaluations.element.extend({ comment: z.string().max(DRAFT_COMMENT_MAX) }))
    .max(50),
});

/**
 * The problems the mentor must mend before the report can go, in the order of
 * the form; `toPlatform` says whether it goes to the platform, with its limits.
 */
export function reportProblems(input: ReportInput, toPlatform: boolean): ReportProblem[] {
  const parsed = (toPlatform ? reportInputSchema : keptReportSchema).safeParse(input);
  if (parsed.success) return [];
  const problems: ReportProblem[] = [];
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const [first, index, key] = issue.path;
    let problem: ReportProblem | null = null;
    if (first === 'summary') problem = { field: 'summary', kind: input.summary.length === 0 ? 'empty' : 'too-long' };
    else if (first === 'attendance') problem = { field: 'attendance', kind: 'late-minutes' };
    else if (first === 'skillEvaluations' && typeof index === 'number') {
      const kind = key === 'level' ? 'no-level' : key === 'skill' ? 'no-skill' : 'comment-too-long';
      problem = { field: `skill-${index}`, kind };
    } else if (first === 'goals') problem = { field: 'goals', kind: 'too-many' };
    const id = problem && `${problem.field}:${problem.kind}`;
    if (problem && id && !seen.has(id)) {
      seen.add(id);
      problems.push(problem);
    }
  }
  return problems;
}

/** One line on last week's review, for the report's preview and the handoff. */
export function reviewCounts(reviewed: readonly Assignment[]) {
  return outcomeCounts(reviewed.filter((assignment) => assignment.review));
}
