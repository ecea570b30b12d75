import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExerciseFinder } from '@/components/workspace/exercise-finder';
import { ExerciseSuggestions } from '@/components/workspace/exercise-suggestions';
import { NextWeekGoals } from '@/components/workspace/next-week-goals';
import { NextWeekPlan } from '@/components/workspace/next-week-plan';
import type { PageToBackground, WorkInput } from '@/utils/protocol/page-to-background';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import type { Exercise } from '@/utils/core/platform/platform-schemas';
import type { Assignment } from '@/utils/core/review/assignment';
import { emptyPlan } from '@/utils/core/workspace/session-plan';
import { createWorkspaceModel, type WorkspaceModel } from '@/components/workspace/model';
import { aLiveSession, anAssignment, aSession, aStudent, iso, T0, aWorkspaceView } from './support/platform-records';
import { placesWithoutOwnDirection, RTL_SAMPLES } from './support/text-direction';
import type { WorkspaceView } from '@/utils/protocol/reply-views';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const LIVE = aLiveSession();

function aView(overrides: Partial<WorkspaceView> = {}): WorkspaceView {
  return aWorkspaceView({
    live: LIVE,
    session: aSession(),
    student: aStudent({
      weeklyHours: 10,
      level: 2,
      path: { id: 'web', name: 'Web developer' },
      currentProject: { id: 'p1', name: 'Portfolio site', mentorGuideUrl: null },
    }),
    ...overrides,
  });
}

/** Next week's goal as the background would store it. */
const aGoal = (id: string, work: Partial<WorkInput> = {}): Assignment =>
  anAssignment({
    id,
    setInSessionId: 'sess-1',
    kind: 'course-part',
    title: `Goal ${id}`,
    estimatedMinutes: 60,
    skills: [],
    exerciseId: null,
    level: null,
    ...work,
    url: work.url || null,
  });

const anExercise = (id: string, overrides: Partial<Exercise> = {}): Exercise => ({
  id,
  title: `Exercise ${id}`,
  instructions: '',
  skills: ['CSS grid'],
  level: 3,
  minutes: 30,
  paths: [],
  projects: [],
  updatedAt: iso(T0),
  ...overrides,
});

const COLLECTION = {
  platform: [anExercise('plat-1', { title: 'Platform grid drill', minutes: 150 })],
  mine: [
    anExercise('local-mine-1', {
      title: 'Mon exercice maison',
      instructions: 'Ajoutez un écouteur d’événement au bouton.',
      skills: ['DOM and events'],
      level: 1,
      minutes: 20,
    }),
  ],
};

/** The background, played by a script: it keeps the view and answers as the real one does. */
function scriptedBackground(initial: WorkspaceView) {
  let view = initial;
  let ids = 0;
  const sent: PageToBackground[] = [];
  const send = (async (message: PageToBackground) => {
    sent.push(message);
    const ok = (value: unknown) => ({ ok: true, value });
    switch (message.type) {
      case 'exercises/list':
        return ok(COLLECTION);
      case 'workspace/add-goal':
        view = { ...view, goals: [...view.goals, aGoal(`new-${++ids}`, message.work)] };
        return ok(view);
      case 'workspace/update-goal':
        view = { ...view, goals: view.goals.map((g) => (g.id === message.assignmentId ? aGoal(g.id, message.work) : g)) };
        return ok(view);
      case 'workspace/remove-goal':
        view = { ...view, goals: view.goals.filter((g) => g.id !== message.assignmentId) };
        return ok(view);
      default:
        return ok(view);
    }
  }) as typeof sendToBackground;
  return { send, sent, types: () => sent.map((m) => m.type) };
}

describe('the next week tab', () => {
  let host: HTMLElement;
  let model: WorkspaceModel;
  let background: ReturnType<typeof scriptedBackground>;
  let stop: () => void;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });

  afterEach(() => {
    render(null, host);
    stop();
  });

  const open = async (view: WorkspaceView, tab: 'plan' | 'sections' = 'sections') => {
    background = scriptedBackground(view);
    model = createWorkspaceModel({ liveSessionId: LIVE.id, send: background.send, language: 'en', timezone: 'UTC' });
    stop = model.start();
    await settle();
    render(
      tab === 'plan' ? (
        <NextWeekPlan model={model} />
      ) : (
        <>
          <NextWeekGoals model={model} />
          <ExerciseSuggestions model={model} />
          <ExerciseFinder model={model} />
        </>
      ),
      host,
    );
    await settle();
  };

  const section = (heading: string) => {
    const found = [...host.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === heading);
    if (!found) throw new Error(`no section "${heading}"`);
    return found;
  };
  const goals = () => section("Next week's work");
  const suggestions = () => section('Suggested exercises');
  const finder = () => section('Find an exercise');
  const cards = (within: HTMLElement) =>
    [...within.querySelectorAll<HTMLElement>('.exercise-card')].map((card) => ({
      card,
      title: card.querySelector('h3')!.textContent,
    }));
  const button = (within: HTMLElement, name: string) => {
    const found = [...within.querySelectorAll('button')].find((b) => b.textContent === name);
    if (!found) throw new Error(`no button "${name}"`);
    return found;
  };
  const click = async (target: HTMLElement) => {
    target.click();
    await settle();
  };
  const field = (within: HTMLElement, label: string) => {
    const labelled = [...within.querySelectorAll('label')].find((l) => l.textContent === label);
    if (!labelled) throw new Error(`no field "${label}"`);
    return within.querySelector<HTMLInputElement | HTMLSelectElement>(`[id="${labelled.htmlFor}"]`)!;
  };
  const type = async (within: HTMLElement, label: string, value: string) => {
    const input = field(within, label);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    await settle();
  };
  const errorBeside = (within: HTMLElement, label: string) => {
    const input = field(within, label);
    if (input.getAttribute('aria-invalid') !== 'true') return null;
    const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    return ids.map((id) => within.querySelector(`[id="${id}"].field-error`)?.textContent).find(Boolean) ?? null;
  };
  const statusOf = (within: HTMLElement, className: string) => within.querySelector(`[role="status"].${className}`)?.textContent;

  it('shows goals written right to left exactly, each in its own direction, and edits one', async () => {
    const { title, comment } = RTL_SAMPLES;
    await open(aView({ goals: [aGoal('g1', { title, skills: [comment] })] }));
    expect(placesWithoutOwnDirection(host, title)).toEqual([]);
    expect(placesWithoutOwnDirection(host, comment)).toEqual([]);
    await click(button(goals(), 'Edit'));
    expect(field(goals(), 'Title').value).toBe(title);
    expect(placesWithoutOwnDirection(host, title)).toEqual([]);
  });

  it('shows the goals, the suggestions, the finder and the next call, in that order', async () => {
    await open(aView(), 'plan');
    const headings = [...host.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual(["Next week's work", 'Suggested exercises', 'Find an exercise']);
    expect(headings.length).toBeGreaterThan(3);
    expect(goals().textContent).toContain('No work set for next week yet.');
    expect(goals().textContent).toContain('0 min planned of 10 h this week');
  });

  it('adds a suggestion to next week in one action, with the exercise’s fields', async () => {
    const reviewed = anAssignment({
      id: 'last-week',
      skills: ['CSS flexbox'],
      level: 2,
      review: { outcome: 'difficulties', note: '', sessionId: 'sess-1', at: iso(T0) },
    });
    await open(aView({ review: [reviewed] }));
    expect(suggestions().textContent).not.toContain('Suggestions get better');

    const [first] = cards(suggestions());
    expect(first?.title).toBe('Lay out a navigation bar with flexbox');
    const reasons = [...first!.card.querySelectorAll('.exercise-reasons li')].map((li) => li.textContent);
    expect(reasons).toEqual([
      'Struggled with CSS flexbox last week',
      'For the project Portfolio site',
      'On the Web developer path',
      "At the student's level",
    ]);
    expect(first!.card.textContent).toContain("Cadence's starter set");
    expect(first!.card.textContent).toContain('Level 2 of 5');
    expect(first!.card.textContent).toContain('45 min');
    expect(first!.card.querySelector('details summary')?.textContent).toBe('Instructions');
    const add = button(first!.card, 'Add to next week');
    expect(
      add
        .getAttribute('aria-labelledby')
        ?.split(' ')
        .map((id) => document.getElementById(id)?.textContent),
    ).toEqual(['Add to next week', 'Lay out a navigation bar with flexbox']);

    await click(add);
    expect(background.sent.filter((m) => m.type === 'workspace/add-goal')).toEqual([
      {
        type: 'workspace/add-goal',
        liveSessionId: LIVE.id,
        work: {
          kind: 'exercise',
          title: 'Lay out a navigation bar with flexbox',
          url: '',
          estimatedMinutes: 45,
          skills: ['CSS flexbox'],
          exerciseId: 'builtin-flexbox-navigation-bar',
          level: 2,
        },
      },
    ]);
    expect(statusOf(suggestions(), 'suggest-status')).toBe('Added to next week: Lay out a navigation bar with flexbox.');
    expect(cards(suggestions()).map((c) => c.title)).not.toContain('Lay out a navigation bar with flexbox');
    expect(document.activeElement).toBe(suggestions().querySelector('h2'));
    expect(goals().querySelector('.goal h3')?.textContent).toBe('Lay out a navigation bar with flexbox');
    expect(goals().textContent).toContain('45 min planned of 10 h this week');

    // The next thing done says so in place of the last: messages replace each other, never stack.
    await click(button(goals(), 'Remove'));
    expect(statusOf(goals(), 'goals-status')).toBe('Removed from next week: Lay out a navigation bar with flexbox.');
    expect(statusOf(suggestions(), 'suggest-status')).toBe('');
  });

  it('never suggests an exercise the student already had or has next week', async () => {
    await open(aView());
    const before = cards(suggestions()).map((c) => c.title);
    expect(before).toHaveLength(5);
    expect(suggestions().textContent).toContain("Suggestions get better once last week's work is reviewed.");

    render(null, host);
    stop();
    const used = ['builtin-flexbox-navigation-bar', 'builtin-accessible-contact-form'];
    const inGoals = aGoal('g1', {
      kind: 'exercise',
      title: 'Build a photo gallery with CSS grid',
      exerciseId: 'builtin-css-grid-photo-gallery',
    });
    await open(aView({ usedExerciseIds: used, goals: [inGoals] }));
    const after = cards(suggestions()).map((c) => c.title);
    expect(after).toHaveLength(5);
    expect(after).not.toContain('Lay out a navigation bar with flexbox');
    expect(after).not.toContain('Build an accessible contact form');
    expect(after).not.toContain('Build a photo gallery with CSS grid');
  });

  it('flags a week with more work than time, and still lets the mentor add to it', async () => {
    await open(
      aView({
        plan: { ...emptyPlan('sess-1', 'stu-1', T0), hoursThisWeek: 2 },
        goals: [aGoal('g1', { estimatedMinutes: 90 }), aGoal('g2', { estimatedMinutes: 90 })],
      }),
    );
    expect(goals().querySelector('.week-budget p')?.textContent).toBe('3 h planned of 2 h this week');
    expect(statusOf(goals(), 'budget-over')).toBe("Over this week's time by 1 h");
    expect(goals().querySelector('.budget-bar')?.getAttribute('aria-hidden')).toBe('true');
    expect(suggestions().textContent).toContain('No time left this week for another exercise.');

    await click(button(goals(), 'Add a goal'));
    await type(goals(), 'Title', 'Read the grid course, part 2');
    await type(goals(), 'Estimate (minutes)', '30');
    await click(button(goals(), 'Add the goal'));
    expect(background.types()).toContain('workspace/add-goal');
    expect(statusOf(goals(), 'budget-over')).toBe("Over this week's time by 1 h 30 min");
  });

  it('checks the goal form beside each field, then sends the goal', async () => {
    await open(aView());
    await click(button(goals(), 'Add a goal'));
    const form = goals().querySelector<HTMLElement>('form')!;
    expect(form.querySelector('h3')?.textContent).toBe('New goal');
    expect(document.activeElement).toBe(field(form, 'Title'));

    await type(form, 'Link', 'ftp://files.example/course');
    await type(form, 'Estimate (minutes)', '6001');
    await click(button(form, 'Add the goal'));
    expect(errorBeside(form, 'Title')).toBe('Enter a title.');
    expect(errorBeside(form, 'Link')).toBe('Enter a full link starting with http:// or https://, or leave this empty.');
    expect(errorBeside(form, 'Estimate (minutes)')).toBe('Enter a whole number of minutes between 0 and 6000.');
    expect(errorBeside(form, 'Skills')).toBeNull();
    expect(document.activeElement).toBe(field(form, 'Title'));
    expect(background.types()).not.toContain('workspace/add-goal');

    await type(form, 'Estimate (minutes)', '1.5');
    await click(button(form, 'Add the goal'));
    expect(errorBeside(form, 'Estimate (minutes)')).toBe('Enter a whole number of minutes between 0 and 6000.');

    await type(form, 'Kind', 'project-step');
    await type(form, 'Title', '  Portfolio: the contact page ');
    await type(form, 'Link', 'https://platform.example/projects/portfolio');
    await type(form, 'Estimate (minutes)', '90');
    await type(form, 'Skills', 'CSS grid, Forms and accessibility, css grid');
    await click(button(form, 'Add the goal'));
    expect(background.sent.filter((m) => m.type === 'workspace/add-goal')).toEqual([
      {
        type: 'workspace/add-goal',
        liveSessionId: LIVE.id,
        work: {
          kind: 'project-step',
          title: 'Portfolio: the contact page',
          url: 'https://platform.example/projects/portfolio',
          estimatedMinutes: 90,
          skills: ['CSS grid', 'Forms and accessibility'],
          exerciseId: null,
          level: null,
        },
      },
    ]);
    expect(goals().querySelector('form')).toBeNull();
    const item = goals().querySelector<HTMLElement>('.goal')!;
    expect(item.querySelector('.goal-kind')?.textContent).toBe('Project step · 1 h 30 min');
    const link = item.querySelector('h3 a')!;
    expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')]).toEqual([
      'https://platform.example/projects/portfolio',
      '_blank',
      'noopener noreferrer',
    ]);
    expect(item.textContent).toContain('Skills: CSS grid, Forms and accessibility');
    expect(statusOf(goals(), 'goals-status')).toBe('Added to next week: Portfolio: the contact page.');
    expect(document.activeElement).toBe(button(goals(), 'Add a goal'));
  });

  it('edits a goal in place, keeping its exercise, and moves the focus on when one is removed', async () => {
    await open(
      aView({
        goals: [
          aGoal('g1', {
            kind: 'exercise',
            title: 'Flexbox bar',
            estimatedMinutes: 45,
            skills: ['CSS flexbox'],
            exerciseId: 'builtin-flexbox-navigation-bar',
            level: 2,
          }),
          aGoal('g2', { title: 'Grid course, part 1' }),
          aGoal('g3', { title: 'Grid course, part 2' }),
        ],
      }),
    );
    const [first] = goals().querySelectorAll<HTMLElement>('.goal');
    await click(button(first!, 'Edit'));
    const form = goals().querySelector<HTMLElement>('form')!;
    expect(form.querySelector('h3')?.textContent).toBe('Edit “Flexbox bar”');
    expect(field(form, 'Kind').value).toBe('exercise');
    expect(field(form, 'Estimate (minutes)').value).toBe('45');
    expect(field(form, 'Skills').value).toBe('CSS flexbox');
    await type(form, 'Estimate (minutes)', '60');
    await click(button(form, 'Save'));
    expect(background.sent.find((m) => m.type === 'workspace/update-goal')).toEqual({
      type: 'workspace/update-goal',
      liveSessionId: LIVE.id,
      assignmentId: 'g1',
      work: {
        kind: 'exercise',
        title: 'Flexbox bar',
        url: '',
        estimatedMinutes: 60,
        skills: ['CSS flexbox'],
        exerciseId: 'builtin-flexbox-navigation-bar',
        level: 2,
      },
    });
    expect(document.activeElement?.textContent).toBe('Edit');
    expect(document.activeElement?.getAttribute('aria-labelledby')).toContain('g1');

    const second = goals().querySelectorAll<HTMLElement>('.goal')[1]!;
    await click(button(second, 'Remove'));
    expect(background.sent.at(-1)).toEqual({ type: 'workspace/remove-goal', liveSessionId: LIVE.id, assignmentId: 'g2' });
    const titles = () => [...goals().querySelectorAll('.goal h3')].map((h) => h.textContent);
    expect(titles()).toEqual(['Flexbox bar', 'Grid course, part 2']);
    // The goal that took its place.
    expect(document.activeElement?.getAttribute('aria-labelledby')).toContain('g3');
    expect(statusOf(goals(), 'goals-status')).toBe('Removed from next week: Grid course, part 1.');

    for (const name of ['Grid course, part 2', 'Flexbox bar']) {
      const item = [...goals().querySelectorAll<HTMLElement>('.goal')].find((g) => g.querySelector('h3')?.textContent === name);
      await click(button(item!, 'Remove'));
    }
    expect(goals().textContent).toContain('No work set for next week yet.');
    expect(document.activeElement).toBe(button(goals(), 'Add a goal'));
  });

  describe('the finder', () => {
    const openFinder = async () => {
      const toggle = button(finder(), 'Find an exercise');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      await click(toggle);
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
    };
    const count = () => statusOf(finder(), 'finder-count');
    const results = () => cards(finder());

    it('searches the whole collection, 20 results at a time', async () => {
      await open(aView());
      await openFinder();
      // 72 of the starter set, one of the platform's, one of the mentor's.
      expect(count()).toBe('74 exercises found.');
      expect(results()).toHaveLength(20);
      await click(button(finder(), 'Show more'));
      expect(results()).toHaveLength(40);
      expect(document.activeElement).toBe(results()[20]!.card.querySelector('h3'));
    });

    it('searches without regard to accents or case', async () => {
      await open(aView());
      await openFinder();
      await type(finder(), 'Search', 'ECOUTEUR evenement');
      expect(results().map((r) => r.title)).toEqual(['Mon exercice maison']);
      expect(count()).toBe('1 exercise found.');
      await type(finder(), 'Search', 'nothing like this anywhere');
      expect(count()).toBe('No exercise matches.');
      await click(button(finder(), 'Clear the search'));
      expect(count()).toBe('74 exercises found.');
    });

    it.each<[string, string, string, (card: HTMLElement) => boolean]>([
      ['skill', 'Skill', 'CSS grid', (card) => card.textContent!.includes('CSS grid')],
      ['level', 'Level', '4', (card) => card.textContent!.includes('Level 4 of 5')],
      ['length', 'Length', 'up-to-30', (card) => /\b(\d+) min/.test(card.textContent!) && !/\d h/.test(card.textContent!)],
      ['source', 'Source', 'mine', (card) => card.textContent!.includes('My exercise')],
    ])('filters by %s', async (_, label, value, fits) => {
      await open(aView());
      await openFinder();
      await type(finder(), label, value);
      const found = results();
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThan(74);
      expect(found.every(({ card }) => fits(card))).toBe(true);
      expect(count()).toMatch(/^\d+ exercises? found\.$/);
    });

    it('offers the platform, the starter set and the mentor’s own as sources, and each skill once', async () => {
      await open(aView());
      await openFinder();
      const options = (label: string) => [...(field(finder(), label) as HTMLSelectElement).options].map((o) => o.textContent);
      expect(options('Source')).toEqual(['All sources', 'Platform', "Cadence's starter set", 'My exercises']);
      expect(options('Length')).toEqual(['Any length', 'Up to 30 min', 'Up to 1 h', 'Up to 2 h', 'Over 2 h']);
      const skills = options('Skill');
      expect(skills.filter((s) => s === 'CSS grid')).toHaveLength(1);
      await type(finder(), 'Source', 'platform');
      expect(results().map((r) => r.title)).toEqual(['Platform grid drill']);
      await type(finder(), 'Length', 'longer');
      expect(results().map((r) => r.title)).toEqual(['Platform grid drill']);
      await type(finder(), 'Length', 'up-to-120');
      expect(count()).toBe('No exercise matches.');
    });

    it('says "Already given" for what the student had, and adds the others', async () => {
      await open(aView({ usedExerciseIds: ['local-mine-1'] }));
      await openFinder();
      await type(finder(), 'Source', 'mine');
      const [mine] = results();
      expect(mine!.card.textContent).toContain('Already given');
      expect(mine!.card.querySelector('button')).toBeNull();

      await type(finder(), 'Source', 'platform');
      const [platform] = results();
      await click(button(platform!.card, 'Add to next week'));
      expect(background.sent.at(-1)).toMatchObject({
        type: 'workspace/add-goal',
        work: { kind: 'exercise', title: 'Platform grid drill', estimatedMinutes: 150, exerciseId: 'plat-1', level: 3 },
      });
      const [again] = results();
      expect(again!.card.textContent).toContain('Already given');
      expect(document.activeElement).toBe(again!.card.querySelector('.exercise-given'));
      expect(statusOf(finder(), 'finder-status')).toBe('Added to next week: Platform grid drill.');
    });
  });
});
