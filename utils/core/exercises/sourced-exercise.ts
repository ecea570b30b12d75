/** Where an exercise comes from: the platform's collection, Cadence's starter set, or the mentor. */
export const EXERCISE_SOURCES = ['platform', 'built-in', 'mine'] as const;
export type ExerciseSource = (typeof EXERCISE_SOURCES)[number];

/** An exercise as suggestions and search see it, whatever its source, in the mentor's language. */
export interface SourcedExercise {
  id: string;
  source: ExerciseSource;
  title: string;
  instructions: string;
  /** Skill names, e.g. "CSS flexbox"; matched without regard to case. */
  skills: string[];
  /** 1: beginner … 5: autonomous. */
  level: number;
  minutes: number;
  /** Path names it suits, e.g. "Web developer". */
  paths: string[];
  /** Project names it prepares for. */
  projects: string[];
}
