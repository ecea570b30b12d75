import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReportEditor } from '@/components/report/report-editor';
import type { PageToBackground } from '@/utils/protocol/page-to-background';
import { emptyReportFields, fieldsOf, type ReportDraft, type ReportFields } from '@/utils/core/report/report-draft';
import type { ReportFieldKey } from '@/utils/core/report/draft-merge';
import { DRAFT_TEXT_MAX } from '@/utils/core/report/report-draft';
import { settleClosedReports } from '@/components/report/model';
import { createPendingWrites, type PendingWrites } from '@/components/common/pending-writes';
import { anAssignment, aSession, aStudent, iso, T0 } from './support/platform-records';
import { placesWithoutOwnDirection, RTL_SAMPLES } from './support/text-direction';
import type { EndResult, ReportView } from '@/utils/protocol/reply-views';

/** Lets the requests and the renders settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const draft = (overrides: Partial<ReportDraft> = {}): ReportDraft => ({
  ...emptyReportFields(),
  sessionId: 'sess-1',
  studentId: 'stu-1',
  revision: 0,
  savedAt: 0,
  ended: null,
  sent: null,
  ...overrides,
});

function aView(overrides: Partial<ReportView> = {}): ReportView {
  return {
    draft: draft(),
    session: aSession({ start: iso(T0) }),
    student: aStudent(),
    goals: [anAssignment({ id: 'g1', setInSessionId: 'sess-1', title: 'Grid course, part 2', skills: ['CSS grid'], estimatedMinutes: 90 })],
    reviewed: [
      anAssignment({ id: 'a1', skills: ['CSS flexbox'], review: { outcome: 'aced', note: '', sessionId: 'sess-1', at: iso(T0) } }),
      anAssignment({ id: 'a2', skills: ['Git'], review: { outcome: 'difficulties', note: '', sessionId: 'sess-1', at: iso(T0) } }),
    ],
    nextSession: aSession({ id: 'sess-2', start: '2026-12-07T14:00:00.000Z' }),
    delivery: { state: 'draft' },
    changedSinceEnd: false,
    connected: true,
    toPlatform: true,
    mentorName: 'Nadia Benali',
    attendanceEvidence: { kind: 'unknown' },
    exerciseInstructions: {},
    kind: 'rehearsal',
    ...overrides,
  };
}

/** The background, played by a script: saves wait for the test to answer them when held. */
function scriptedBackground(initial: ReportView) {
  const state = {
    view: initial,
    revision: initial.draft.revision,
    fields: fieldsOf(initial.draft),
    hold: false,
    full: false,
    endResult: null as EndResult | null,
    /** Fields the next save is told it did not write (another view changed them since its base). */
    conflicts: [] as ReportFieldKey[],
  };
  const sent: PageToBackground[] = [];
  const held: (() => void)[] = [];
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const message = raw as PageToBackground;
    sent.push(message);
    const ok = (value: unknown) => ({ ok: true, value });
    switch (message.type) {
      case 'report/open':
        return Promise.resolve(ok(state.view));
      case 'report/save-draft': {
        if (state.full) return Promise.resolve({ ok: false, error: { code: 'storage-full' } });
        // Applied as they come: the rule for a stale save has its own tests (draft-merge, the store).
        const reply = () => {
          const conflicts = state.conflicts.splice(0);
          const written = Object.entries(message.fields).filter(([key]) => !conflicts.includes(key as ReportFieldKey));
          state.fields = { ...state.fields, ...Object.fromEntries(written) };
          return ok({ sessionId: 'sess-1', revision: ++state.revision, savedAt: T0, fields: state.fields, conflicts });
        };
        return state.hold ? new Promise((resolve) => held.push(() => resolve(reply()))) : Promise.resolve(reply());
      }
      case 'report/end':
        return Promise.resolve(ok(state.endResult));
      default:
        return Promise.resolve({ ok: false, error: { code: 'invalid-message' } });
    }
  });
  return {
    state,
    sent,
    saves: () => sent.filter((m): m is Extract<PageToBackground, { type: 'report/save-draft' }> => m.type === 'report/save-draft'),
    /** Answers the saves held so far. */
    release: async () => {
      for (const answer of held.splice(0)) answer();
      await settle();
    },
  };
}

describe('the report editor', () => {
  let host: HTMLElement;
  let background: ReturnType<typeof scriptedBackground>;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });

  afterEach(async () => {
    render(null, host);
    // A closing editor saves what it has: let those saves return before the next test opens the report.
    background.state.hold = false;
    await background.release();
  });

  const open = async (view: ReportView, pending?: PendingWrites) => {
    background = scriptedBackground(view);
    render(
      <main>
        <ReportEditor sessionId="sess-1" pending={pending} language="en" timezone="UTC" />
      </main>,
      host,
    );
    await expect.poll(() => host.querySelector('[data-testid="report-save-state"]')).not.toBeNull();
  };

  const editor = () => host.querySelector<HTMLElement>('section.report-editor')!;
  const saveState = () => {
    const element = host.querySelector<HTMLElement>('[data-testid="report-save-state"]')!;
    return { state: element.dataset.state, text: element.textContent };
  };
  const field = (label: string) => {
    const labelled = [...host.querySelectorAll('label')].find((l) => l.textContent === label);
    if (!labelled) throw new Error(`no field "${label}"`);
    return host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[id="${labelled.htmlFor}"]`)!;
  };
  const type = async (label: string, value: string) => {
    const input = field(label);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
  };
  const blur = async (label: string) => {
    field(label).dispatchEvent(new FocusEvent('blur'));
    await settle();
  };
  /** Whether the page, about to be closed or reloaded, would make the browser ask first. */
  const leavingIsQuestioned = () => !dispatchEvent(new Event('beforeunload', { cancelable: true }));
  const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;
  const click = async (name: string) => {
    const found = button(name);
    if (!found) throw new Error(`no button "${name}"`);
    found.click();
    await settle();
  };
  /** The other window's save: the background's draft at `revision` with these fields. */
  const anotherWindowSaved = (changes: Partial<ReportFields>, revision: number) => {
    background.state.fields = { ...background.state.fields, ...changes };
    background.state.revision = revision;
    background.state.view = aView({ draft: draft({ ...background.state.fields, revision }) });
  };
  /** The two versions of a field shown to choose from. */
  const versions = (field: string) => {
    const conflict = host.querySelector<HTMLElement>(`[data-testid="conflict-${field}"]`);
    const [theirs, yours] = [...(conflict?.querySelectorAll('.report-conflict-versions > section') ?? [])].map((s) => ({
      heading: s.querySelector('h4')!.textContent,
      text: s.querySelector('p')!.textContent,
    }));
    expect([theirs?.heading, yours?.heading]).toEqual(['Saved in another window', 'Yours']);
    return { theirs: theirs!.text, yours: yours!.text };
  };
  const errorBeside = (element: Element) => {
    const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
    return ids.map((id) => host.querySelector(`[id="${id}"].field-error`)?.textContent).find(Boolean) ?? null;
  };

  it('shows the report as saved, next week as set elsewhere, and the review summed up', async () => {
    await open(aView({ draft: draft({ summary: 'Saved earlier.', privateNotes: 'Mine only.' }) }));
    expect(editor().getAttribute('aria-labelledby')).toBe(editor().querySelector('h2')!.id);
    expect(editor().querySelector('h2')!.textContent).toBe('Session report');
    expect(editor().querySelector('.report-kind')!.textContent).toBe('Kind of session: Defence rehearsal');
    expect(saveState()).toEqual({ state: 'saved', text: 'Saved' });
    expect(host.querySelector('[data-testid="report-save-state"]')!.getAttribute('role')).toBe('status');
    expect(field('How the session went').value).toBe('Saved earlier.');
    expect(field('Private notes').value).toBe('Mine only.');
    expect(editor().textContent).toContain('Only for you: never shared with the student, never sent to the platform.');
    expect((field('Present') as HTMLInputElement).checked).toBe(true);
    expect(editor().textContent).toContain('Aced it: 1');
    expect(editor().textContent).toContain('Tried, had difficulties: 1');
    expect(editor().textContent).toContain('Grid course, part 2 · 1 h 30 min');
    expect(editor().textContent).toContain('Next session: Monday, December 7, 2026 2:00 PM');
    expect(editor().textContent).toContain('Set in the Next week tab.');
    expect(editor().textContent).toContain(
      '“Send the report” checks the report, marks the session completed and sends the report to the platform.',
    );
    expect(button('Send the report')).not.toBeNull();
    // The skills of this session's goals and reviewed work are offered.
    const options = [...host.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    expect(options).toEqual(['CSS flexbox', 'Git', 'CSS grid']);
  });

  it('says "Saving…" while typing and "Saved" only once the background replied, with what changed since the text it read', async () => {
    await open(aView());
    background.state.hold = true;
    await type('How the session went', 'We rebuilt the header.');
    expect(saveState()).toEqual({ state: 'saving', text: 'Saving…' });
    await expect.poll(() => background.saves().length, { timeout: 2000 }).toBe(1);
    expect(saveState().state).toBe('saving');
    expect(background.saves()[0]).toEqual({
      type: 'report/save-draft',
      sessionId: 'sess-1',
      editorId: expect.any(String),
      baseRevision: 0,
      fields: { summary: 'We rebuilt the header.' },
    });
    await background.release();
    expect(saveState()).toEqual({ state: 'saved', text: 'Saved' });
  });

  it('saves at once when a field loses the focus', async () => {
    await open(aView());
    await type('Private notes', 'Tired: new job.');
    await blur('Private notes');
    expect(background.saves().map((m) => m.fields.privateNotes)).toEqual(['Tired: new job.']);
    expect(saveState().state).toBe('saved');
  });

  it('saves what is typed at once when the editor closes (another tab, the page going away)', async () => {
    await open(aView());
    await type('How the session went', 'Half a sen');
    render(null, host);
    expect(background.saves().map((m) => m.fields.summary)).toEqual(['Half a sen']);
  });

  it('closes without an error once its extension is gone (reloaded under its frame in Meet)', async () => {
    await open(aView());
    const { runtime } = fakeBrowser;
    Object.assign(fakeBrowser, { runtime: undefined });
    try {
      expect(() => render(null, host)).not.toThrow();
    } finally {
      Object.assign(fakeBrowser, { runtime });
    }
  });

  it('keeps the typed text when the view is read again, taking only its delivery', async () => {
    await open(aView());
    background.state.hold = true;
    await type('How the session went', 'Typed, not saved yet');
    background.state.view = aView({ draft: draft({ summary: 'An older save' }), delivery: { state: 'saved-locally' } });
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(editor().textContent).toContain('Saved on this computer.');
    expect(field('How the session went').value).toBe('Typed, not saved yet');
  });

  it('previews exactly what the student gets, without the private notes, and copies it', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await open(
      aView({
        reviewed: [anAssignment({ id: 'a1', review: { outcome: 'aced', note: 'REVIEW NOTE: fast', sessionId: 'sess-1', at: iso(T0) } })],
      }),
    );
    await type('How the session went', 'We rebuilt the *header*.');
    await type('Private notes', 'SECRET: tired this week.');
    await click('Preview');
    const preview = host.querySelector<HTMLElement>('section.report-preview')!;
    expect(host.querySelector('.report-preview-toggle')!.getAttribute('aria-expanded')).toBe('true');
    expect(preview.querySelector('h3')!.textContent).toBe('What the student will see');
    expect([...preview.querySelectorAll('h4')].map((h) => h.textContent)).toEqual([
      'Session report: Awa Diallo',
      'Attendance',
      "Last week's work",
      'How the session went',
      "Next week's work",
      'Next session',
    ]);
    // The header: the date and length of the session, and the mentor.
    expect([...preview.querySelectorAll('.report-preview-header p')].map((p) => p.textContent)).toEqual([
      'Monday, November 30, 2026 2:00 PM UTC · 50 min',
      'Mentor: Nadia Benali',
    ]);
    // Last week's review: each piece of work and its outcome, never the mentor's note on it.
    expect(preview.textContent).toContain('Center a card with flexbox: Aced it');
    expect(preview.textContent).not.toContain('REVIEW NOTE');
    // The next date on the student's clock too (Dakar is UTC all year: the same, said once).
    expect(preview.textContent).not.toContain('For Awa Diallo');
    expect(preview.textContent).toContain('We rebuilt the *header*.');
    expect(preview.textContent).toContain('Monday, December 7, 2026 2:00 PM UTC');
    expect(preview.textContent).not.toContain('SECRET');

    await click('Copy as text');
    expect(writeText.mock.calls[0]![0]).toContain('We rebuilt the *header*.');
    expect(preview.querySelector('[role="status"]')!.textContent).toBe('Copied as text.');
    await click('Copy as Markdown');
    expect(writeText.mock.calls[1]![0]).toContain('We rebuilt the \\*header\\*.');
    expect(writeText.mock.calls.map(([text]) => text).join('')).not.toContain('SECRET');
    expect(preview.querySelector('[role="status"]')!.textContent).toBe('Copied as Markdown.');

    writeText.mockRejectedValueOnce(new Error('denied'));
    await click('Copy as text');
    expect(preview.querySelector('[role="status"]')!.textContent).toBe(
      'The browser did not let Cadence copy: select the preview and copy it yourself.',
    );
  });

  it('gives each exercise’s instructions under its goal, and the next date on the student’s clock when it differs', async () => {
    await open(
      aView({
        student: aStudent({ timezone: 'America/Montreal' }),
        goals: [
          anAssignment({ id: 'g1', setInSessionId: 'sess-1', title: 'Flexbox drills', exerciseId: 'ex-9', url: 'https://ex.example/9' }),
        ],
        exerciseInstructions: { 'ex-9': 'Build three layouts.\nSend the repository link.' },
      }),
    );
    await click('Preview');
    const preview = host.querySelector<HTMLElement>('section.report-preview')!;
    expect(preview.querySelector('.report-preview-more')?.textContent).toBe('Build three layouts.\nSend the repository link.');
    expect(preview.querySelector('a[href="https://ex.example/9"]')?.textContent).toBe('Flexbox drills');
    expect(preview.textContent).toContain('For Awa Diallo: Monday, December 7, 2026 9:00 AM');
  });

  it('shows each problem beside its field when the report cannot end, and moves the focus to the first', async () => {
    await open(aView());
    await type('Skill to evaluate', 'Git');
    await click('Add the skill');
    expect(editor().querySelector('.report-skill legend')!.textContent).toBe('Git');
    background.state.endResult = {
      ended: false,
      problems: [
        { field: 'summary', kind: 'empty' },
        { field: 'skill-0', kind: 'no-level' },
      ],
    };
    await click('Send the report');
    const summary = field('How the session went');
    expect(errorBeside(summary)).toBe('Say how the session went: the student reads this.');
    expect(summary.getAttribute('aria-invalid')).toBe('true');
    expect(errorBeside(editor().querySelector('.report-levels')!)).toBe('Choose a level for this skill.');
    expect(document.activeElement).toBe(summary);
    // The report was saved before the background was asked to end it.
    const types = background.sent.map((m) => m.type);
    expect(types.lastIndexOf('report/save-draft')).toBeLessThan(types.indexOf('report/end'));

    // Mending a field takes its problem away.
    await type('How the session went', 'We rebuilt the header.');
    expect(errorBeside(field('How the session went'))).toBeNull();
    expect(errorBeside(editor().querySelector('.report-levels')!)).toBe('Choose a level for this skill.');
  });

  it('will not end with minutes late that are not a number, and says so beside them', async () => {
    await open(aView());
    (field('Late') as HTMLInputElement).click();
    await settle();
    await type('Minutes late', 'ten');
    expect(errorBeside(field('Minutes late'))).toBe('Give the minutes late as a whole number from 0 to 240.');
    await click('Send the report');
    expect(background.sent.some((m) => m.type === 'report/end')).toBe(false);
    expect(document.activeElement).toBe(field('Minutes late'));
    await type('Minutes late', '12');
    await blur('Minutes late');
    expect(background.saves().at(-1)!.fields.attendance).toEqual({ status: 'late', lateMinutes: 12 });
  });

  it('shows the attendance the call prefilled, marked so until the mentor confirms it', async () => {
    const at = Date.parse('2026-11-30T14:07:10Z');
    await open(
      aView({
        draft: draft({ attendance: { status: 'late', lateMinutes: 7 }, attendancePrefilled: true }),
        attendanceEvidence: { kind: 'arrived', at, lateMinutes: 7, beforeMentor: false, here: true },
      }),
    );
    expect((field('Late') as HTMLInputElement).checked).toBe(true);
    expect((field('Minutes late') as HTMLInputElement).value).toBe('7');
    const evidence = host.querySelector('[data-testid="attendance-evidence"]')!;
    expect(evidence.textContent).toBe('Prefilled from the call: Awa joined the call at 2:07 PM. Confirm it or change it.');
    expect(host.querySelector('fieldset.report-attendance')!.getAttribute('aria-describedby')).toBe(evidence.id);
    await click('Confirm the attendance');
    expect(background.saves().at(-1)!.fields).toMatchObject({ attendance: { status: 'late', lateMinutes: 7 }, attendancePrefilled: false });
    expect(button('Confirm the attendance')).toBeNull();
    expect(host.querySelector('[data-testid="attendance-evidence"]')!.textContent).toBe('Awa joined the call at 2:07 PM.');
  });

  it('says nobody joined instead of prefilling an absence the report cannot hold', async () => {
    await open(aView({ attendanceEvidence: { kind: 'waiting', mentorSince: T0, waitedMinutes: 18 } }));
    expect((field('Present') as HTMLInputElement).checked).toBe(true);
    expect(host.querySelector('[data-testid="attendance-evidence"]')!.textContent).toContain(
      'Nobody else joined the call (you waited 18 min).',
    );
    expect(button('Confirm the attendance')).toBeNull();
  });

  it('shows where the report stands once the session is ended', async () => {
    await open(aView());
    await type('How the session went', 'We rebuilt the header.');
    const endedDraft = draft({ summary: 'We rebuilt the header.', revision: 1, ended: { at: T0, revision: 1, correction: false } });
    background.state.endResult = {
      ended: true,
      view: aView({ draft: endedDraft, delivery: { state: 'sending', lastError: null, needsReconnect: false } }),
    };
    await click('Send the report');
    const delivery = host.querySelector<HTMLElement>('.report-delivery')!;
    expect(delivery.textContent).toBe('Sending…');
    expect(button('Send the report')).toBeNull();
    expect(document.activeElement).toBe(delivery.parentElement);
  });

  it.each([
    [{ state: 'saved-locally' } as const, 'Saved on this computer.'],
    [
      {
        state: 'sending',
        lastError: { status: 503, code: 'unavailable', message: 'Back in five minutes.', at: T0 },
        needsReconnect: false,
      } as const,
      'Sending…The last try failed: Back in five minutes. Cadence keeps trying.',
    ],
    [
      { state: 'sending', lastError: { status: 0, code: 'timeout', message: '', at: T0 }, needsReconnect: false } as const,
      'Sending…The last try failed: The platform took too long to answer. Cadence keeps trying.',
    ],
    [
      { state: 'sending', lastError: { status: 201, code: 'malformed-reply', message: '', at: T0 }, needsReconnect: false } as const,
      'Sending…The last try failed: The platform sent an answer Cadence could not read. Nothing was lost. Cadence keeps trying.',
    ],
    [
      { state: 'sending', lastError: null, needsReconnect: true } as const,
      "Sending…Sending is paused: the platform no longer accepts your access token. Enter a new one in Cadence's options, under School platform. This report waits safely on this computer.",
    ],
    [{ state: 'sent', at: Date.UTC(2026, 10, 30, 15, 5) } as const, 'Sent to the platform on Nov 30, 2026 3:05 PM.'],
    [
      { state: 'needs-attention', error: { status: 422, code: 'invalid', message: 'The session is already closed.', at: T0 } } as const,
      'Needs your attention: The session is already closed.',
    ],
  ])('says where an ended report stands: %o', async (delivery, text) => {
    const ended = draft({ summary: 'Done.', revision: 1, ended: { at: T0, revision: 1, correction: false } });
    await open(aView({ draft: ended, delivery }));
    expect(host.querySelector('.report-delivery')!.textContent).toContain(text);
  });

  it('offers to send a correction once an ended report is changed', async () => {
    const ended = draft({
      summary: 'Done.',
      revision: 3,
      ended: { at: T0, revision: 3, correction: false },
      sent: { at: T0, revision: 3 },
    });
    await open(aView({ draft: ended, delivery: { state: 'sent', at: T0 } }));
    expect(button('Send the report')).toBeNull();
    expect(button('Send the correction')).toBeNull();
    await type('How the session went', 'Done, and the footer too.');
    await blur('How the session went');
    expect(button('Send the correction')).not.toBeNull();
    expect(host.querySelector('.report-delivery')!.textContent).toContain(
      'Changed since it was sent: the correction goes when you choose “Send the correction”.',
    );
  });

  it.each([
    [
      'not connected',
      { connected: false, toPlatform: false },
      'Cadence is not connected to the platform: “Finish the report” checks the report, marks the session completed and keeps the report on this computer.',
    ],
    [
      'connected, with a student added by hand',
      { connected: true, toPlatform: false },
      'This student was added by hand, so the platform cannot take their report: “Finish the report” checks the report, marks the session completed and keeps the report on this computer.',
    ],
  ])('names the last button for what it does when the report stays on this computer (%s)', async (_, where, hint) => {
    await open(aView(where));
    expect(button('Send the report')).toBeNull();
    expect(editor().textContent).toContain(hint);
    await type('How the session went', 'We rebuilt the header.');
    const endedDraft = draft({ summary: 'We rebuilt the header.', revision: 1, ended: { at: T0, revision: 1, correction: false } });
    background.state.endResult = { ended: true, view: aView({ ...where, draft: endedDraft, delivery: { state: 'saved-locally' } }) };
    await click('Finish the report');
    expect(background.sent.some((m) => m.type === 'report/end')).toBe(true);
    expect(host.querySelector('.report-delivery')!.textContent).toContain('Saved on this computer.');
    expect(button('Finish the report')).toBeNull();
    // Changed afterwards: the correction is kept here too, and said so.
    await type('How the session went', 'We rebuilt the header and the footer.');
    await blur('How the session went');
    expect(button('Finish the correction')).not.toBeNull();
    expect(button('Send the correction')).toBeNull();
    expect(host.querySelector('.report-delivery')!.textContent).toContain(
      'Changed since it was finished: choose “Finish the correction” to keep this version.',
    );
  });

  it('says the device is out of space, keeps the text, and says "Saved" again on its own once there is room', async () => {
    await open(aView());
    background.state.full = true;
    await type('How the session went', 'Words that must not be lost.');
    await blur('How the session went');
    expect(saveState()).toEqual({
      state: 'error',
      text:
        'Your device is out of space: your last changes are not saved yet. They stay here on screen, and everything saved before is safe. ' +
        'Cadence keeps trying and saves them as soon as there is room; free some space on the device.',
    });
    expect(host.querySelector('[data-testid="report-save-state"]')!.getAttribute('role')).toBe('status');
    expect(field('How the session went').value).toBe('Words that must not be lost.');
    expect(button('Try again')).not.toBeNull();
    // Closing or reloading the page now would lose them: the browser asks first.
    expect(leavingIsQuestioned()).toBe(true);

    background.state.full = false;
    await expect.poll(saveState, { timeout: 3_000 }).toEqual({ state: 'saved', text: 'Saved' });
    expect(background.saves().at(-1)!.fields.summary).toBe('Words that must not be lost.');
    expect(button('Try again')).toBeNull();
    expect(leavingIsQuestioned()).toBe(false);
  });

  it('does not end the session while its words cannot be saved, and says why beside the button', async () => {
    await open(aView());
    background.state.full = true;
    await type('How the session went', 'Done, all of it.');
    await click('Send the report');
    expect(host.querySelector('.form-error[role="alert"]')!.textContent).toBe(
      'Your device is out of space, so Cadence could not save that. Everything saved before is safe. Free some space on the device, then try again.',
    );
    expect(background.sent.some((m) => m.type === 'report/end')).toBe(false);
    expect(field('How the session went').value).toBe('Done, all of it.');
    background.state.full = false;
    await expect.poll(() => saveState().state, { timeout: 3_000 }).toBe('saved');
    expect(host.querySelector('.form-error[role="alert"]')).toBeNull();
  });

  it('saves the words just typed at once when the page must save everything (its frame is going)', async () => {
    const pending = createPendingWrites();
    await open(aView(), pending);
    await type('How the session went', 'Typed a moment ago');
    // No pause in the typing yet: nothing was saved.
    expect(background.saves()).toEqual([]);
    expect(await pending.settle()).toBe(true);
    expect(background.saves().map((m) => m.fields.summary)).toEqual(['Typed a moment ago']);
    expect(saveState()).toEqual({ state: 'saved', text: 'Saved' });
  });

  it('says the words could not be saved when the disk is full, so the frame stays', async () => {
    const pending = createPendingWrites();
    await open(aView(), pending);
    background.state.full = true;
    await type('How the session went', 'Must not be lost');
    expect(await pending.settle()).toBe(false);
    expect(field('How the session went').value).toBe('Must not be lost');
    background.state.full = false;
    expect(await pending.settle()).toBe(true);
  });

  it('after the Report tab is left, still knows of words waiting for room on a full disk', async () => {
    const pending = createPendingWrites();
    pending.add(settleClosedReports);
    await open(aView(), pending);
    background.state.full = true;
    await type('How the session went', 'Left on a full disk');
    render(null, host);
    expect(await pending.settle()).toBe(false);
    // Back on the tab, the words are on screen again and go once there is room.
    background.state.full = false;
    await open(aView(), pending);
    expect(field('How the session went').value).toBe('Left on a full disk');
    await expect.poll(() => pending.settle()).toBe(true);
    expect(background.saves().at(-1)!.fields.summary).toBe('Left on a full disk');
  });

  it('keeps words it could not save on screen when the mentor leaves the Report tab and comes back', async () => {
    await open(aView());
    background.state.full = true;
    await type('How the session went', 'Typed while the disk was full.');
    render(null, host);
    await settle();
    render(
      <main>
        <ReportEditor sessionId="sess-1" language="en" timezone="UTC" />
      </main>,
      host,
    );
    await expect.poll(() => host.querySelector('textarea')?.value).toBe('Typed while the disk was full.');
    await expect.poll(() => saveState().state).toBe('error');

    background.state.full = false;
    await expect.poll(saveState, { timeout: 3_000 }).toEqual({ state: 'saved', text: 'Saved' });
    expect(background.saves().at(-1)!.fields.summary).toBe('Typed while the disk was full.');
  });

  it('shows both the newer text on disk and the words an older editor left unsaved, to choose from', async () => {
    await open(aView());
    background.state.full = true;
    await type('How the session went', 'Old words.');
    render(null, host);
    await settle();
    // Meanwhile another editor of the report saved newer words.
    background.state.full = false;
    anotherWindowSaved({ summary: 'Newer words.', privateNotes: 'Notes from there.' }, 5);
    render(
      <main>
        <ReportEditor sessionId="sess-1" language="en" timezone="UTC" />
      </main>,
      host,
    );
    await expect.poll(() => saveState().state).toBe('conflict');
    expect(versions('summary')).toEqual({ theirs: 'Newer words.', yours: 'Old words.' });
    // A field only the other editor changed is simply taken.
    expect(field('Private notes').value).toBe('Notes from there.');
    // Until the mentor chooses, the choice goes from editor to editor with the words.
    await click('Keep yours');
    await expect.poll(() => saveState().state).toBe('saved');
    expect(background.state.fields.summary).toBe('Old words.');
  });

  describe('open in another window too', () => {
    /** What the other window's save left in the background, and the news every page hears of it. */
    const tellNews = async (revision: number) => {
      await fakeBrowser.runtime.onMessage.trigger(
        { type: 'report/changed', sessionId: 'sess-1', revision },
        { id: fakeBrowser.runtime.id },
      );
      await settle();
    };

    it('takes the newer text at once when nothing is unsaved here', async () => {
      await open(aView({ draft: draft({ summary: 'Saved earlier.' }) }));
      anotherWindowSaved({ summary: 'Saved earlier. Then more, typed in the tab.' }, 3);
      await tellNews(3);
      expect(field('How the session went').value).toBe('Saved earlier. Then more, typed in the tab.');
      expect(saveState()).toEqual({ state: 'saved', text: 'Saved' });
      expect(background.saves()).toEqual([]);
      // News of this revision or an older one changes nothing.
      background.state.view = aView({ draft: draft({ summary: 'Stale.', revision: 2 }) });
      await tellNews(2);
      expect(field('How the session went').value).toBe('Saved earlier. Then more, typed in the tab.');
    });

    it('keeps its own words in one field and takes the other window’s in another', async () => {
      await open(aView());
      background.state.hold = true;
      await type('Private notes', 'Typed in the panel.');
      anotherWindowSaved({ summary: 'Typed in the tab.' }, 1);
      await tellNews(1);
      expect(field('How the session went').value).toBe('Typed in the tab.');
      expect(field('Private notes').value).toBe('Typed in the panel.');
      await background.release();
      await expect.poll(() => background.saves().length, { timeout: 2000 }).toBe(1);
      await background.release();
      expect(background.saves()[0]).toMatchObject({ baseRevision: 1, fields: { privateNotes: 'Typed in the panel.' } });
      expect(background.saves()[0]!.fields).not.toHaveProperty('summary');
      await expect.poll(() => saveState().state).toBe('saved');
    });

    it('shows both versions of a field changed on both sides, saves neither over the other, and keeps the one the mentor picks', async () => {
      await open(aView());
      await type('How the session went', 'Mine, from the panel.');
      anotherWindowSaved({ summary: 'Theirs, from the tab.' }, 1);
      await tellNews(1);
      expect(saveState()).toEqual({
        state: 'conflict',
        text: 'Changed in another window too: choose a version below (1 to settle). Yours is not saved until you choose.',
      });
      const conflict = host.querySelector<HTMLElement>('[data-testid="conflict-summary"]')!;
      expect(conflict.querySelector('h3')!.textContent).toBe('How the session went: two versions');
      expect(versions('summary')).toEqual({ theirs: 'Theirs, from the tab.', yours: 'Mine, from the panel.' });
      // The report is not sent with one of them picked for the mentor: the focus goes to the choice.
      await click('Send the report');
      expect(background.sent.some((m) => m.type === 'report/end')).toBe(false);
      expect(document.activeElement).toBe(conflict.querySelector('h3'));
      expect(leavingIsQuestioned()).toBe(true);
      await blur('How the session went');
      expect(background.saves().every((m) => !('summary' in m.fields))).toBe(true);

      await click('Keep yours');
      expect(host.querySelector('[data-testid="conflict-summary"]')).toBeNull();
      expect(document.activeElement).toBe(field('How the session went'));
      await expect.poll(() => saveState().state).toBe('saved');
      expect(background.saves().at(-1)).toMatchObject({ fields: { summary: 'Mine, from the panel.' } });
      expect(background.state.fields.summary).toBe('Mine, from the panel.');
    });

    it('lets the mentor keep the other window’s text instead', async () => {
      await open(aView());
      await type('How the session went', 'Mine.');
      anotherWindowSaved({ summary: 'Theirs.' }, 1);
      await tellNews(1);
      await click('Keep the one saved in another window');
      expect(field('How the session went').value).toBe('Theirs.');
      await expect.poll(() => saveState().state).toBe('saved');
      expect(background.state.fields.summary).toBe('Theirs.');
    });

    it('merges both into one text the mentor edits', async () => {
      await open(aView());
      await type('Private notes', 'Mine.');
      anotherWindowSaved({ privateNotes: 'Theirs.' }, 1);
      await tellNews(1);
      await click('Merge them');
      const merged = field('Merged text');
      expect(merged.value).toBe('Theirs.\n\nMine.');
      expect(document.activeElement).toBe(merged);
      await type('Merged text', 'Theirs, then mine.');
      await click('Use the merged text');
      expect(field('Private notes').value).toBe('Theirs, then mine.');
      await expect.poll(() => saveState().state).toBe('saved');
      expect(background.state.fields.privateNotes).toBe('Theirs, then mine.');
    });

    it('settles a conflict told in a save’s reply the same way', async () => {
      await open(aView());
      background.state.conflicts = ['summary'];
      background.state.fields = { ...background.state.fields, summary: 'Saved in the tab.' };
      await type('How the session went', 'Typed in the panel.');
      await blur('How the session went');
      expect(versions('summary')).toEqual({ theirs: 'Saved in the tab.', yours: 'Typed in the panel.' });
      expect(saveState().state).toBe('conflict');
      await click('Keep the one saved in another window');
      expect(field('How the session went').value).toBe('Saved in the tab.');
      await expect.poll(() => saveState().state).toBe('saved');
    });
  });

  it("keeps a paste past the platform's limit whole, and says beside the field how long it is and what is taken", async () => {
    await open(aView());
    const long = 'Awa explained the grid back to me. '.repeat(6_000);
    expect(field('How the session went').hasAttribute('maxlength')).toBe(false);
    await type('How the session went', long);
    expect(errorBeside(field('How the session went'))).toBe(
      'This is 209,999 characters; the platform takes 50,000 at most. Everything you typed is kept here: shorten it before you send the report.',
    );
    expect(field('How the session went').getAttribute('aria-invalid')).toBe('true');
    await blur('How the session went');
    expect(background.saves().at(-1)?.fields.summary).toBe(long);
    expect(saveState()).toEqual({ state: 'saved', text: 'Saved' });
  });

  it('takes a long report kept on this computer, and says when a text is past what Cadence keeps', async () => {
    await open(aView({ connected: false, toPlatform: false }));
    await type('How the session went', 'x'.repeat(200_000));
    expect(errorBeside(field('How the session went'))).toBeNull();
    await type('Private notes', 'y'.repeat(DRAFT_TEXT_MAX + 1));
    expect(errorBeside(field('Private notes'))).toBe(
      'This is 500,001 characters; Cadence keeps 500,000 at most. Shorten it: until then it is not saved.',
    );
    expect(field('Private notes').value).toHaveLength(DRAFT_TEXT_MAX + 1);
  });

  it('keeps a skill comment past 500 characters and says so beside it', async () => {
    await open(aView({ draft: draft({ skillEvaluations: [{ skill: 'CSS grid', level: 2, comment: '' }] }) }));
    await type('Comment (one line)', 'z'.repeat(620));
    expect(field('Comment (one line)').value).toHaveLength(620);
    expect(errorBeside(field('Comment (one line)'))).toBe(
      'This comment is 620 characters; the platform takes 500 at most. What you typed is kept here: shorten it.',
    );
  });

  it('shows right-to-left and emoji text exactly, each place in its own direction, in the editor and its preview', async () => {
    const { name, title, note, comment } = RTL_SAMPLES;
    await open(
      aView({
        student: aStudent({ name }),
        goals: [anAssignment({ id: 'g1', setInSessionId: 'sess-1', title, skills: [] })],
        draft: draft({ summary: note, privateNotes: comment, skillEvaluations: [{ skill: title, level: 3, comment }] }),
      }),
    );
    await click('Preview');
    for (const text of [name, title, note, comment]) {
      expect(
        host.textContent! + [...host.querySelectorAll('textarea, input')].map((f) => (f as HTMLInputElement).value).join(''),
      ).toContain(text);
      expect(placesWithoutOwnDirection(host, text), text).toEqual([]);
    }
    expect([...host.querySelectorAll('.report-preview-text')].map((p) => p.textContent)).toContain(note);
  });
});
