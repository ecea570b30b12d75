import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '@/components/options/options-page';
import type { Exercise } from '@/utils/core/platform/platform-schemas';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { iso, T0 } from './support/platform-records';
import { FROM_OPTIONS, type TestBackground, testBackground } from './support/test-router';
import { placesWithoutOwnDirection, RTL_SAMPLES } from './support/text-direction';
import { buttonIn, errorBesideIn, fieldIn } from './support/form-queries';

/** Lets the fake IndexedDB, the requests and the renders settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

const anExercise = (overrides: Partial<Exercise> = {}): Exercise => ({
  id: 'local-ex-1',
  title: 'Centre a card with flexbox',
  instructions: 'Centre the card on the page, both ways.',
  skills: ['CSS flexbox'],
  level: 2,
  minutes: 30,
  paths: ['Web developer'],
  projects: [],
  updatedAt: iso(T0),
  ...overrides,
});

describe('the mentor’s own exercises in the options page', () => {
  let background: TestBackground;
  let sent: { type: string }[];
  let host: HTMLElement;

  beforeEach(async () => {
    background = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS });
    sent = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message as { type: string });
      return background.route(message, FROM_OPTIONS);
    });
    fakeBrowser.commands.getAll = async () => [];
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });

  afterEach(() => render(null, host));

  const section = () => host.querySelector<HTMLElement>('section[aria-labelledby="my-exercises-heading"]')!;
  const open = async () => {
    render(<OptionsPage />, host);
    await expect.poll(() => section()?.querySelector(':scope > button')).toBeTruthy();
    await settle();
  };
  const button = (name: string) => {
    const found = buttonIn(section(), name);
    if (!found) throw new Error(`no button "${name}"`);
    return found;
  };
  const field = (label: string) => fieldIn(section(), label);
  const type = (label: string, value: string) => {
    const input = field(label);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  };
  const click = async (name: string) => {
    await settle();
    (await vi.waitFor(() => button(name))).click();
    await settle();
  };
  const errorBeside = (label: string) => errorBesideIn(section(), label);
  const saves = () => sent.filter((m) => m.type === 'exercises/save-mine');

  it('comes after the students (what to set first), with its own heading', async () => {
    await open();
    const headings = [...host.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings.indexOf('My exercises')).toBeGreaterThan(headings.indexOf('Students and sessions'));
    await expect.poll(() => section().textContent).toContain('You have not written any exercises yet.');
  });

  it('checks a new exercise beside each field, then saves it and lists it', async () => {
    await open();
    await click('New exercise');
    await expect.poll(() => document.activeElement).toBe(field('Title'));
    const skills = field('Skills') as HTMLInputElement;
    const names = [...section().querySelectorAll(`datalist[id="${skills.getAttribute('list')}"] option`)].map(
      (o) => (o as HTMLOptionElement).value,
    );
    expect(names).toContain('CSS flexbox');

    type('Skills', ' , ,');
    type('Time needed (minutes)', '900');
    await click('Add the exercise');
    expect(errorBeside('Title')).toBe('Give the exercise a title.');
    expect(errorBeside('Skills')).toBe('Enter at least one skill.');
    expect(errorBeside('Time needed (minutes)')).toBe('Enter a whole number of minutes between 1 and 600.');
    expect(document.activeElement).toBe(field('Title'));
    expect(saves()).toEqual([]);

    type('Title', '  Sort a deck of cards ');
    type('Instructions', 'Write a function that sorts the cards by suit, then by rank.');
    type('Skills', 'Sorting and searching,  JavaScript arrays ,');
    type('Level', '3');
    type('Time needed (minutes)', '45');
    type('Projects', 'Todo app');
    await click('Add the exercise');

    expect(saves()).toEqual([
      {
        type: 'exercises/save-mine',
        exercise: {
          id: null,
          title: 'Sort a deck of cards',
          instructions: 'Write a function that sorts the cards by suit, then by rank.',
          skills: ['Sorting and searching', 'JavaScript arrays'],
          level: 3,
          minutes: 45,
          paths: [],
          projects: ['Todo app'],
        },
      },
    ]);
    await expect.poll(() => section().querySelector('[role="status"]')?.textContent).toBe('Exercise added: Sort a deck of cards.');
    await expect.poll(() => section().querySelector('.record h3')?.textContent).toBe('Sort a deck of cards');
    expect(section().querySelector('.record')?.textContent).toContain(
      'Skills: Sorting and searching, JavaScript arrays · Level 3 of 5 · 45 min',
    );
    expect(section().querySelector('.record')?.textContent).toContain('Projects: Todo app');
    expect(section().querySelector('form')).toBeNull();
  });

  it('edits an exercise, starting from what was saved', async () => {
    await background.db.put('myExercises', anExercise());
    await open();
    await click('Edit Centre a card with flexbox');
    expect(field('Title').value).toBe('Centre a card with flexbox');
    expect(field('Skills').value).toBe('CSS flexbox');
    expect(field('Paths').value).toBe('Web developer');
    expect(field('Time needed (minutes)').value).toBe('30');
    type('Time needed (minutes)', '40');
    type('Skills', 'CSS flexbox, Responsive design');
    await click('Save the exercise');

    await expect.poll(() => section().querySelector('[role="status"]')?.textContent).toBe('Changes saved: Centre a card with flexbox.');
    expect(saves().at(-1)).toMatchObject({ exercise: { id: 'local-ex-1', minutes: 40 } });
    expect(await background.db.get('myExercises', 'local-ex-1')).toMatchObject({
      minutes: 40,
      skills: ['CSS flexbox', 'Responsive design'],
    });
    expect(document.activeElement).toBe(button('Edit Centre a card with flexbox'));
  });

  it('lists and edits an exercise written right to left exactly, each text in its own direction', async () => {
    const { title, note, path, project, comment } = RTL_SAMPLES;
    await background.db.put(
      'myExercises',
      anExercise({ title, instructions: note, skills: [comment], paths: [path], projects: [project] }),
    );
    await open();
    await click(`Edit ${title}`);
    expect(field('Title').value).toBe(title);
    expect(field('Instructions').value).toBe(note);
    for (const text of [title, note, path, project, comment]) expect(placesWithoutOwnDirection(section(), text), text).toEqual([]);
  });

  it('deletes an exercise only after a confirmation', async () => {
    await background.db.put('myExercises', anExercise());
    await background.db.put('myExercises', anExercise({ id: 'local-ex-2', title: 'Recursive factorial' }));
    await open();
    await expect.poll(() => section().querySelectorAll('.record').length).toBe(2);

    await click('Delete Recursive factorial');
    expect(section().querySelector('[role="group"]')?.textContent).toContain(
      'Delete the exercise Recursive factorial? Goals already set with it are kept.',
    );
    expect(sent.map((m) => m.type)).not.toContain('exercises/delete-mine');
    await click('Cancel');
    expect(section().querySelector('[role="group"]')).toBeNull();

    await click('Delete Recursive factorial');
    await click('Yes, delete');
    expect(sent.filter((m) => m.type === 'exercises/delete-mine')).toEqual([{ type: 'exercises/delete-mine', id: 'local-ex-2' }]);
    await expect.poll(() => section().querySelector('[role="status"]')?.textContent).toBe('Exercise deleted: Recursive factorial.');
    expect(await background.db.get('myExercises', 'local-ex-2')).toBeUndefined();
    expect([...section().querySelectorAll('.record h3')].map((h) => h.textContent)).toEqual(['Centre a card with flexbox']);
  });

  it('shows the background’s refusal and keeps what was typed', async () => {
    await background.db.put('myExercises', anExercise({ id: 'ex-platform' }));
    await open();
    await click('Edit Centre a card with flexbox');
    type('Time needed (minutes)', '20');
    await click('Save the exercise');
    await expect
      .poll(() => section().querySelector('[role="alert"]')?.textContent)
      .toBe('Records from the platform can only be changed on the platform.');
    expect(field('Time needed (minutes)').value).toBe('20');
  });
});
