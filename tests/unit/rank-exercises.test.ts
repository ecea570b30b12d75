import { describe, expect, it } from 'vitest';
import type { SourcedExercise } from '@/utils/core/exercises/sourced-exercise';
import {
  ACED_ONE_ABOVE_POINTS,
  LEVEL_POINTS,
  PATH_POINTS,
  PROJECT_POINTS,
  STRUGGLED_ONE_BELOW_POINTS,
  STRUGGLED_SAME_LEVEL_POINTS,
  rankExercises,
  type RankInput,
  type SkillSignal,
} from '@/utils/core/exercises/rank-exercises';

let nextId = 0;
function anExercise(overrides: Partial<SourcedExercise> = {}): SourcedExercise {
  nextId += 1;
  return {
    id: `ex-${nextId}`,
    source: 'built-in',
    title: `Exercise ${nextId}`,
    instructions: '',
    skills: [],
    level: 1,
    minutes: 30,
    paths: [],
    projects: [],
    ...overrides,
  };
}

// The student is at level 3 so that exercises at level 1 earn nothing by default.
function rank(overrides: Partial<RankInput>): ReturnType<typeof rankExercises> {
  return rankExercises({
    exercises: [],
    student: { level: 3, pathName: null, projectName: null },
    signals: [],
    excludedIds: new Set(),
    budgetMinutes: 600,
    limit: 10,
    ...overrides,
  });
}

const ids = (suggestions: ReturnType<typeof rankExercises>) => suggestions.map((s) => s.exercise.id);
const struggled = (skill: string, level: number): SkillSignal => ({ skill, outcome: 'difficulties', level });
const aced = (skill: string, level: number): SkillSignal => ({ skill, outcome: 'aced', level });
// At level 1, exercises above it earn no 'level' reason.
const beginner = { level: 1, pathName: null, projectName: null };

describe('rankExercises: the skills from last week', () => {
  it.each([
    ['the same level', 4, STRUGGLED_SAME_LEVEL_POINTS],
    ['one level below', 3, STRUGGLED_ONE_BELOW_POINTS],
  ])('suggests %s on a skill the student struggled with', (_, level, points) => {
    const exercise = anExercise({ skills: ['Flexbox'], level });
    const [suggestion] = rank({ exercises: [exercise], signals: [struggled('Flexbox', 4)], student: beginner });
    expect(suggestion).toEqual({ exercise, score: points, reasons: [{ kind: 'struggled', skill: 'Flexbox' }] });
  });

  it('prefers the same level to one below after a struggle', () => {
    const below = anExercise({ id: 'below', skills: ['Flexbox'], level: 1 });
    const same = anExercise({ id: 'same', skills: ['Flexbox'], level: 2 });
    expect(ids(rank({ exercises: [below, same], signals: [struggled('Flexbox', 2)] }))).toEqual(['same', 'below']);
  });

  it.each([
    ['two levels below', 2],
    ['one level above', 5],
  ])('gives nothing %s a struggled skill', (_, level) => {
    const exercise = anExercise({ skills: ['Flexbox'], level });
    expect(rank({ exercises: [exercise], signals: [struggled('Flexbox', 4)], student: beginner })).toEqual([]);
  });

  it.each([
    [2, []],
    [3, ['aced']],
    [4, []],
  ])('after an aced skill at level 2, an exercise at level %i gets %j', (level, kinds) => {
    const exercise = anExercise({ skills: ['Loops'], level });
    const suggestions = rank({ exercises: [exercise], signals: [aced('Loops', 2)], student: beginner });
    expect(suggestions.flatMap((s) => s.reasons.map((r) => r.kind))).toEqual(kinds);
  });

  it.each(['done', 'not-done'] as const)('learns nothing about the skill from %s', (outcome) => {
    const exercises = [1, 2, 3, 4].map((level) => anExercise({ skills: ['Loops'], level }));
    expect(rank({ exercises, signals: [{ skill: 'Loops', outcome, level: 2 }], student: { ...beginner, level: 5 } })).toEqual([]);
  });

  it('matches skills whatever their case and spacing', () => {
    const exercise = anExercise({ skills: ['  CSS Flexbox '], level: 1 });
    const [suggestion] = rank({ exercises: [exercise], signals: [struggled('css flexbox', 1)] });
    expect(suggestion?.reasons).toEqual([{ kind: 'struggled', skill: 'CSS Flexbox' }]);
  });

  it('gives one reason per distinct skill, and more points for two struggled skills', () => {
    const one = anExercise({ id: 'one', skills: ['Flexbox'], level: 1 });
    const two = anExercise({ id: 'two', skills: ['Flexbox', 'flexbox', 'Grid'], level: 1 });
    const signals = [struggled('Flexbox', 1), struggled('FLEXBOX', 1), struggled('Grid', 1)];
    const suggestions = rank({ exercises: [one, two], signals });
    expect(ids(suggestions)).toEqual(['two', 'one']);
    expect(suggestions[0]).toMatchObject({
      score: 2 * STRUGGLED_SAME_LEVEL_POINTS,
      reasons: [
        { kind: 'struggled', skill: 'Flexbox' },
        { kind: 'struggled', skill: 'Grid' },
      ],
    });
  });

  it('ranks one struggled skill above an exercise with every other reason', () => {
    const retry = anExercise({ id: 'retry', skills: ['Flexbox'], level: 2 });
    const everything = anExercise({ id: 'everything', skills: ['Loops'], level: 3, paths: ['Web'], projects: ['Portfolio'] });
    const suggestions = rank({
      exercises: [everything, retry],
      signals: [struggled('Flexbox', 3), aced('Loops', 2)],
      student: { level: 3, pathName: 'Web', projectName: 'Portfolio' },
    });
    expect(ids(suggestions)).toEqual(['retry', 'everything']);
  });
});

describe('rankExercises: the student', () => {
  it.each([
    ['path', { paths: ['web developer'] }, PATH_POINTS],
    ['project', { projects: ['MY PORTFOLIO'] }, PROJECT_POINTS],
    ['level', { level: 3 }, LEVEL_POINTS],
  ])('suggests an exercise for the student’s %s', (kind, overrides, points) => {
    const exercise = anExercise(overrides);
    const [suggestion] = rank({ exercises: [exercise], student: { level: 3, pathName: 'Web Developer', projectName: 'My portfolio' } });
    expect(suggestion?.score).toBe(points);
    expect(suggestion?.reasons.map((r) => r.kind)).toEqual([kind]);
  });

  it('names the student’s path and project in the reasons', () => {
    const exercise = anExercise({ paths: ['web developer'], projects: ['my portfolio'] });
    const [suggestion] = rank({ exercises: [exercise], student: { level: 3, pathName: 'Web Developer', projectName: 'My Portfolio' } });
    expect(suggestion?.reasons).toEqual([
      { kind: 'project', name: 'My Portfolio' },
      { kind: 'path', name: 'Web Developer' },
    ]);
  });

  it('puts the reasons most important first', () => {
    const exercise = anExercise({ skills: ['Loops', 'Flexbox'], level: 3, paths: ['Web'], projects: ['Portfolio'] });
    const [suggestion] = rank({
      exercises: [exercise],
      signals: [aced('Loops', 2), struggled('Flexbox', 3)],
      student: { level: 3, pathName: 'Web', projectName: 'Portfolio' },
    });
    expect(suggestion?.reasons.map((r) => r.kind)).toEqual(['struggled', 'aced', 'project', 'path', 'level']);
    expect(suggestion?.score).toBe(STRUGGLED_SAME_LEVEL_POINTS + ACED_ONE_ABOVE_POINTS + PROJECT_POINTS + PATH_POINTS + LEVEL_POINTS);
  });

  it('never suggests an exercise without a reason', () => {
    const exercises = [anExercise({ skills: ['Loops'], paths: ['Data'], projects: ['Blog'] })];
    expect(rank({ exercises, student: { level: 3, pathName: 'Web', projectName: null } })).toEqual([]);
  });

  it('never suggests an exercise already given or already in the goals', () => {
    const given = anExercise({ id: 'given', level: 3 });
    const fresh = anExercise({ id: 'fresh', level: 3 });
    expect(ids(rank({ exercises: [given, fresh], excludedIds: new Set(['given']) }))).toEqual(['fresh']);
  });
});

describe('rankExercises: order', () => {
  it('breaks a tie in score with the shorter exercise, then the title, then the id', () => {
    const exercises = [
      anExercise({ id: 'd', title: 'Beta', minutes: 20, level: 3 }),
      anExercise({ id: 'c', title: 'Alpha', minutes: 20, level: 3 }),
      anExercise({ id: 'b', title: 'Alpha', minutes: 20, level: 3 }),
      anExercise({ id: 'a', title: 'Zeta', minutes: 10, level: 3 }),
    ];
    expect(ids(rank({ exercises }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ranks a higher score first even when it is longer', () => {
    const long = anExercise({ id: 'long', minutes: 60, level: 3, paths: ['Web'] });
    const short = anExercise({ id: 'short', minutes: 5, level: 3 });
    expect(ids(rank({ exercises: [short, long], student: { level: 3, pathName: 'Web', projectName: null } }))).toEqual(['long', 'short']);
  });
});

describe('rankExercises: the week’s time and the limit', () => {
  const pathStudent = { level: 3, pathName: 'Web', projectName: null };

  it('skips an exercise that does not fit and takes a shorter one further down', () => {
    const exercises = [
      anExercise({ id: 'first', minutes: 30, level: 3, paths: ['Web'] }),
      anExercise({ id: 'too-long', minutes: 40, level: 3, paths: ['Web'] }),
      anExercise({ id: 'fits', minutes: 15, level: 3 }),
    ];
    expect(ids(rank({ exercises, student: pathStudent, budgetMinutes: 50 }))).toEqual(['first', 'fits']);
  });

  it.each([0, -20])('suggests nothing when the week is already full (%i minutes left)', (budgetMinutes) => {
    expect(rank({ exercises: [anExercise({ level: 3, minutes: 1 })], budgetMinutes })).toEqual([]);
  });

  it('never suggests more work than the time left', () => {
    const exercises = [45, 10, 25, 35, 5, 60, 20].map((minutes) => anExercise({ minutes, level: 3 }));
    for (const budgetMinutes of [1, 5, 12, 30, 44, 70, 100]) {
      const total = rank({ exercises, budgetMinutes }).reduce((sum, s) => sum + s.exercise.minutes, 0);
      expect(total).toBeLessThanOrEqual(budgetMinutes);
    }
  });

  it('stops at the limit', () => {
    const exercises = [1, 2, 3, 4].map((n) => anExercise({ id: `e${n}`, minutes: n, level: 3 }));
    expect(ids(rank({ exercises, limit: 2 }))).toEqual(['e1', 'e2']);
  });
});
