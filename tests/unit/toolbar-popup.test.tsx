import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ToolbarPopup } from '@/components/popup/toolbar-popup';
import type { PageToBackground } from '@/utils/protocol/page-to-background';
import type { Reply } from '@/utils/protocol/ui-to-background';
import type { WeekOverview } from '@/utils/core/overview/week-overview';
import type { Session } from '@/utils/core/platform/platform-schemas';
import type { CancellationVerdict } from '@/utils/core/policy/cancellation-policy';
import { anAssignment, anOutboxItem, aSession, aStudent } from './support/platform-records';
import { placesWithoutOwnDirection, RTL_SAMPLES } from './support/text-direction';

const MIN = 60_000;
const HOUR = 60 * MIN;
const EXTENSION = 'chrome-extension://test-extension-id';
/** Monday 30 November 2026, 12:45 in Paris (UTC+1). */
const NOW = Date.UTC(2026, 10, 30, 11, 45);
/** The next session: 15:00 in Paris, 2 h 15 min from NOW. */
const NEXT = aSession({ id: 'sess-1', start: '2026-11-30T14:00:00Z', meetingUrl: 'https://meet.google.com/abc-defg-hij' });

/** Lets the replies, the lazily loaded flow and the renders settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

function anOverview(overrides: Partial<WeekOverview> = {}): WeekOverview {
  return {
    next: {
      session: NEXT,
      student: aStudent(),
      lastGoals: [
        anAssignment({ id: 'asg-1', title: 'Center a card with flexbox' }),
        anAssignment({ id: 'asg-2', title: 'Read part 2 of the CSS grid course' }),
      ],
    },
    week: [
      { session: aSession({ id: 'sess-2', studentId: 'stu-2', start: '2026-12-01T09:30:00Z' }), studentName: 'Léa Martin' },
      { session: aSession({ id: 'sess-3', studentId: 'stu-3', start: '2026-12-03T17:00:00Z' }), studentName: 'Tom Becker' },
    ],
    reportsOutstanding: [],
    attention: [],
    badgeCount: 0,
    connected: true,
    ...overrides,
  };
}

let host: HTMLElement;
let clock: number;
/** Every request the popup sent through `send`. */
let requests: { type: 'overview/week' }[];
/** What `send` answers now. */
let reply: Reply<WeekOverview>;
let release: (() => void) | null;

const send = async (message: { type: 'overview/week' }) => {
  requests.push(message);
  // Held until the test lets it through, when it wants to see the popup before the answer.
  if (release === null) await new Promise<void>((resolve) => (release = resolve));
  return reply;
};

const show = async (overview: WeekOverview | Reply<WeekOverview>) => {
  reply = 'ok' in overview ? overview : { ok: true, value: overview };
  release = () => {};
  const before = requests.length;
  // Dates in French, words in English (the fake browser's): the mentor's language reaches every date.
  render(<ToolbarPopup send={send} now={() => clock} language="fr" timezone="Europe/Paris" />, host);
  // The request goes once the popup has painted.
  await expect.poll(() => requests.length).toBe(before + 1);
  await settle();
};
const link = (name: string) => {
  const found = [...host.querySelectorAll('a')].find((a) => a.textContent === name);
  if (!found) throw new Error(`no link "${name}"`);
  return found;
};
const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;
const section = (heading: string) => {
  const found = [...host.querySelectorAll('h2')].find((h) => h.textContent === heading);
  if (!found) throw new Error(`no section "${heading}"`);
  return found.closest('section')!;
};
const must = <T,>(found: T | null) => {
  if (found === null) throw new Error('not there yet');
  return found;
};
const items = (root: Element) => [...root.querySelectorAll('li')].map((li) => li.textContent);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  host = document.createElement('div');
  document.body.replaceChildren(host);
  clock = NOW;
  requests = [];
  release = null;
});

afterEach(() => {
  render(null, host);
  vi.useRealTimers();
});

describe('the toolbar popup', () => {
  it('says it is loading, asks for the week once, and paints as soon as it answers', async () => {
    reply = { ok: true, value: anOverview() };
    render(<ToolbarPopup send={send} now={() => clock} language="fr" timezone="Europe/Paris" />, host);
    await expect.poll(() => requests.length).toBe(1);
    expect(host.querySelector('main h1')?.textContent).toBe('Your week');
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Loading your week…');
    expect(host.querySelector('h2')).toBeNull();

    release!();
    await settle();
    expect(requests).toEqual([{ type: 'overview/week' }]);
    expect(host.textContent).not.toContain('Loading your week…');
    expect(host.querySelector('h2')?.textContent).toBe('Awa Diallo');
  });

  it('shows the week the background kept at once, then the fresh one, never the other way round', async () => {
    reply = { ok: true, value: anOverview() };
    const kept = anOverview();
    kept.next!.student = { ...kept.next!.student, name: 'Kept Name' };
    render(<ToolbarPopup send={send} now={() => clock} language="fr" timezone="Europe/Paris" kept={Promise.resolve(kept)} />, host);
    await expect.poll(() => host.querySelector('h2')?.textContent).toBe('Kept Name');
    release!();
    await expect.poll(() => host.querySelector('h2')?.textContent).toBe('Awa Diallo');

    render(null, host);
    const late = Promise.resolve().then(() => new Promise<typeof kept>((resolve) => setTimeout(() => resolve(kept), 50)));
    render(<ToolbarPopup send={send} now={() => clock} language="fr" timezone="Europe/Paris" kept={late} />, host);
    await expect.poll(() => host.querySelector('h2')?.textContent).toBe('Awa Diallo');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(host.querySelector('h2')?.textContent).toBe('Awa Diallo');
  });

  it('follows the week the background keeps while open: a call ended leaves the card for the reports to write', async () => {
    let onWeek: ((week: WeekOverview | null) => void) | null = null;
    reply = { ok: true, value: anOverview() };
    release = () => {};
    render(
      <ToolbarPopup
        send={send}
        now={() => clock}
        language="fr"
        timezone="Europe/Paris"
        watchKept={(listener) => {
          onWeek = listener;
          return () => (onWeek = null);
        }}
      />,
      host,
    );
    await expect.poll(() => host.querySelector('.popup-kicker')?.textContent).toBe('Next session');
    expect(link('Join').getAttribute('href')).toBe(NEXT.meetingUrl);
    onWeek!(anOverview({ next: null, week: [], reportsOutstanding: [{ session: NEXT, studentName: 'Awa Diallo' }], badgeCount: 1 }));
    await settle();
    expect([...host.querySelectorAll('a')].some((a) => a.textContent === 'Join')).toBe(false);
    expect(items(section('Reports to write'))).toEqual(['lun. 30 nov. 15:00 · Awa Diallo']);
    render(null, host);
    expect(onWeek).toBeNull();
  });

  it('shows names and goals written right to left exactly, each in its own direction', async () => {
    const { name, title, project, path } = RTL_SAMPLES;
    await show(
      anOverview({
        next: {
          session: NEXT,
          student: aStudent({ name, currentProject: { id: 'pr', name: project, mentorGuideUrl: null } }),
          lastGoals: [anAssignment({ id: 'asg-1', title })],
        },
        week: [{ session: aSession({ id: 'sess-2', studentId: 'stu-2', start: '2026-12-01T09:30:00Z' }), studentName: path }],
        reportsOutstanding: [{ session: aSession({ id: 'sess-0', start: '2026-11-27T15:00:00Z' }), studentName: path }],
      }),
    );
    for (const text of [name, title, project, path]) {
      expect(host.textContent, text).toContain(text);
      expect(placesWithoutOwnDirection(host, text), text).toEqual([]);
    }
  });

  it('shows the next session: the student, the time in the mentor’s zone and how soon', async () => {
    await show(anOverview());
    const card = section('Awa Diallo');
    expect(card.querySelector('.popup-kicker')?.textContent).toBe('Next session');
    expect(card.querySelector('time')?.textContent).toBe('lundi 30 novembre 2026 15:00');
    expect(card.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-30T14:00:00Z');
    expect(card.querySelector('.popup-countdown')?.textContent).toBe('In 2 h 15 min');
  });

  it('counts down every half minute, to the start and past it', async () => {
    await show(anOverview());
    const countdownText = () => host.querySelector('.popup-countdown')?.textContent;
    clock = NOW + 2 * HOUR;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(countdownText()).toBe('In 15 min');
    clock = NOW + 2 * HOUR + 15 * MIN;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(countdownText()).toBe('Starts now');
    clock = NOW + 2 * HOUR + 20 * MIN;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(countdownText()).toBe('Started 5 min ago');
  });

  it('words a session days ahead in days', async () => {
    clock = NOW - 3 * 24 * HOUR;
    await show(anOverview());
    expect(host.querySelector('.popup-countdown')?.textContent).toBe('In 3 days');
  });

  it('joins the call in a new tab, and has no Join without a meeting link', async () => {
    await show(anOverview());
    const join = link('Join');
    expect(join.getAttribute('href')).toBe('https://meet.google.com/abc-defg-hij');
    expect(join.getAttribute('target')).toBe('_blank');
    expect(join.getAttribute('rel')).toBe('noopener noreferrer');
    expect(host.querySelector(`[id="${join.getAttribute('aria-describedby')}"]`)?.textContent).toBe('Awa Diallo');

    render(null, host);
    const overview = anOverview();
    await show({ ...overview, next: { ...overview.next!, session: { ...NEXT, meetingUrl: null } } });
    expect([...host.querySelectorAll('a')].map((a) => a.textContent)).not.toContain('Join');
  });

  it('shows the current project with its mentor guide, and last week’s goals', async () => {
    await show(anOverview());
    const card = section('Awa Diallo');
    expect(card.textContent).toContain('Current project: Responsive portfolio · Mentor guide');
    expect(link('Mentor guide').getAttribute('href')).toBe('https://platform.example/guides/p3');
    expect(link('Mentor guide').getAttribute('target')).toBe('_blank');
    expect(card.querySelector('h3')?.textContent).toBe("Last week's goals");
    expect(items(card)).toEqual(['Center a card with flexbox', 'Read part 2 of the CSS grid course']);
  });

  it('says when nothing was set last time, and when there is no current project', async () => {
    const overview = anOverview();
    await show({ ...overview, next: { ...overview.next!, student: aStudent({ currentProject: null }), lastGoals: [] } });
    const card = section('Awa Diallo');
    expect(card.textContent).toContain('No current project');
    expect(card.textContent).toContain('Nothing was set last time.');
    expect(card.querySelector('ul')).toBeNull();
  });

  it('links the student’s page and opens the options', async () => {
    await show(anOverview());
    const page = link("Student's page");
    expect(page.getAttribute('href')).toBe(`${EXTENSION}/student.html#stu-1`);
    expect(page.getAttribute('target')).toBe('_blank');
    expect(page.getAttribute('rel')).toBe('noopener noreferrer');

    const openOptionsPage = vi.fn(async () => {});
    fakeBrowser.runtime.openOptionsPage = openOptionsPage;
    button('Options')!.click();
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });

  it('lists the rest of the week, one line each', async () => {
    await show(anOverview());
    const week = section('Rest of the week');
    expect(items(week)).toEqual(['mar. 1 déc. 10:30 · Léa Martin', 'jeu. 3 déc. 18:00 · Tom Becker']);
  });

  it('links each report to write to its page, and each refused change to the options', async () => {
    await show(
      anOverview({
        reportsOutstanding: [{ session: aSession({ id: 'sess-0', start: '2026-11-27T15:00:00Z' }), studentName: 'Awa Diallo' }],
        attention: [
          {
            id: anOutboxItem().id,
            endpoint: 'cancelSession',
            lastError: { status: 409, code: 'session-started', message: 'This session has already started.', at: NOW },
          },
          { id: '00000000-0000-4000-8000-0000000000bb', endpoint: 'submitReport', lastError: null },
        ],
        badgeCount: 3,
      }),
    );
    const reports = section('Reports to write');
    const report = reports.querySelector('li a')!;
    expect(report.textContent).toBe('ven. 27 nov. 16:00 · Awa Diallo');
    expect(report.getAttribute('href')).toBe(`${EXTENSION}/report.html#sess-0`);
    expect(report.getAttribute('target')).toBe('_blank');
    expect(report.getAttribute('rel')).toBe('noopener noreferrer');

    const attention = section('Needs your attention');
    const [refused, unexplained] = [...attention.querySelectorAll('li')];
    expect([...refused!.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Canceling a session',
      'This session has already started.',
    ]);
    expect(unexplained!.querySelector('p')?.textContent).toBe('Submitting a report');
    for (const item of [refused!, unexplained!]) {
      const fix = item.querySelector('a')!;
      expect(fix.textContent).toBe('Open the sync status');
      expect(fix.getAttribute('href')).toBe(`${EXTENSION}/options.html`);
      expect(fix.getAttribute('target')).toBe('_blank');
      expect(host.querySelector(`[id="${fix.getAttribute('aria-describedby')}"]`)).toBe(item.querySelector('p'));
    }
  });

  it('shows no report or attention section when nothing waits', async () => {
    await show(anOverview());
    expect([...host.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Awa Diallo', 'Rest of the week']);
  });

  it('without any session, in local mode, says where to add students and sessions', async () => {
    await show(anOverview({ next: null, week: [], connected: false }));
    const empty = section('Next session');
    expect(empty.textContent).toContain('No sessions coming up.');
    expect(empty.textContent).toContain('Add your students and schedule their sessions in the options.');
    expect(button('Options')).not.toBeNull();
    expect(host.querySelector('.popup-countdown')).toBeNull();
  });

  it('without any session while connected, points at the platform instead', async () => {
    await show(anOverview({ next: null, week: [], connected: true }));
    expect(section('Next session').textContent).toContain('Your platform has no session planned for you yet.');
  });

  it('says so when the background cannot answer', async () => {
    await show({ ok: false, error: { code: 'disconnected' } });
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(
      'Cadence lost touch with its background for a moment. Nothing is lost; try again.',
    );
    expect(host.querySelector('[role="status"]')).toBeNull();
  });
});

describe('cancelling the next session from the popup', () => {
  let sent: PageToBackground[];

  beforeEach(() => {
    sent = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      sent.push(message as PageToBackground);
      const cancelled: Session = { ...NEXT, status: 'canceled' };
      const verdict: CancellationVerdict = { status: 'canceled', noticeHours: 30, billable: false, payRate: 0, warnings: [] };
      return { ok: true, value: { session: cancelled, verdict } };
    });
  });

  it('opens the policy flow on the next session, and steps back to its button', async () => {
    await show(anOverview());
    button('Cancel the session')!.click();
    // The flow is loaded on demand: the first time, the test runner compiles it too.
    const heading = await vi.waitFor(() => must(host.querySelector('h3[tabindex="-1"]')), { timeout: 5000 });
    expect(heading.textContent).toBe('Cancel the session of 30 nov. 2026 15:00');
    await expect.poll(() => document.activeElement).toBe(heading);
    expect(host.textContent).toContain('Awa Diallo, the student');
    expect(button('Cancel the session')).toBeNull();

    button('Keep the session')!.click();
    await expect.poll(() => document.activeElement?.textContent).toBe('Cancel the session');
    expect(sent).toEqual([]);
  });

  it('reads the week again once the session is cancelled', async () => {
    await show(anOverview());
    reply = { ok: true, value: anOverview({ next: null, week: [] }) };
    button('Cancel the session')!.click();
    const reason = await vi.waitFor(() => must(host.querySelector('select')), { timeout: 5000 });
    reason.value = 'illness';
    reason.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    const join = link('Join');
    button('Confirm the cancellation')!.click();
    const later = await vi.waitFor(() => must(button('Later')));
    expect(sent.map((message) => message.type)).toEqual(['sessions/cancel']);
    // At once, with the reschedule still to answer: no way into the call, no countdown, and said so.
    expect(join.isConnected).toBe(false);
    expect([...host.querySelectorAll('a')].some((a) => a.textContent === 'Join')).toBe(false);
    expect(host.querySelector('.popup-countdown')).toBeNull();
    expect(host.querySelector('.popup-kicker')?.textContent).toBe('Canceled: no longer your next session');
    // The week is read again at once, and the flow stays where it is.
    await expect.poll(() => requests.length).toBe(2);
    await settle();
    expect(button('Later')).toBe(later);

    later.click();
    await expect.poll(() => requests.length).toBe(3);
    await settle();
    expect(section('Next session').textContent).toContain('No sessions coming up.');
  });
});

describe('moving the next session from the popup', () => {
  let sent: PageToBackground[];
  const MOVED: Session = { ...NEXT, start: '2026-12-02T16:00:00Z' };

  beforeEach(() => {
    sent = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      sent.push(message as PageToBackground);
      const { type } = message as PageToBackground;
      if (type === 'records/list') {
        const other = aSession({ id: 'sess-9', studentId: 'stu-2', start: '2026-12-02T16:30:00Z' });
        return { ok: true, value: { students: [], sessions: [NEXT, other], formerStudentIds: [], connected: true } };
      }
      return { ok: true, value: MOVED };
    });
  });

  const typeInto = (label: string, value: string) => {
    const labelled = [...host.querySelectorAll('label')].find((l) => l.textContent === label)!;
    const input = host.querySelector<HTMLInputElement>(`[id="${labelled.htmlFor}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('moves it with a new date and time, the student’s time and any clash said, and no verdict', async () => {
    await show(anOverview());
    const move = button('Move')!;
    expect(move.getAttribute('aria-label')).toBe('Move the session of 30 nov. 2026 15:00');
    move.click();
    const heading = await vi.waitFor(() => must(host.querySelector('form.move-session h3')), { timeout: 5000 });
    expect(heading.textContent).toBe('Move the session of 30 nov. 2026 15:00');
    // The form starts from the session's own time, in the mentor's zone.
    await expect.poll(() => document.activeElement?.getAttribute('type')).toBe('date');
    expect((document.activeElement as HTMLInputElement).value).toBe('2026-11-30');
    typeInto('New date', '2026-12-02');
    typeInto('New time', '17:00');
    await settle();
    const form = host.querySelector('form.move-session')!;
    expect(form.textContent).toContain('Clashes with another of your sessions, at 2 déc. 2026 17:30.');
    expect(form.textContent).toContain('for Awa Diallo');
    expect(host.querySelector('.cancel-verdict')).toBeNull();
    reply = { ok: true, value: anOverview({ next: { ...anOverview().next!, session: MOVED } }) };
    button('Move the session')!.click();
    await expect.poll(() => host.querySelector('.popup-notice')?.textContent).toBe('Moved to mercredi 2 décembre 2026 17:00.');
    expect(sent.filter((m) => m.type !== 'records/list')).toEqual([
      { type: 'sessions/move', sessionId: 'sess-1', start: '2026-12-02T17:00:00+01:00', plannedMinutes: 50 },
    ]);
    expect(host.querySelector('form.move-session')).toBeNull();
  });

  it('steps back to its button, sending nothing', async () => {
    await show(anOverview());
    button('Move')!.click();
    (await vi.waitFor(() => must(button('Leave it as it is')), { timeout: 5000 })).click();
    await expect.poll(() => document.activeElement?.textContent).toBe('Move');
    expect(sent.filter((m) => m.type === 'sessions/move')).toEqual([]);
  });
});
