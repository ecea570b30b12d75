import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssignmentReview } from '@/components/workspace/assignment-review';
import type { PageToBackground } from '@/utils/protocol/page-to-background';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import type { Assignment, Outcome } from '@/utils/core/review/assignment';
import { notDoneRecurrence } from '@/utils/core/review/outcome-history';
import { emptyPlan } from '@/utils/core/workspace/session-plan';
import { createWorkspaceModel, type WorkspaceModel } from '@/components/workspace/model';
import { aLiveSession, anAssignment, aSession, aStudent, iso, T0, aWorkspaceView } from './support/platform-records';
import { placesWithoutOwnDirection, RTL_SAMPLES } from './support/text-direction';
import type { WorkspaceView } from '@/utils/protocol/reply-views';

const DAY = 86_400_000;
const LAST_WEEK = aSession({ id: 'sess-0', start: iso(T0 - 7 * DAY), status: 'completed' });
const TODAY = aSession({ id: 'sess-1', start: iso(T0) });
const reviewedHere = (outcome: Outcome, note = '') => ({ outcome, note, sessionId: 'sess-1', at: iso(T0) });

function aView(overrides: Partial<WorkspaceView> = {}): WorkspaceView {
  return aWorkspaceView({
    session: TODAY,
    previous: LAST_WEEK,
    ...overrides,
  });
}

/** What the background would answer: the view as the change leaves it. */
function applied(view: WorkspaceView, message: PageToBackground): WorkspaceView {
  switch (message.type) {
    case 'workspace/set-outcome':
      return {
        ...view,
        review: view.review.map((a) =>
          a.id === message.assignmentId
            ? { ...a, review: message.outcome ? { ...reviewedHere('done', message.note), outcome: message.outcome } : null }
            : a,
        ),
      };
    case 'workspace/add-unasked': {
      const work = { ...message.work, url: message.work.url || null };
      const added: Assignment = anAssignment({ id: 'new', origin: 'unasked', setInSessionId: 'sess-1', ...work });
      added.review = { ...reviewedHere('done', message.note), outcome: message.outcome };
      return { ...view, review: [...view.review, added] };
    }
    case 'workspace/give-again': {
      const from = view.review.find((a) => a.id === message.assignmentId)!;
      const again = {
        ...from,
        id: `${from.id}-again`,
        setInSessionId: 'sess-1',
        review: null,
        carriedOver: { fromId: from.id, firstId: from.id, times: 2 },
      };
      return { ...view, goals: [...view.goals, again] };
    }
    case 'workspace/flag-not-done':
      return { ...view, plan: { ...emptyPlan('sess-1', 'stu-1', T0), notDoneFlaggedAt: iso(T0 + 60_000) } };
    default:
      return view;
  }
}

/** Lets the scripted replies and the renders settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the review tab', () => {
  let host: HTMLElement;
  let model: WorkspaceModel;
  let sent: PageToBackground[];

  const show = async (view: WorkspaceView) => {
    sent = [];
    const send = async (message: PageToBackground) => {
      sent.push(message);
      return { ok: true, value: applied(model.view.value!, message) };
    };
    model = createWorkspaceModel({
      liveSessionId: aLiveSession().id,
      send: send as unknown as typeof sendToBackground,
      language: 'en-US',
      timezone: 'UTC',
    });
    model.view.value = view;
    render(<AssignmentReview model={model} />, host);
    await settle();
  };
  const item = (title: string) => {
    // The title's text after the mark aced work wears.
    const found = [...host.querySelectorAll('.review-item')].find(
      (row) => row.querySelector('.review-title')?.textContent?.replace('★', '') === title,
    );
    if (!found) throw new Error(`no assignment "${title}"`);
    return found as HTMLElement;
  };
  /** The row's fold (advice and note), opened as the mentor would: its button. */
  const unfold = (row: Element) => {
    const toggle = row.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    return row.querySelector<HTMLElement>(`[id="${toggle.getAttribute('aria-controls')}"]`)!;
  };
  const radio = (within: Element, label: string) => {
    const labelled = [...within.querySelectorAll('label')].find((l) => l.textContent === label);
    if (!labelled) throw new Error(`no choice "${label}"`);
    return within.querySelector<HTMLInputElement>(`[id="${labelled.htmlFor}"]`)!;
  };
  const button = (within: Element, name: string) => {
    const found = [...within.querySelectorAll('button')].find((b) => b.textContent === name);
    if (!found) throw new Error(`no button "${name}"`);
    return found;
  };
  function field(within: Element, label: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  function field(within: Element, label: string, required: false): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
  function field(within: Element, label: string, required = true) {
    const labelled = [...within.querySelectorAll('label')].find((l) => l.textContent === label);
    if (!labelled && !required) return null;
    if (!labelled) throw new Error(`no field "${label}"`);
    return within.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[id="${labelled.htmlFor}"]`)!;
  }
  const type = (input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  };

  beforeEach(() => {
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });
  afterEach(() => render(null, host));

  it('shows right-to-left and emoji titles and notes exactly, each in its own direction', async () => {
    const { title, note, comment } = RTL_SAMPLES;
    await show(
      aView({
        review: [
          anAssignment({ id: 'a1', title, skills: [comment], review: reviewedHere('not-done', note) }),
          anAssignment({ id: 'a2', title: comment }),
        ],
      }),
    );
    expect(field(item(title), 'Note').value).toBe(note);
    for (const text of [title, note, comment]) expect(placesWithoutOwnDirection(host, text), text).toEqual([]);
  });

  it('lists last week’s work with what each piece was, when it was set, and the progress', async () => {
    await show(
      aView({
        review: [
          anAssignment({ id: 'a1', url: 'https://course.example/grid', skills: ['CSS flexbox', 'Box model'] }),
          anAssignment({ id: 'a2', title: 'Read the grid course, part 1', kind: 'course-part', estimatedMinutes: 90 }),
          anAssignment({ id: 'a3', title: 'Portfolio header', kind: 'project-step', review: reviewedHere('done') }),
        ],
      }),
    );
    expect(host.querySelector('h2')?.textContent).toBe("Last week's work");
    expect(host.querySelector('.review-progress')?.textContent).toBe('1 of 3 reviewed');
    expect(host.querySelectorAll('ul.review-list > li')).toHaveLength(3);
    const card = item('Center a card with flexbox');
    expect(card.querySelector('.review-meta')?.textContent).toBe('Exercise · 30 min · set on Nov 23, 2026');
    // The title opens the work itself, in a tab of its own.
    const link = card.querySelector('.review-title a') as HTMLAnchorElement;
    expect([link.textContent, link.href, link.target, link.rel]).toEqual([
      'Center a card with flexbox',
      'https://course.example/grid',
      '_blank',
      'noopener noreferrer',
    ]);
    // The skills wait in the row's fold.
    expect(unfold(card).textContent).toContain('Skills: CSS flexbox, Box model');
    expect(item('Read the grid course, part 1').querySelector('.review-meta')?.textContent).toContain('Course part · 1 h 30 min');
    expect(item('Read the grid course, part 1').querySelector('.review-title a')).toBeNull();
  });

  it('gives work not done or with difficulties again next week in one action, and then says so where the button was', async () => {
    await show(
      aView({
        review: [
          anAssignment({ id: 'a1', review: reviewedHere('not-done') }),
          anAssignment({ id: 'a2', title: 'Grid course', review: reviewedHere('difficulties') }),
          anAssignment({ id: 'a3', title: 'Portfolio header', review: reviewedHere('done') }),
          anAssignment({ id: 'a4', title: 'Git game' }),
        ],
      }),
    );
    expect(item('Portfolio header').querySelector('.review-give-again')).toBeNull();
    expect(item('Git game').querySelector('.review-give-again')).toBeNull();
    expect(item('Grid course').querySelector('.review-give-again')?.getAttribute('aria-label')).toBe('Give again next week: Grid course');
    const give = button(item('Center a card with flexbox'), 'Give again next week');
    give.focus();
    give.click();
    await settle();
    expect(sent).toEqual([{ type: 'workspace/give-again', liveSessionId: aLiveSession().id, assignmentId: 'a1' }]);
    const row = item('Center a card with flexbox');
    expect(row.querySelector('.review-give-again')).toBeNull();
    const said = row.querySelector<HTMLElement>('.review-given-again')!;
    expect(said.textContent).toBe('Given again for next week: 2 times in all.');
    expect(document.activeElement).toBe(said);
    // The other row keeps its own button.
    expect(item('Grid course').querySelector('.review-give-again')).not.toBeNull();
  });

  it('says how many times work given again has been given', async () => {
    await show(aView({ review: [anAssignment({ id: 'a1', carriedOver: { fromId: 'a0', firstId: 'a0', times: 3 } })] }));
    expect(item('Center a card with flexbox').querySelector('.review-meta')?.textContent).toBe(
      'Exercise · 30 min · set on Nov 23, 2026 · given 3 times',
    );
  });

  it('says when nothing was set last time', async () => {
    await show(aView());
    expect(host.textContent).toContain('Nothing was set last time.');
    expect(host.querySelector('.review-list')).toBeNull();
    expect(host.querySelector('.review-progress')).toBeNull();
  });

  it('keeps each row short: the advice and the note stay folded until asked for', async () => {
    await show(
      aView({
        review: [
          anAssignment({ id: 'a1', review: reviewedHere('done', 'Easy for her') }),
          anAssignment({ id: 'a2', title: 'Grid course' }),
        ],
      }),
    );
    const row = item('Center a card with flexbox');
    const toggle = row.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect([toggle.textContent, toggle.getAttribute('aria-expanded')]).toEqual(['Advice and note', 'false']);
    const fold = row.querySelector<HTMLElement>(`[id="${toggle.getAttribute('aria-controls')}"]`)!;
    expect(fold.hidden).toBe(true);
    // Folded, the row still says a note is there, and what it says.
    expect(row.querySelector('.review-note-preview')?.textContent).toBe('Note: Easy for her');
    toggle.click();
    await settle();
    expect([toggle.getAttribute('aria-expanded'), fold.hidden]).toEqual(['true', false]);
    expect(fold.querySelector('.review-guidance')?.textContent).toContain('Raise the bar next week');
    expect(row.querySelector('.review-note-preview')).toBeNull();
    toggle.click();
    await settle();
    expect(fold.hidden).toBe(true);
    // Without an outcome there is no advice yet: the fold is for the note.
    expect(item('Grid course').querySelector('button[aria-expanded]')?.textContent).toBe('Write a note');
  });

  it.each([
    ['Done', 'done', 'Raise the bar next week'],
    ['Difficulties', 'difficulties', 'let the student find the answer'],
    ['Not done', 'not-done', 'cancel the session at least 48 hours ahead'],
  ])('records "%s" at once, and says how to handle it when asked', async (label, outcome, advice) => {
    await show(aView({ review: [anAssignment({ id: 'a1' })] }));
    expect(host.querySelector('.review-guidance')).toBeNull();
    radio(item('Center a card with flexbox'), label).click();
    await settle();
    expect(sent).toEqual([{ type: 'workspace/set-outcome', liveSessionId: aLiveSession().id, assignmentId: 'a1', outcome, note: '' }]);
    expect(radio(item('Center a card with flexbox'), label).checked).toBe(true);
    expect(item('Center a card with flexbox').dataset.outcome).toBe(outcome);
    expect(unfold(item('Center a card with flexbox')).querySelector('.review-guidance')?.textContent).toContain(advice);
  });

  it('says "aced it" beside "done": ticked, it records aced work, marked apart; unticked, done again', async () => {
    await show(aView({ review: [anAssignment({ id: 'a1' })] }));
    const row = () => item('Center a card with flexbox');
    expect(field(row(), 'Aced it', false)).toBeNull();
    radio(row(), 'Done').click();
    await settle();
    const aced = field(row(), 'Aced it') as HTMLInputElement;
    expect([aced.type, aced.checked]).toEqual(['checkbox', false]);
    aced.click();
    await settle();
    expect(sent.at(-1)).toMatchObject({ type: 'workspace/set-outcome', assignmentId: 'a1', outcome: 'aced' });
    expect(radio(row(), 'Done').checked).toBe(true);
    expect(row().querySelector('.review-title .review-ace-mark')?.getAttribute('aria-hidden')).toBe('true');
    expect(unfold(row()).querySelector('.review-guidance')?.textContent).toContain('Plan harder work for next week.');
    (field(row(), 'Aced it') as HTMLInputElement).click();
    await settle();
    expect(sent.at(-1)).toMatchObject({ outcome: 'done' });
    expect(row().querySelector('.review-ace-mark')).toBeNull();
    // Another outcome: "aced it" goes with "done".
    radio(row(), 'Difficulties').click();
    await settle();
    expect(field(row(), 'Aced it', false)).toBeNull();
  });

  it('clears an outcome back to none, from the row’s fold', async () => {
    await show(aView({ review: [anAssignment({ id: 'a1', review: { ...reviewedHere('done'), outcome: 'aced' } })] }));
    const clear = button(unfold(item('Center a card with flexbox')), 'Clear');
    expect(clear.getAttribute('aria-label')).toBe('Clear the outcome of Center a card with flexbox');
    clear.click();
    await settle();
    expect(sent.at(-1)).toMatchObject({ type: 'workspace/set-outcome', assignmentId: 'a1', outcome: null });
    expect(host.querySelector('.review-progress')?.textContent).toBe('0 of 1 reviewed');
    expect(host.querySelector('.review-guidance')).toBeNull();
    expect(item('Center a card with flexbox').querySelectorAll('input[type="radio"]:checked')).toHaveLength(0);
  });

  it('puts the saved outcome back when the background refuses the choice', async () => {
    await show(aView({ review: [anAssignment({ id: 'a1', review: reviewedHere('done') })] }));
    const refusing = async (message: PageToBackground) => {
      sent.push(message);
      return { ok: false, error: { code: 'storage-full' } };
    };
    model = createWorkspaceModel({
      liveSessionId: aLiveSession().id,
      send: refusing as unknown as typeof sendToBackground,
      language: 'en-US',
      timezone: 'UTC',
    });
    model.view.value = aView({ review: [anAssignment({ id: 'a1', review: reviewedHere('done') })] });
    render(<AssignmentReview model={model} />, host);
    await settle();
    radio(item('Center a card with flexbox'), 'Not done').click();
    await settle();
    expect(sent.at(-1)).toMatchObject({ outcome: 'not-done' });
    expect(radio(item('Center a card with flexbox'), 'Done').checked).toBe(true);
    expect(radio(item('Center a card with flexbox'), 'Not done').checked).toBe(false);
  });

  it('shows the choice at once while it is being saved, without flickering back to the saved one', async () => {
    const view = aView({ review: [anAssignment({ id: 'a1', review: reviewedHere('done') })] });
    let answer!: () => void;
    model = createWorkspaceModel({
      liveSessionId: aLiveSession().id,
      send: ((message: PageToBackground) =>
        new Promise(
          (resolve) => (answer = () => resolve({ ok: true, value: applied(model.view.value!, message) })),
        )) as unknown as typeof sendToBackground,
      language: 'en-US',
      timezone: 'UTC',
    });
    model.view.value = view;
    render(<AssignmentReview model={model} />, host);
    await settle();
    (field(item('Center a card with flexbox'), 'Aced it') as HTMLInputElement).click();
    await settle();
    // Drawn again meanwhile (the row is busy), the box stays ticked.
    expect(item('Center a card with flexbox').getAttribute('aria-busy')).toBe('true');
    expect((field(item('Center a card with flexbox'), 'Aced it') as HTMLInputElement).checked).toBe(true);
    answer();
    await settle();
    expect((field(item('Center a card with flexbox'), 'Aced it') as HTMLInputElement).checked).toBe(true);
    expect(item('Center a card with flexbox').dataset.outcome).toBe('aced');
  });

  it('keeps a note being typed when the view changes, and saves it on leaving the field', async () => {
    await show(
      aView({ review: [anAssignment({ id: 'a1', review: reviewedHere('done') }), anAssignment({ id: 'a2', title: 'Grid course' })] }),
    );
    unfold(item('Center a card with flexbox'));
    const note = field(item('Center a card with flexbox'), 'Note') as HTMLTextAreaElement;
    expect(note.maxLength).toBe(2000);
    note.focus();
    type(note, 'Found flexbox easy; try grid');
    // Another outcome is saved meanwhile: the view is drawn again.
    radio(item('Grid course'), 'Not done').click();
    await settle();
    expect(sent).toHaveLength(1);
    expect(note.value).toBe('Found flexbox easy; try grid');
    note.blur();
    await settle();
    expect(sent.at(-1)).toEqual({
      type: 'workspace/set-outcome',
      liveSessionId: aLiveSession().id,
      assignmentId: 'a1',
      outcome: 'done',
      note: 'Found flexbox easy; try grid',
    });
    // "Save note" after leaving the field sends nothing twice, and says it is saved.
    button(item('Center a card with flexbox'), 'Save note').click();
    await settle();
    expect(sent).toHaveLength(2);
    expect(item('Center a card with flexbox').querySelector('[role="status"]')?.textContent).toBe('Note saved.');
  });

  it('sends a note written before the outcome along with it', async () => {
    await show(aView({ review: [anAssignment({ id: 'a1' })] }));
    unfold(item('Center a card with flexbox'));
    const note = field(item('Center a card with flexbox'), 'Note');
    expect(note.getAttribute('aria-describedby')).toBeTruthy();
    expect(host.querySelector(`[id="${note.getAttribute('aria-describedby')}"]`)?.textContent).toBe('Saved with the outcome you choose.');
    note.focus();
    type(note, 'Stuck on align-items');
    note.blur();
    await settle();
    expect(sent).toEqual([]);
    radio(item('Center a card with flexbox'), 'Difficulties').click();
    await settle();
    expect(sent).toMatchObject([{ assignmentId: 'a1', outcome: 'difficulties', note: 'Stuck on align-items' }]);
  });

  it('saves a note still being typed when the page is asked to save everything (its frame is going)', async () => {
    await show(aView({ review: [anAssignment({ id: 'a1', review: reviewedHere('difficulties') })] }));
    unfold(item('Center a card with flexbox'));
    const note = field(item('Center a card with flexbox'), 'Note');
    note.focus();
    type(note, 'Confuses map and forEach');
    expect(await model.flush()).toBe(true);
    expect(sent).toEqual([
      {
        type: 'workspace/set-outcome',
        liveSessionId: aLiveSession().id,
        assignmentId: 'a1',
        outcome: 'difficulties',
        note: 'Confuses map and forEach',
      },
    ]);
    // Nothing new: asking again sends nothing.
    expect(await model.flush()).toBe(true);
    expect(sent).toHaveLength(1);
  });

  it('saves a note still being typed when the review goes away under it (the agenda moved on)', async () => {
    await show(aView({ review: [anAssignment({ id: 'a1', review: reviewedHere('done') })] }));
    unfold(item('Center a card with flexbox'));
    type(field(item('Center a card with flexbox'), 'Note'), 'Half a thought');
    render(null, host);
    await settle();
    expect(sent).toMatchObject([{ type: 'workspace/set-outcome', assignmentId: 'a1', outcome: 'done', note: 'Half a thought' }]);
  });

  it('says the save failed when the note could not be written (a full disk)', async () => {
    const view = aView({ review: [anAssignment({ id: 'a1', review: reviewedHere('done') })] });
    sent = [];
    model = createWorkspaceModel({
      liveSessionId: aLiveSession().id,
      send: (async (message: PageToBackground) => {
        sent.push(message);
        return { ok: false, error: { code: 'storage-full' } };
      }) as unknown as typeof sendToBackground,
      language: 'en-US',
      timezone: 'UTC',
    });
    model.view.value = view;
    render(<AssignmentReview model={model} />, host);
    await settle();
    unfold(item('Center a card with flexbox'));
    type(field(item('Center a card with flexbox'), 'Note'), 'Will try again');
    expect(await model.flush()).toBe(false);
    expect(sent).toHaveLength(1);
  });

  it('lets the keyboard reach each outcome: one radio group of three per assignment, inside a group named by its title', async () => {
    await show(aView({ review: [anAssignment({ id: 'a1' }), anAssignment({ id: 'a2', title: 'Grid course' })] }));
    for (const title of ['Center a card with flexbox', 'Grid course']) {
      const row = item(title);
      expect(row.getAttribute('role')).toBe('group');
      expect(host.querySelector(`[id="${row.getAttribute('aria-labelledby')}"]`)?.textContent).toBe(title);
      const group = row.querySelector('[role="radiogroup"]')!;
      expect(group.getAttribute('aria-label')).toBe('How it went');
      const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((r) => row.querySelector(`label[for="${r.id}"]`)?.textContent)).toEqual(['Done', 'Difficulties', 'Not done']);
      expect(new Set(radios.map((r) => r.name)).size).toBe(1);
      for (const r of radios) expect(r.disabled || r.tabIndex < 0).toBe(false);
    }
    const names = [item('Center a card with flexbox'), item('Grid course')].map((f) => f.querySelector('input')!.name);
    expect(names[0]).not.toBe(names[1]);
  });

  it('adds work done unasked, checking the title and the outcome first', async () => {
    await show(aView());
    button(host, 'Add work done unasked').click();
    await settle();
    const form = host.querySelector('form')!;
    await expect.poll(() => document.activeElement).toBe(field(form, 'Title'));
    button(form, 'Add').click();
    await settle();
    const errorOf = (label: string) => {
      const input = field(form, label);
      const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
      return input.getAttribute('aria-invalid') === 'true'
        ? ids.map((id) => form.querySelector(`[id="${id}"].field-error`)?.textContent).find(Boolean)
        : null;
    };
    expect(errorOf('Title')).toBe('Give the work a title.');
    expect(errorOf('How did it go?')).toBe('Choose how it went.');
    expect(sent).toEqual([]);

    type(field(form, 'Title'), ' A dark theme for the portfolio ');
    type(field(form, 'Kind'), 'project-step');
    type(field(form, 'Time spent (minutes)'), '40');
    type(field(form, 'Skills'), 'CSS variables, prefers-color-scheme');
    type(field(form, 'How did it go?'), 'aced');
    type(field(form, 'Note'), 'Nice surprise');
    await settle();
    button(form, 'Add').click();
    await settle();
    expect(sent).toEqual([
      {
        type: 'workspace/add-unasked',
        liveSessionId: aLiveSession().id,
        work: {
          kind: 'project-step',
          title: 'A dark theme for the portfolio',
          url: '',
          estimatedMinutes: 40,
          skills: ['CSS variables', 'prefers-color-scheme'],
          exerciseId: null,
          level: null,
        },
        outcome: 'aced',
        note: 'Nice surprise',
      },
    ]);
    expect(host.querySelector('form')).toBeNull();
    expect(item('A dark theme for the portfolio').textContent).toContain('Project step · 40 min · done unasked');
    expect(host.querySelector('.review-unasked [role="status"]')?.textContent).toBe(
      'A dark theme for the portfolio was added to the review.',
    );
    await expect.poll(() => document.activeElement?.textContent).toBe('Add work done unasked');
  });
});

describe('work not done again and again', () => {
  let host: HTMLElement;
  let sent: PageToBackground[];

  const recurring = notDoneRecurrence([
    anAssignment({ id: 'x', review: { ...reviewedHere('not-done'), sessionId: 'sess-0', at: iso(T0 - 7 * DAY) } }),
    anAssignment({ id: 'y', review: reviewedHere('not-done') }),
  ]);
  const show = async (view: WorkspaceView) => {
    sent = [];
    let model: WorkspaceModel;
    const send = async (message: PageToBackground) => {
      sent.push(message);
      return { ok: true, value: applied(model.view.value!, message) };
    };
    model = createWorkspaceModel({
      liveSessionId: aLiveSession().id,
      send: send as unknown as typeof sendToBackground,
      language: 'en-US',
      timezone: 'UTC',
    });
    model.view.value = view;
    render(<AssignmentReview model={model} />, host);
    await settle();
  };
  const notice = () => host.querySelector<HTMLElement>('.review-not-done');

  beforeEach(() => {
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });
  afterEach(() => render(null, host));

  it('stays quiet while it is not a pattern', async () => {
    await show(aView({ notDone: notDoneRecurrence([]) }));
    expect(notice()).toBeNull();
    expect(host.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('connected: says how often, and tells the platform with the mentor’s note', async () => {
    await show(aView({ connected: true, notDone: recurring }));
    expect(notice()!.querySelector('[role="status"]')?.textContent).toBe('Work was not done in 2 of the last 2 sessions.');
    expect(notice()!.querySelector('[role="alert"]')).toBeNull();
    const label = [...notice()!.querySelectorAll('label')].find((l) => l.textContent === 'Note for the platform (optional)')!;
    const note = notice()!.querySelector<HTMLTextAreaElement>(`[id="${label.htmlFor}"]`)!;
    note.value = ' Twice in two weeks ';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    [...notice()!.querySelectorAll('button')].find((b) => b.textContent === 'Tell the platform')!.click();
    await settle();
    expect(sent).toEqual([{ type: 'workspace/flag-not-done', liveSessionId: aLiveSession().id, note: 'Twice in two weeks' }]);
    expect(notice()!.textContent).toContain('The platform was told on Nov 30, 2026.');
    expect(notice()!.querySelector('button')).toBeNull();
    await expect.poll(() => document.activeElement?.textContent).toBe('The platform was told on Nov 30, 2026.');
  });

  it('local mode: says the platform cannot be told from here', async () => {
    await show(aView({ connected: false, notDone: recurring }));
    expect(notice()!.textContent).toContain('The platform is not connected, so it cannot be told from here.');
    expect(notice()!.querySelector('button')).toBeNull();
  });

  it('a student added by hand cannot be reported, even when connected', async () => {
    await show(aView({ connected: true, student: aStudent({ id: 'local-7' }), notDone: recurring }));
    expect(notice()!.textContent).toContain('This student was added by hand');
    expect(notice()!.querySelector('button')).toBeNull();
  });
});
