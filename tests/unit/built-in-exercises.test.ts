import { describe, expect, it } from 'vitest';
import { BUILT_IN_EXERCISES, BUILT_IN_SKILLS, builtInExercises, skillLabel } from '@/utils/core/exercises/built-in-exercises';

/** The skill families a mentor expects the starter set to cover. */
const FAMILIES: Record<string, string[]> = {
  'HTML/CSS': ['HTML semantics', 'Forms and accessibility', 'CSS selectors', 'CSS flexbox', 'CSS grid', 'Responsive design'],
  JavaScript: ['JavaScript basics', 'JavaScript functions', 'DOM and events', 'Async JavaScript', 'JavaScript arrays'],
  Python: ['Python basics', 'Python data structures', 'Python functions', 'Python files and errors'],
  Git: ['Git basics', 'Git branching', 'Pull requests'],
  SQL: ['SQL queries', 'SQL joins', 'SQL aggregation', 'Database design'],
  Algorithms: ['Loops and conditions', 'Recursion', 'Sorting and searching', 'Complexity'],
  'Project method': ['Project planning', 'Debugging', 'Testing', 'Reading documentation'],
};

const PATHS = ['Web developer', 'Front-end developer', 'Back-end developer', 'Python developer', 'Data analyst'];

describe('the built-in exercises', () => {
  it('offer at least sixty exercises', () => {
    expect(BUILT_IN_EXERCISES.length).toBeGreaterThanOrEqual(60);
  });

  it('have unique, stable-looking ids', () => {
    const ids = BUILT_IN_EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^builtin-[a-z0-9]+(-[a-z0-9]+)*$/);
    // Assignments keep the id of the exercise they came from: these must never be renamed.
    expect(ids).toEqual(expect.arrayContaining(['builtin-git-first-repository', 'builtin-css-grid-photo-gallery']));
  });

  it.each(Object.entries(FAMILIES))('cover %s with at least eight exercises', (_, skills) => {
    const inFamily = BUILT_IN_EXERCISES.filter((e) => e.skills.some((s) => skills.includes(s)));
    expect(inFamily.length).toBeGreaterThanOrEqual(8);
  });

  it('have a title and instructions in English and French, the French really translated', () => {
    for (const { id, text } of BUILT_IN_EXERCISES) {
      for (const language of ['en', 'fr'] as const) {
        expect(text[language].title.trim(), `${id} ${language}`).not.toBe('');
        expect(text[language].title.length, `${id} ${language}`).toBeLessThanOrEqual(80);
        expect(text[language].instructions.trim(), `${id} ${language}`).not.toBe('');
      }
      expect(text.fr.title, id).not.toBe(text.en.title);
      expect(text.fr.instructions, id).not.toBe(text.en.instructions);
    }
  });

  it('use only the listed skills, each in at least two exercises', () => {
    const used = BUILT_IN_EXERCISES.flatMap((e) => e.skills);
    expect(used.filter((s) => !BUILT_IN_SKILLS.includes(s))).toEqual([]);
    for (const skill of BUILT_IN_SKILLS) {
      expect(used.filter((s) => s === skill).length, skill).toBeGreaterThanOrEqual(2);
    }
    expect(Object.values(FAMILIES).flat().sort()).toEqual([...BUILT_IN_SKILLS].sort());
  });

  it('tag each exercise with one to three skills, known paths and a realistic length', () => {
    for (const e of BUILT_IN_EXERCISES) {
      expect(e.skills.length, e.id).toBeGreaterThanOrEqual(1);
      expect(e.skills.length, e.id).toBeLessThanOrEqual(3);
      expect(e.paths.length, e.id).toBeGreaterThan(0);
      expect(
        e.paths.filter((p) => !PATHS.includes(p)),
        e.id,
      ).toEqual([]);
      expect(e.minutes, e.id).toBeGreaterThanOrEqual(15);
      expect(e.minutes, e.id).toBeLessThanOrEqual(240);
    }
  });

  it('span every level from beginner to autonomous', () => {
    expect([...new Set(BUILT_IN_EXERCISES.map((e) => e.level))].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('builtInExercises', () => {
  it('gives the French text to a French browser', () => {
    const french = builtInExercises('fr-FR');
    expect(french).toHaveLength(BUILT_IN_EXERCISES.length);
    expect(french.map((e) => e.title)).toEqual(BUILT_IN_EXERCISES.map((e) => e.text.fr.title));
    expect(french.map((e) => e.instructions)).toEqual(BUILT_IN_EXERCISES.map((e) => e.text.fr.instructions));
  });

  it('gives the English text otherwise', () => {
    for (const language of ['en', 'en-GB', 'de']) {
      const titles = builtInExercises(language).map((e) => e.title);
      expect(titles, language).toEqual(BUILT_IN_EXERCISES.map((e) => e.text.en.title));
    }
  });

  it('marks them as built-in and keeps the English skill names', () => {
    const grid = builtInExercises('fr').find((e) => e.id === 'builtin-css-grid-photo-gallery');
    expect(grid).toMatchObject({ source: 'built-in', skills: ['CSS grid'], level: 3 });
    expect(builtInExercises('fr').every((e) => e.source === 'built-in')).toBe(true);
  });

  it('hands out copies: changing one does not change the catalogue', () => {
    builtInExercises('en')[0]!.skills.push('Cooking');
    expect(builtInExercises('en')[0]!.skills).not.toContain('Cooking');
  });
});

describe('skillLabel', () => {
  it('translates the built-in skills in French', () => {
    expect(skillLabel('Project planning', 'fr')).toBe('Planification de projet');
    expect(skillLabel('Debugging', 'fr-CA')).toBe('Débogage');
    expect(skillLabel('CSS flexbox', 'fr')).toBe('CSS flexbox');
  });

  it('ignores case, as skill matching does', () => {
    expect(skillLabel('debugging', 'fr')).toBe('Débogage');
  });

  it('has a French label for every built-in skill', () => {
    const untranslated = BUILT_IN_SKILLS.filter((s) => skillLabel(s, 'fr') === s);
    expect(untranslated.sort()).toEqual(['CSS flexbox', 'CSS grid', 'Pull requests']);
  });

  it('keeps the name in English and passes unknown skills through', () => {
    expect(skillLabel('Debugging', 'en')).toBe('Debugging');
    expect(skillLabel('Kubernetes', 'fr')).toBe('Kubernetes');
  });
});
