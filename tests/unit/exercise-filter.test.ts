import { describe, expect, it } from 'vitest';
import {
  collectionSkills,
  type ExerciseFilter,
  filterExercises,
  foldText,
  givenExerciseIds,
  NO_FILTER,
  skillsFromText,
  skillsToText,
} from '@/utils/core/exercises/exercise-filter';
import type { SourcedExercise } from '@/utils/core/exercises/sourced-exercise';

function anExercise(id: string, overrides: Partial<SourcedExercise> = {}): SourcedExercise {
  return {
    id,
    source: 'built-in',
    title: `Exercise ${id}`,
    instructions: '',
    skills: [],
    level: 1,
    minutes: 30,
    paths: [],
    projects: [],
    ...overrides,
  };
}

const COLLECTION = [
  anExercise('flex', { title: 'Lay out a navigation bar', skills: ['CSS flexbox'], level: 2, minutes: 45 }),
  anExercise('grid', { title: 'Une galerie en CSS grid', skills: ['CSS grid'], level: 3, minutes: 60, source: 'platform' }),
  anExercise('events', {
    title: 'Handle a click',
    instructions: 'Ajoutez un écouteur d’événement sur le bouton.',
    skills: ['DOM and events'],
    level: 2,
    minutes: 20,
    source: 'mine',
  }),
  anExercise('sql', { title: 'Join two tables', skills: ['sql joins', 'SQL queries'], level: 4, minutes: 120 }),
  anExercise('api', { title: 'Build a REST API', skills: ['Testing'], level: 5, minutes: 240, source: 'platform' }),
];

const ids = (filter: Partial<ExerciseFilter>, language = 'en') =>
  filterExercises(COLLECTION, { ...NO_FILTER, ...filter }, language).map((e) => e.id);

describe('filtering the collection of exercises', () => {
  it('keeps everything, in order, without a filter', () => {
    expect(ids({})).toEqual(['flex', 'grid', 'events', 'sql', 'api']);
  });

  it.each<[string, Partial<ExerciseFilter>, string[]]>([
    ['a word of the title', { text: 'navigation' }, ['flex']],
    ['any case', { text: 'NAVIGATION BAR' }, ['flex']],
    ['every word in the same exercise', { text: 'galerie evenement' }, []],
    ['accents left out of the query', { text: 'ecouteur evenement' }, ['events']],
    ['accents typed where the text has none', { text: 'Jóin' }, ['sql']],
    ['words of the instructions', { text: 'bouton' }, ['events']],
    ['a skill', { text: 'flexbox' }, ['flex']],
    ['every word, anywhere', { text: 'css grid galerie' }, ['grid']],
    ['blank text', { text: '   ' }, ['flex', 'grid', 'events', 'sql', 'api']],
  ])('searches %s', (_, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('searches a skill by its label in the mentor’s language', () => {
    expect(ids({ text: 'jointures' }, 'fr')).toEqual(['sql']);
    expect(ids({ text: 'jointures' }, 'en')).toEqual([]);
  });

  it.each<[string, Partial<ExerciseFilter>, string[]]>([
    ['skill, any case', { skill: 'SQL joins' }, ['sql']],
    ['level', { level: 2 }, ['flex', 'events']],
    ['up to 30 min', { length: 'up-to-30' }, ['events']],
    ['up to 1 h, the shorter ones included', { length: 'up-to-60' }, ['flex', 'grid', 'events']],
    ['up to 2 h', { length: 'up-to-120' }, ['flex', 'grid', 'events', 'sql']],
    ['longer than 2 h', { length: 'longer' }, ['api']],
    ['platform', { source: 'platform' }, ['grid', 'api']],
    ['starter set', { source: 'built-in' }, ['flex', 'sql']],
    ['the mentor’s own', { source: 'mine' }, ['events']],
    ['several at once', { source: 'platform', level: 3, length: 'up-to-60', text: 'grid' }, ['grid']],
  ])('filters by %s', (_, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
});

describe('the skills of the collection', () => {
  it('lists each once, sorted by the label the mentor reads', () => {
    const withDuplicate = [...COLLECTION, anExercise('again', { skills: ['css FLEXBOX ', 'Recursion'] })];
    expect(collectionSkills(withDuplicate, 'en')).toEqual([
      'CSS flexbox',
      'CSS grid',
      'DOM and events',
      'Recursion',
      'sql joins',
      'SQL queries',
      'Testing',
    ]);
    // In French "DOM et événements" sorts before "Jointures SQL" and "Récursivité" after it.
    expect(collectionSkills(withDuplicate, 'fr').slice(2, 6)).toEqual(['DOM and events', 'sql joins', 'Recursion', 'SQL queries']);
  });
});

describe('skills typed in a form', () => {
  it.each<[string, string, string[]]>([
    ['en', 'CSS grid, Git basics', ['CSS grid', 'Git basics']],
    ['en', ' a ,, b , A ', ['a', 'b']],
    ['en', '', []],
    ['fr', 'Bases de Git, sémantique html, Mon truc', ['Git basics', 'HTML semantics', 'Mon truc']],
    ['fr', 'Git basics, Bases de Git', ['Git basics']],
  ])('%s: "%s"', (language, text, expected) => {
    expect(skillsFromText(text, language)).toEqual(expected);
  });

  it('shows skills in the mentor’s language, and reads them back the same', () => {
    const text = skillsToText(['Git basics', 'My own'], 'fr');
    expect(text).toBe('Bases de Git, My own');
    expect(skillsFromText(text, 'fr')).toEqual(['Git basics', 'My own']);
  });
});

it('counts as given what the student had and what next week already holds', () => {
  const given = givenExerciseIds(['a', 'b'], [{ exerciseId: 'c' }, { exerciseId: null }, { exerciseId: 'a' }]);
  expect([...given].sort()).toEqual(['a', 'b', 'c']);
});

it('folds case and accents', () => {
  expect(foldText('Élève À ÇA')).toBe('eleve a ca');
});
