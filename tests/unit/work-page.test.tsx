import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyReportFields } from '@/utils/core/report/report-draft';
import type { LiveSession } from '@/utils/core/session/live-session';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { FLUSH_WORK, WORK_FLUSHED } from '@/components/common/flush-work';
import { mountSessionWorkspace } from '@/components/workspace/mount';
import { anAssignment, aSession, aStudent, iso, T0 } from './support/platform-records';
import { FROM_MEET, FROM_WORKSPACE, testBackground, type TestBackground } from './support/test-router';

const DAY = 86_400_000;
const MEET = 'https://meet.google.com';

/** The whole work page, as the panel frames it, over the real background and a fresh database. */
describe('the work page in the panel’s frame', () => {
  let background: TestBackground;
  let root: HTMLElement;
  let live: LiveSession;
  let full = false;

  beforeEach(async () => {
    full = false;
    background = await testBackground({
      now: () => T0,
      settings: () => DEFAULT_AGENDA_SETTINGS,
      // A disk that fills up: every write fails as the browser fails it.
      db: (db) =>
        new Proxy(db, {
          get(target, key) {
            if (key !== 'transaction') return Reflect.get(target, key);
            return (stores: never, mode: IDBTransactionMode, options: never) => {
              if (full && mode === 'readwrite') throw new DOMException('The disk is full', 'QuotaExceededError');
              return target.transaction(stores, mode, options);
            };
          },
        }),
    });
    await background.db.put('students', aStudent());
    await background.db.put('sessions', aSession({ id: 'sess-0', start: iso(T0 - 7 * DAY), status: 'completed' }));
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0) }));
    await background.db.put('assignments', anAssignment({ id: 'a1' }));
    live = (await background.route({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' }, FROM_MEET)) as never;
    live = (live as unknown as { value: LiveSession }).value;
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => background.route(message, FROM_WORKSPACE));
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });
  afterEach(() => {
    dispatchEvent(new Event('pagehide'));
    render(null, root);
  });

  /** The panel asks, as it does before it removes the frame; resolves with the page's answer. */
  const askToSave = async () => {
    const answers = vi.spyOn(window, 'postMessage').mockImplementation(() => {});
    try {
      // The frame's parent is the panel's window (the test's window stands in for it, being its own parent).
      window.dispatchEvent(new MessageEvent('message', { data: { type: FLUSH_WORK }, origin: MEET, source: window.parent }));
      await expect.poll(() => answers.mock.calls.length, { timeout: 3000 }).toBe(1);
      expect(answers.mock.calls[0]![1]).toBe(MEET);
      return answers.mock.calls[0]![0] as { type: string; ok: boolean };
    } finally {
      answers.mockRestore();
    }
  };
  const tab = (name: string) => [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((b) => b.textContent === name)!;
  const labelled = (label: string) => {
    const found = [...root.querySelectorAll('label')].find((l) => l.textContent === label)!;
    return root.querySelector<HTMLTextAreaElement>(`[id="${found.htmlFor}"]`)!;
  };
  const type = (field: HTMLTextAreaElement, text: string) => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('saves the report draft and a review note typed a moment ago, then says all is saved', async () => {
    mountSessionWorkspace(root, live.id);
    await expect.poll(() => tab('Review')).toBeTruthy();
    tab('Review').click();
    await expect.poll(() => root.querySelector('.review-item')).not.toBeNull();
    root.querySelector<HTMLInputElement>('.review-item input[type="radio"]')!.click();
    await expect.poll(async () => (await background.db.get('assignments', 'a1'))?.review?.outcome).toBe('done');
    root.querySelector<HTMLButtonElement>('.review-item button[aria-expanded]')!.click();
    await expect.poll(() => labelled('Note')).toBeTruthy();
    type(labelled('Note'), 'Quick and clean');

    tab('Report').click();
    await expect.poll(() => root.querySelector('[data-testid="report-save-state"]')).not.toBeNull();
    type(labelled('How the session went'), 'We went through flexbox.');

    expect(await askToSave()).toEqual({ type: WORK_FLUSHED, ok: true });
    expect((await background.db.get('reportDrafts', 'sess-1'))?.summary).toBe('We went through flexbox.');
    expect((await background.db.get('assignments', 'a1'))?.review?.note).toBe('Quick and clean');
  });

  it('says it could not save when the disk is full: the panel keeps the frame', async () => {
    mountSessionWorkspace(root, live.id);
    await expect.poll(() => tab('Report')).toBeTruthy();
    tab('Report').click();
    await expect.poll(() => root.querySelector('[data-testid="report-save-state"]')).not.toBeNull();
    full = true;
    type(labelled('How the session went'), 'Words the disk cannot take yet');
    expect(await askToSave()).toEqual({ type: WORK_FLUSHED, ok: false });
    expect(labelled('How the session went').value).toBe('Words the disk cannot take yet');
  });
});

describe('the lobby’s preview, before the call', () => {
  let background: TestBackground;
  let root: HTMLElement;

  beforeEach(async () => {
    background = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS });
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => background.route(message, FROM_WORKSPACE));
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });
  afterEach(() => {
    dispatchEvent(new Event('pagehide'));
    render(null, root);
  });

  it('shows the student’s card, when the session starts and for how long, last session’s summary and the work to review', async () => {
    await background.db.put('students', aStudent());
    await background.db.put('sessions', aSession({ id: 'sess-0', start: iso(T0 - 7 * DAY), status: 'completed' }));
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0 + 5 * 60_000) }));
    await background.db.put('assignments', anAssignment({ id: 'a1' }));
    await background.db.put(
      'assignments',
      anAssignment({ id: 'a2', order: 2, kind: 'course-part', title: 'Read the grid course, part 1', estimatedMinutes: 90 }),
    );
    await background.db.put('reportDrafts', {
      ...emptyReportFields(),
      summary: 'Flexbox at last.',
      privateNotes: 'Tired this week.',
      sessionId: 'sess-0',
      studentId: 'stu-1',
      revision: 1,
      savedAt: T0,
      ended: null,
      sent: null,
    });
    mountSessionWorkspace(root, 'call/abc-defg-hij');
    await expect.poll(() => root.querySelector('h2')?.textContent).toBe('Awa Diallo');
    const main = root.querySelector('main')!;
    expect(main.getAttribute('aria-label')).toBe('Before the call');
    expect(document.title).toBe('Before the call');
    expect(main.querySelector('.preview-when')?.textContent).toBe('Starts Mon, Nov 30, 2:05 PM · 50 min planned');
    const guide = main.querySelector<HTMLAnchorElement>('.student-facts a')!;
    expect([guide.textContent, guide.target]).toEqual(['Mentor guide for this project', '_blank']);
    expect(main.querySelector('.student-facts')?.textContent).toContain('Path: ');
    expect(main.querySelector('.previous-summary')?.textContent).toBe('Flexbox at last.');
    expect(main.textContent).not.toContain('Tired this week.');
    expect([...main.querySelectorAll('.preview-review li')].map((li) => li.textContent)).toEqual([
      'Center a card with flexbox · Exercise · 30 min',
      'Read the grid course, part 1 · Course part · 1 h 30 min',
    ]);
    // Nothing to do here but read, and say what kind of session it is (weekly: one was held last week).
    expect(main.querySelectorAll('input, textarea, button')).toHaveLength(0);
    const kind = main.querySelector('select')!;
    expect([kind.labels[0]?.textContent, kind.value]).toEqual(['Kind of session', 'weekly']);
  });

  it('says plainly when no session is found, and where to schedule one', async () => {
    mountSessionWorkspace(root, 'call/abc-defg-hij');
    await expect.poll(() => root.querySelector('main')?.textContent).toContain('No session is scheduled for this call.');
    expect(root.textContent).toContain("Schedule it in Cadence's options, or pick the student once the call starts.");
    const options = root.querySelector<HTMLAnchorElement>('a')!;
    expect([options.textContent, options.target]).toEqual(['Open the options page', '_blank']);
    expect(options.href).toMatch(/\/options\.html$/);
  });

  it('answers the panel’s request to save: nothing is pending', async () => {
    mountSessionWorkspace(root, 'call/abc-defg-hij');
    const answers = vi.spyOn(window, 'postMessage').mockImplementation(() => {});
    try {
      window.dispatchEvent(new MessageEvent('message', { data: { type: FLUSH_WORK }, origin: MEET, source: window.parent }));
      await expect.poll(() => answers.mock.calls).toEqual([[{ type: WORK_FLUSHED, ok: true }, MEET]]);
    } finally {
      answers.mockRestore();
    }
  });
});
