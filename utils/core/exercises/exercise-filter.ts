import { BUILT_IN_SKILLS, skillLabel } from './built-in-exercises';
import type { ExerciseSource, SourcedExercise } from './sourced-exercise';

/** How long an exercise may take, as the finder offers it: up to 30 min, 1 h, 2 h, or more. */
export const LENGTH_BUCKETS = ['up-to-30', 'up-to-60', 'up-to-120', 'longer'] as const;
export type LengthBucket = (typeof LENGTH_BUCKETS)[number];

export interface ExerciseFilter {
  /** Words to find in the title, the instructions or the skills. */
  text: string;
  skill: string | null;
  level: number | null;
  length: LengthBucket | null;
  source: ExerciseSource | null;
}

export const NO_FILTER: ExerciseFilter = { text: '', skill: null, level: null, length: null, source: null };

/** Text as a search compares it: "Élément" and "element" are the same word. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const skillKey = (skill: string) => skill.trim().toLowerCase();

/** The bounds are "up to": a 20-minute exercise is also one of up to an hour. */
function fitsLength(minutes: number, length: LengthBucket): boolean {
  switch (length) {
    case 'up-to-30':
      return minutes <= 30;
    case 'up-to-60':
      return minutes <= 60;
    case 'up-to-120':
      return minutes <= 120;
    case 'longer':
      return minutes > 120;
  }
}

/** The exercises that pass every filter set, in the collection's order. */
export function filterExercises(exercises: SourcedExercise[], filter: ExerciseFilter, language: string): SourcedExercise[] {
  const words = foldText(filter.text).split(/\s+/).filter(Boolean);
  const skill = filter.skill === null ? null : skillKey(filter.skill);
  return exercises.filter((exercise) => {
    if (filter.source !== null && exercise.source !== filter.source) return false;
    if (filter.level !== null && exercise.level !== filter.level) return false;
    if (filter.length !== null && !fitsLength(exercise.minutes, filter.length)) return false;
    if (skill !== null && !exercise.skills.some((s) => skillKey(s) === skill)) return false;
    if (words.length === 0) return true;
    // Skills are searched by their name and by the label the mentor reads.
    const skills = exercise.skills.flatMap((s) => [s, skillLabel(s, language)]);
    const haystack = foldText([exercise.title, exercise.instructions, ...skills].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}

/** Each skill of the collection once ("CSS" and "css" being one), sorted by the label the mentor reads. */
export function collectionSkills(exercises: SourcedExercise[], language: string): string[] {
  const seen = new Map<string, string>();
  for (const skill of exercises.flatMap((exercise) => exercise.skills)) {
    const key = skillKey(skill);
    if (key && !seen.has(key)) seen.set(key, skill.trim());
  }
  const collator = new Intl.Collator(language);
  return [...seen.values()].sort((a, b) => collator.compare(skillLabel(a, language), skillLabel(b, language)));
}

/** Skills as a form shows them: the mentor's labels, comma-separated. */
export function skillsToText(skills: string[], language: string): string {
  return skills.map((skill) => skillLabel(skill, language)).join(', ');
}

/**
 * Skills typed comma-separated, each once. A built-in skill typed by its
 * translated label is kept under its stable name, so it still matches the
 * starter set.
 */
export function skillsFromText(text: string, language: string): string[] {
  const byLabel = new Map(BUILT_IN_SKILLS.map((skill) => [skillKey(skillLabel(skill, language)), skill as string]));
  const seen = new Map<string, string>();
  for (const part of text.split(',')) {
    const typed = part.trim();
    const skill = byLabel.get(skillKey(typed)) ?? typed;
    if (skill && !seen.has(skillKey(skill))) seen.set(skillKey(skill), skill);
  }
  return [...seen.values()];
}

/** Exercises the student already had or has in next week's goals: never offered again. */
export function givenExerciseIds(usedExerciseIds: string[], goals: { exerciseId: string | null }[]): Set<string> {
  return new Set([...usedExerciseIds, ...goals.flatMap((goal) => (goal.exerciseId ? [goal.exerciseId] : []))]);
}
