import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NextSessionPicker } from '@/components/workspace/next-session-picker';
import type { PageToBackground } from '@/utils/protocol/page-to-background';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { createWorkspaceModel, type WorkspaceModel } from '@/components/workspace/model';
import { aLiveSession, anAssignment, aSession, aStudent, aWorkspaceView } from './support/platform-records';
import type { WorkspaceView } from '@/utils/protocol/reply-views';

/** Thursday 22 October 2026, 18:00 in Paris (summer time); the clocks go back on the 25th. */
const THIS_START = '2026-10-22T16:00:00.000Z';
/** The Thursday after, 18:00 in Paris, now on winter time. */
const NEXT_START = '2026-10-29T18:00:00+01:00';

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

function aView(overrides: Partial<WorkspaceView> = {}): WorkspaceView {
  const session = aSession({ id: 'sess-1', start: THIS_START, plannedMinutes: 50 });
  return aWorkspaceView({
    live: aLiveSession(),
    session,
    student: aStudent({ timezone: 'America/Montreal' }),
    upcoming: [session],
    ...overrides,
  });
}

const aNextSession = (overrides: Partial<Session> = {}) =>
  aSession({ id: 'local-next', start: NEXT_START, plannedMinutes: 50, ...overrides });

describe('the next session in the workspace', () => {
  let host: HTMLElement;
  let sent: PageToBackground[];
  let model: WorkspaceModel;

  const show = async (view: WorkspaceView) => {
    model.view.value = view;
    render(<NextSessionPicker model={model} />, host);
    await settle();
  };
  const field = (label: string) => {
    const labelled = [...host.querySelectorAll('label')].find((l) => l.textContent === label);
    return labelled ? host.querySelector<HTMLInputElement>(`[id="${labelled.htmlFor}"]`) : null;
  };
  const type = async (label: string, value: string) => {
    const input = field(label)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
  };
  const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);
  const click = async (name: string) => {
    button(name)!.click();
    await settle();
  };
  const link = (name: string) => [...host.querySelectorAll('a')].find((a) => a.textContent === name);

  beforeEach(() => {
    sent = [];
    host = document.createElement('div');
    document.body.replaceChildren(host);
    const send = (async (message: PageToBackground) => {
      sent.push(message);
      if (message.type !== 'workspace/fix-next-session') return { ok: false, error: { code: 'internal' } };
      const next = aNextSession({ start: message.start, plannedMinutes: message.plannedMinutes });
      return { ok: true, value: { ...model.view.peek()!, nextSession: next, nextSessionMovable: true } };
    }) as unknown as typeof sendToBackground;
    model = createWorkspaceModel({
      liveSessionId: aLiveSession().id,
      send,
      language: 'en',
      timezone: 'Europe/Paris',
    });
  });

  afterEach(() => render(null, host));

  it('offers the same weekday and time a week later in the mentor’s zone, across a DST change', async () => {
    await show(aView());
    expect(host.querySelector('h2')?.textContent).toBe('Next session');
    expect(field('Date')?.type).toBe('date');
    expect(field('Date')?.value).toBe('2026-10-29');
    expect(field('Time')?.type).toBe('time');
    expect(field('Time')?.value).toBe('18:00');
    expect(field('Length (minutes)')?.value).toBe('50');
    expect(host.textContent).toContain('In your time zone (Europe/Paris).');
  });

  it('shows the student’s local time when their zone differs, and not when it is the same', async () => {
    await show(aView());
    expect(host.textContent).toContain('That is Thursday 1:00 PM for Awa Diallo (America/Montreal).');
    await type('Time', '09:30');
    expect(host.textContent).toContain('That is Thursday 4:30 AM for Awa Diallo (America/Montreal).');

    await show(aView({ student: aStudent({ timezone: 'Europe/Paris' }) }));
    expect(host.textContent).not.toContain('That is');
  });

  it('warns of a clash with another session without blocking, and leaves this session out', async () => {
    const other = aSession({ id: 'sess-9', studentId: 'stu-2', start: '2026-10-29T17:30:00Z' });
    await show(aView({ upcoming: [aView().session!, other] }));
    const clashes = () => [...host.querySelectorAll('.next-session-clashes li')].map((li) => li.textContent);
    expect(clashes()).toEqual(['Clashes with another of your sessions, at 6:30 PM.']);
    expect(host.textContent).toContain('You can still fix this date.');

    await type('Time', '20:00');
    await vi.waitFor(() => expect(clashes()).toEqual([]));
    await type('Time', '17:45');
    await click('Fix this date');
    expect(sent.map((m) => m.type)).toEqual(['workspace/fix-next-session']);
  });

  it('names the student when the clash is with one of their own sessions', async () => {
    const theirs = aSession({ id: 'sess-8', start: '2026-10-29T17:20:00Z' });
    await show(aView({ upcoming: [theirs] }));
    expect(host.querySelector('.next-session-clashes li')?.textContent).toBe('Clashes with your session with Awa Diallo at 6:20 PM.');
  });

  it('fixes the date as an instant in the mentor’s zone, then shows it with its calendar links', async () => {
    await show(aView());
    await type('Length (minutes)', '45');
    await click('Fix this date');
    expect(sent).toEqual([{ type: 'workspace/fix-next-session', liveSessionId: aLiveSession().id, start: NEXT_START, plannedMinutes: 45 }]);
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Next session fixed for Thursday, October 29, 2026 6:00 PM.');
    expect(field('Date')).toBeNull();
    expect(host.querySelector('.next-session-when')?.textContent).toBe('Thursday, October 29, 2026 6:00 PM (45 min)');
    expect(host.textContent).toContain('That is Thursday 1:00 PM for Awa Diallo (America/Montreal).');
    await vi.waitFor(() => expect(document.activeElement).toBe(button('Change the date')));
    expect(link('Add to calendar (.ics)')).toBeDefined();
  });

  it('says what is wrong beside the field, and sends nothing', async () => {
    await show(aView());
    await type('Date', '');
    await type('Length (minutes)', '5');
    await click('Fix this date');
    const errorOf = (label: string) => {
      const ids = field(label)?.getAttribute('aria-describedby')?.split(' ') ?? [];
      return ids.map((id) => host.querySelector(`[id="${id}"].field-error`)?.textContent).find(Boolean);
    };
    expect(errorOf('Date')).toBe('Choose a date.');
    expect(errorOf('Length (minutes)')).toBe('Enter a whole number of minutes between 10 and 240.');
    expect(document.activeElement).toBe(field('Date'));

    await type('Date', '2026-10-22');
    await type('Time', '18:30');
    expect(errorOf('Date')).toBe('Choose a time after this session ends.');
    expect(sent).toEqual([]);
  });

  it('keeps a time typed before the form’s first frame is over', async () => {
    model.view.value = aView();
    render(<NextSessionPicker model={model} />, host);
    const time = field('Time')!;
    time.value = '20:00';
    time.dispatchEvent(new Event('input', { bubbles: true }));
    // Preact runs a render's effects after the next frame (100 ms at most): none may undo the typing.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(field('Time')?.value).toBe('20:00');
  });

  it('lets a next session not yet sent be changed, starting from its date', async () => {
    await show(aView({ nextSession: aNextSession({ start: '2026-10-30T09:00:00+01:00' }), nextSessionMovable: true }));
    expect(field('Date')).toBeNull();
    await click('Change the date');
    expect(field('Date')?.value).toBe('2026-10-30');
    expect(field('Time')?.value).toBe('09:00');
    await click('Cancel');
    expect(field('Date')).toBeNull();
    // The focus moves in an effect, which Preact runs after the next frame.
    await vi.waitFor(() => expect(document.activeElement).toBe(button('Change the date')));
  });

  it('offers no form once the next session went to the platform', async () => {
    await show(aView({ nextSession: aNextSession(), nextSessionMovable: false }));
    expect(host.querySelector('form')).toBeNull();
    expect(button('Change the date')).toBeUndefined();
    expect(host.textContent).toContain('Already sent to the platform');
  });
});

describe('the calendar links', () => {
  let host: HTMLElement;
  let model: WorkspaceModel;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.replaceChildren(host);
    model = createWorkspaceModel({
      liveSessionId: aLiveSession().id,
      send: (async () => ({ ok: false, error: { code: 'internal' } })) as unknown as typeof sendToBackground,
      language: 'en',
      timezone: 'Europe/Paris',
    });
    model.view.value = aView({
      nextSession: aNextSession(),
      nextSessionMovable: true,
      goals: [anAssignment({ id: 'g1', setInSessionId: 'sess-1', title: 'Rebuild a magazine page with CSS grid', estimatedMinutes: 60 })],
    });
  });

  afterEach(() => {
    render(null, host);
    vi.restoreAllMocks();
  });

  const link = (name: string) => [...host.querySelectorAll('a')].find((a) => a.textContent === name)!;

  it('downloads an .ics file from a blob, revoked when it goes away', async () => {
    const made: Blob[] = [];
    const create = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      made.push(blob as Blob);
      return create(blob);
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    render(<NextSessionPicker model={model} />, host);

    const ics = link('Add to calendar (.ics)');
    expect(ics.getAttribute('download')).toBe('cadence-2026-10-29-mentoring-awa-diallo.ics');
    expect(ics.getAttribute('href')).toMatch(/^blob:/);
    const text = (await made[0]!.text()).replace(/\r\n /g, '');
    expect(text).toContain('UID:local-next@cadence.invalid');
    expect(text).toContain('DTSTART:20261029T170000Z');
    expect(text).toContain('SUMMARY:Mentoring: Awa Diallo');
    expect(text).toContain('• Rebuild a magazine page with CSS grid (1 h)');
    expect(text).toContain('Meeting link: https://meet.google.com/abc-defg-hij');
    expect(text).toContain('LOCATION:https://meet.google.com/abc-defg-hij');

    render(null, host);
    expect(revoke).toHaveBeenCalledWith(ics.getAttribute('href'));
  });

  it('opens Google Calendar’s new event in a new tab', () => {
    render(<NextSessionPicker model={model} />, host);
    const google = link('Add to Google Calendar');
    const url = new URL(google.getAttribute('href')!);
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('text')).toBe('Mentoring: Awa Diallo');
    expect(url.searchParams.get('dates')).toBe('20261029T170000Z/20261029T175000Z');
    expect(url.searchParams.get('location')).toBe('https://meet.google.com/abc-defg-hij');
    expect(url.searchParams.get('details')).toContain('Goals for the week:');
    expect(google.getAttribute('target')).toBe('_blank');
    expect(google.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
