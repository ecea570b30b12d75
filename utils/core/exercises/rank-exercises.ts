import type { Outcome } from '@/utils/core/review/assignment';
import type { SourcedExercise } from './sourced-exercise';

/*
 * Points per reason. Work on what the student struggled with comes first: a
 * single struggled skill (18+) outweighs every other reason of one exercise
 * taken together (8 + 4 + 3 + 1 = 16). The same level is the direct retry, one
 * below rebuilds the basics, so it comes a little after. An aced skill asks for
 * a step up; the current project is the near goal and the path the longer one;
 * the student's own level only breaks near-ties.
 */
export const STRUGGLED_SAME_LEVEL_POINTS = 20;
export const STRUGGLED_ONE_BELOW_POINTS = 18;
export const ACED_ONE_ABOVE_POINTS = 8;
export const PROJECT_POINTS = 4;
export const PATH_POINTS = 3;
export const LEVEL_POINTS = 1;

/** What last week's review says about one skill: the assignment's outcome at the assignment's level. */
export interface SkillSignal {
  skill: string;
  outcome: Outcome;
  level: number;
}

export type SuggestionReason =
  | { kind: 'struggled'; skill: string }
  | { kind: 'aced'; skill: string }
  | { kind: 'path'; name: string }
  | { kind: 'project'; name: string }
  | { kind: 'level' };

export interface Suggestion {
  exercise: SourcedExercise;
  score: number;
  reasons: SuggestionReason[];
}

export interface RankInput {
  exercises: SourcedExercise[];
  student: { level: number; pathName: string | null; projectName: string | null };
  signals: SkillSignal[];
  /** Already assigned to or done by the student, or already in next week's goals. */
  excludedIds: ReadonlySet<string>;
  /** What is left of the student's time this week; may be 0 or negative. */
  budgetMinutes: number;
  limit: number;
}

type SkillReason = { kind: 'struggled' | 'aced'; skill: string; points: number };
type Scored = { exercise: SourcedExercise; reasons: { reason: SuggestionReason; points: number }[] };

const normalize = (name: string) => name.trim().toLowerCase();

/**
 * The exercises worth suggesting for next week, best first, that fit together
 * in the student's remaining time.
 */
export function rankExercises(input: RankInput): Suggestion[] {
  const { exercises, student, signals, excludedIds, budgetMinutes, limit } = input;
  if (budgetMinutes <= 0 || limit <= 0) return [];

  const ranked = exercises
    .filter((exercise) => !excludedIds.has(exercise.id))
    .map((exercise) => scoreExercise(exercise, student, signals))
    .map(({ exercise, reasons }) => ({
      exercise,
      score: reasons.reduce((sum, r) => sum + r.points, 0),
      reasons: reasons.map((r) => r.reason),
    }))
    .filter((suggestion) => suggestion.score > 0)
    .sort(bySuggestionOrder);

  const taken: Suggestion[] = [];
  let left = budgetMinutes;
  for (const suggestion of ranked) {
    if (taken.length >= limit) break;
    // Greedy: one too long is skipped, a shorter one further down may still fit.
    if (suggestion.exercise.minutes > left) continue;
    taken.push(suggestion);
    left -= suggestion.exercise.minutes;
  }
  return taken;
}

function scoreExercise(exercise: SourcedExercise, student: RankInput['student'], signals: SkillSignal[]): Scored {
  const skillReasons = distinctSkills(exercise.skills)
    .map((skill) => bestSkillReason(skill, exercise.level, signals))
    .filter((reason): reason is SkillReason => reason !== null);
  const reasons: Scored['reasons'] = [
    ...skillReasons.filter((r) => r.kind === 'struggled'),
    ...skillReasons.filter((r) => r.kind === 'aced'),
  ].map(({ kind, skill, points }) => ({ reason: { kind, skill }, points }));

  if (student.projectName !== null && includesName(exercise.projects, student.projectName)) {
    reasons.push({ reason: { kind: 'project', name: student.projectName }, points: PROJECT_POINTS });
  }
  if (student.pathName !== null && includesName(exercise.paths, student.pathName)) {
    reasons.push({ reason: { kind: 'path', name: student.pathName }, points: PATH_POINTS });
  }
  if (exercise.level === student.level) {
    reasons.push({ reason: { kind: 'level' }, points: LEVEL_POINTS });
  }
  return { exercise, reasons };
}

/** The exercise's skills once each, "CSS" and " css" being the same skill. */
function distinctSkills(skills: string[]): string[] {
  const seen = new Map<string, string>();
  for (const skill of skills) {
    const key = normalize(skill);
    if (key && !seen.has(key)) seen.set(key, skill.trim());
  }
  return [...seen.values()];
}

/** One reason per skill: when several signals match it, the strongest wins. */
function bestSkillReason(skill: string, exerciseLevel: number, signals: SkillSignal[]): SkillReason | null {
  let best: SkillReason | null = null;
  for (const signal of signals) {
    if (normalize(signal.skill) !== normalize(skill)) continue;
    const points = skillPoints(signal, exerciseLevel);
    if (points === 0 || (best && best.points >= points)) continue;
    best = { kind: signal.outcome === 'difficulties' ? 'struggled' : 'aced', skill, points };
  }
  return best;
}

function skillPoints(signal: SkillSignal, exerciseLevel: number): number {
  if (signal.outcome === 'difficulties') {
    if (exerciseLevel === signal.level) return STRUGGLED_SAME_LEVEL_POINTS;
    if (exerciseLevel === signal.level - 1) return STRUGGLED_ONE_BELOW_POINTS;
  }
  if (signal.outcome === 'aced' && exerciseLevel === signal.level + 1) return ACED_ONE_ABOVE_POINTS;
  // 'done' says the level was right, 'not-done' says nothing about the skill.
  return 0;
}

function includesName(names: string[], name: string): boolean {
  const wanted = normalize(name);
  return wanted !== '' && names.some((n) => normalize(n) === wanted);
}

function bySuggestionOrder(a: Suggestion, b: Suggestion): number {
  return (
    b.score - a.score ||
    a.exercise.minutes - b.exercise.minutes ||
    a.exercise.title.localeCompare(b.exercise.title) ||
    (a.exercise.id < b.exercise.id ? -1 : a.exercise.id > b.exercise.id ? 1 : 0)
  );
}
