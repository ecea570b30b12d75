import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SessionLinkPicker } from '@/components/workspace/session-link-picker';
import { StudentSummary } from '@/components/workspace/student-summary';
import type { PageToBackground } from '@/utils/protocol/page-to-background';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import type { Session, Student } from '@/utils/core/platform/platform-schemas';
import { emptyPlan } from '@/utils/core/workspace/session-plan';
import { createWorkspaceModel, type WorkspaceModel } from '@/components/workspace/model';
import { aLiveSession, anAssignment, aSession, aStudent, iso, T0, aWorkspaceView } from './support/platform-records';
import { placesWithoutOwnDirection, RTL_SAMPLES } from './support/text-direction';
import type { WorkspaceView } from '@/utils/protocol/reply-views';

const DAY = 86_400_000;
const LIVE_ID = aLiveSession().id;
const BRUNO = aStudent({ id: 'stu-2', name: 'Bruno Keller' });
const BRUNO_TODAY = aSession({ id: 'sess-7', studentId: 'stu-2', start: iso(T0 + 30 * 60_000) });

function aView(overrides: Partial<WorkspaceView> = {}): WorkspaceView {
  return aWorkspaceView({
    previous: aSession({ id: 'sess-0', start: iso(T0 - 7 * DAY), status: 'completed' }),
    previousSummary: 'Awa rebuilt the header with flexbox and explained it back.',
    connected: true,
    ...overrides,
  });
}

/** What the background would answer to each request. */
function answer(view: WorkspaceView, message: PageToBackground, candidates: { sessions: Session[]; students: Student[] }) {
  switch (message.type) {
    case 'workspace/candidates':
      return candidates;
    case 'workspace/set-hours':
      return { ...view, plan: { ...emptyPlan('sess-1', 'stu-1', T0), hoursThisWeek: message.hours } };
    case 'workspace/link': {
      const studentId = 'sessionId' in message.choice ? 'stu-2' : message.choice.studentId;
      return { ...view, student: candidates.students.find((s) => s.id === studentId) ?? null };
    }
    default:
      return view;
  }
}

/** Lets the scripted replies and the renders settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the student tab and the call’s link', () => {
  let host: HTMLElement;
  let model: WorkspaceModel;
  let sent: PageToBackground[];
  let candidates: { sessions: Session[]; students: Student[] };

  const mount = (view: WorkspaceView) => {
    sent = [];
    const send = async (message: PageToBackground) => {
      sent.push(message);
      return { ok: true, value: answer(model.view.value!, message, candidates) };
    };
    model = createWorkspaceModel({
      liveSessionId: LIVE_ID,
      send: send as unknown as typeof sendToBackground,
      language: 'en-US',
      timezone: 'UTC',
    });
    model.view.value = view;
  };
  const button = (name: string) => {
    const found = [...host.querySelectorAll('button')].find((b) => b.textContent === name);
    if (!found) throw new Error(`no button "${name}"`);
    return found;
  };
  const field = (label: string) => {
    const labelled = [...host.querySelectorAll('label')].find((l) => l.textContent === label);
    if (!labelled) throw new Error(`no field "${label}"`);
    return host.querySelector<HTMLInputElement>(`[id="${labelled.htmlFor}"]`)!;
  };
  const type = (label: string, value: string) => {
    field(label).value = value;
    field(label).dispatchEvent(new Event('input', { bubbles: true }));
  };
  const facts = () => [...host.querySelectorAll('.student-facts li')].map((li) => li.textContent);

  beforeEach(() => {
    candidates = { sessions: [BRUNO_TODAY], students: [aStudent(), BRUNO] };
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });
  afterEach(() => render(null, host));

  it('shows a student written right to left exactly, each text in its own direction', async () => {
    const { name, path, project, note } = RTL_SAMPLES;
    mount(
      aView({
        student: aStudent({ name, path: { id: 'p', name: path }, currentProject: { id: 'pr', name: project, mentorGuideUrl: null } }),
        previousSummary: note,
      }),
    );
    render(<StudentSummary model={model} />, host);
    for (const text of [name, path, project, note]) {
      expect(host.textContent, text).toContain(text);
      expect(placesWithoutOwnDirection(host, text), text).toEqual([]);
    }
  });

  it('shows who the student is: path, project and its guide, level and hours', async () => {
    mount(aView());
    render(<StudentSummary model={model} />, host);
    expect(host.querySelector('h2')?.textContent).toBe('Awa Diallo');
    expect(facts()).toEqual([
      'Path: Web developer',
      'Current project: Responsive portfolioMentor guide for this project',
      'Level 2 of 5',
      '10 h available this week, as usual',
    ]);
    const guide = host.querySelector('a')!;
    expect([guide.textContent, guide.href, guide.target, guide.rel]).toEqual([
      'Mentor guide for this project',
      'https://platform.example/guides/p3',
      '_blank',
      'noopener noreferrer',
    ]);
    expect(field('Hours available this week').value).toBe('10');
  });

  it('says so when there is no project, and no guide link', async () => {
    mount(aView({ student: aStudent({ currentProject: null }) }));
    render(<StudentSummary model={model} />, host);
    expect(facts()).toContain('No current project');
    expect(host.querySelector('a')).toBeNull();
  });

  it('saves this week’s hours, checks them, and goes back to the usual ones', async () => {
    mount(aView());
    render(<StudentSummary model={model} />, host);
    expect(host.textContent).not.toContain('Back to usual hours');
    type('Hours available this week', '90');
    await settle();
    button('Save').click();
    await settle();
    const hours = field('Hours available this week');
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(host.querySelector(`[id="${hours.getAttribute('aria-describedby')}"]`)?.textContent).toBe(
      'Enter a number of hours between 0 and 80.',
    );
    expect(sent).toEqual([]);

    type('Hours available this week', '6.5');
    await settle();
    button('Save').click();
    await settle();
    expect(sent).toEqual([{ type: 'workspace/set-hours', liveSessionId: LIVE_ID, hours: 6.5 }]);
    expect(facts()[3]).toBe('6.5 h available this week (usually 10 h)');
    expect(host.querySelector('.student-hours [role="status"]')?.textContent).toBe('Hours for this week saved.');

    button('Back to usual hours').click();
    await settle();
    expect(sent.at(-1)).toEqual({ type: 'workspace/set-hours', liveSessionId: LIVE_ID, hours: null });
    expect(facts()[3]).toBe('10 h available this week, as usual');
    expect(field('Hours available this week').value).toBe('10');
  });

  it('recalls the last session: its date, status, what its report said, outcomes so far and work waiting', async () => {
    const done = { outcome: 'done' as const, note: '', sessionId: 'sess-1', at: iso(T0) };
    mount(
      aView({
        review: [
          anAssignment({ id: 'a1', review: done }),
          anAssignment({ id: 'a2', review: { ...done, outcome: 'not-done' } }),
          anAssignment({ id: 'a3' }),
          anAssignment({ id: 'a4' }),
        ],
      }),
    );
    render(<StudentSummary model={model} />, host);
    const text = host.textContent!;
    expect(text).toContain('Last session');
    expect(text).toContain('Nov 23, 2026 2:00 PM · Held');
    expect(host.querySelector('blockquote')?.textContent).toBe('Awa rebuilt the header with flexbox and explained it back.');
    expect(text).toContain('Reviewed so far: Done: 1 · Not done: 1');
    expect(text).toContain('Assignments waiting for review: 2');
  });

  it('changes the student from the card, and cancels back to the button', async () => {
    mount(aView());
    render(<StudentSummary model={model} />, host);
    button('Change student').click();
    await settle();
    expect(host.querySelector('.link-picker h3')?.textContent).toBe('Who is this call with?');
    button('Cancel').click();
    await settle();
    expect(host.querySelector('.link-picker')).toBeNull();
    await expect.poll(() => document.activeElement?.textContent).toBe('Change student');

    candidates.sessions.push(aSession({ id: 'sess-1', start: iso(T0) }));
    button('Change student').click();
    await expect.poll(() => host.querySelector('input[value="student:stu-2"]')).not.toBeNull();
    // The call's current session starts chosen.
    await expect.poll(() => host.querySelector<HTMLInputElement>('input[value="session:sess-1"]')?.checked).toBe(true);
    host.querySelector<HTMLInputElement>('input[value="student:stu-2"]')!.click();
    // Choosing and pressing are separate tasks in a browser: the choice renders in between.
    await settle();
    button('Use this').click();
    await settle();
    expect(sent.at(-1)).toEqual({ type: 'workspace/link', liveSessionId: LIVE_ID, choice: { studentId: 'stu-2' } });
    expect(host.querySelector('h2')?.textContent).toBe('Bruno Keller');
    expect(host.querySelector('.link-picker')).toBeNull();
  });

  it('for a call without a student: explains, lists sessions and students as one labelled choice, and links', async () => {
    mount(aView({ session: null, student: null, previous: null }));
    render(<SessionLinkPicker model={model} />, host);
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Loading sessions and students…');
    await expect.poll(() => host.querySelector('input[type="radio"]')).not.toBeNull();
    expect(sent).toEqual([{ type: 'workspace/candidates' }]);
    expect(host.querySelector('h2')?.textContent).toBe('Who is this call with?');
    expect(host.textContent).toContain('No session on this meeting link was found.');
    expect(host.querySelector('fieldset > legend')?.textContent).toBe('This call is with');
    const radios = [...host.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => host.querySelector(`label[for="${r.id}"]`)?.textContent)).toEqual([
      'Bruno Keller · Mon, Nov 30, 2:30 PM',
      'Awa Diallo',
      'Bruno Keller',
    ]);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(host.textContent).not.toContain('Cancel');

    button('Use this').click();
    await settle();
    expect(host.textContent).toContain('Choose a session or a student.');
    expect(sent).toHaveLength(1);

    radios[0]!.click();
    await settle();
    button('Use this').click();
    await settle();
    expect(sent.at(-1)).toEqual({ type: 'workspace/link', liveSessionId: LIVE_ID, choice: { sessionId: 'sess-7' } });
  });

  it('stops without an error once its extension is gone (reloaded under its frame in Meet)', () => {
    mount(aView());
    const stop = model.start();
    const { runtime } = fakeBrowser;
    Object.assign(fakeBrowser, { runtime: undefined });
    try {
      expect(stop).not.toThrow();
    } finally {
      Object.assign(fakeBrowser, { runtime });
    }
  });

  it('in local mode with no students, says where to add one', async () => {
    candidates = { sessions: [], students: [] };
    mount(aView({ session: null, student: null, connected: false }));
    render(<SessionLinkPicker model={model} />, host);
    await expect.poll(() => host.textContent).toContain('There are no sessions or students to pick from.');
    const options = host.querySelector('a')!;
    expect(options.textContent).toBe('Open the options page');
    expect(options.href).toBe(fakeBrowser.runtime.getURL('/options.html'));
    expect([options.target, options.rel]).toEqual(['_blank', 'noopener noreferrer']);
    expect(host.querySelector('button')).toBeNull();
  });
});
