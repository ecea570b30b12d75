import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AttendanceOverview } from '@/components/options/attendance-overview';
import { CancelSessionFlow } from '@/components/common/cancel-session-flow';
import { LatenessNotice } from '@/components/workspace/lateness-notice';
import { StudentSummary } from '@/components/workspace/student-summary';
import { SessionWorkspace } from '@/components/workspace/session-workspace';
import type { PageToBackground } from '@/utils/protocol/page-to-background';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { DEFAULT_ATTENDANCE_POLICY } from '@/utils/core/policy/attendance-policy';
import type { CancellationVerdict } from '@/utils/core/policy/cancellation-policy';
import { goToPhase } from '@/utils/core/session/live-session';
import { attendancePolicyItem } from '@/utils/shared/storage-items';
import { createWorkspaceModel, type WorkspaceModel } from '@/components/workspace/model';
import { aLiveSession, aSession, iso, T0, aWorkspaceView } from './support/platform-records';
import { buttonIn, errorBesideIn, fieldIn } from './support/form-queries';
import type { WorkspaceView } from '@/utils/protocol/reply-views';
import { type CallPresence, observePresence } from '@/utils/core/session/call-presence';

const MIN = 60_000;
const HOUR = 60 * MIN;
/** The call's session starts at T0 (14:00 UTC, Monday 30 November 2026). */
const START = T0;

/** Lets storage, the replies and the renders settle (timeouts stay real; only the clock is faked). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

function aView(overrides: Partial<WorkspaceView> = {}): WorkspaceView {
  return aWorkspaceView({
    session: aSession({ id: 'sess-1', start: iso(START), plannedMinutes: 50 }),
    connected: true,
    ...overrides,
  });
}

let host: HTMLElement;
/** Requests the components sent to the background themselves. */
let sent: PageToBackground[];
/** What the background answers to those requests. */
let answer: (message: PageToBackground) => unknown;

const button = (name: string) => buttonIn(host, name);
const click = async (name: string) => {
  const found = button(name);
  if (!found) throw new Error(`no button "${name}"`);
  found.click();
  await settle();
};
const field = (label: string) => fieldIn(host, label);
const type = async (label: string, value: string) => {
  const input = field(label);
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await settle();
};
const errorBeside = (label: string) => errorBesideIn(host, label);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  host = document.createElement('div');
  document.body.replaceChildren(host);
  sent = [];
  answer = () => null;
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    sent.push(message as PageToBackground);
    return { ok: true, value: answer(message as PageToBackground) };
  });
});

afterEach(() => {
  render(null, host);
  vi.useRealTimers();
});

describe('how late the student is', () => {
  let model: WorkspaceModel;
  let opened: number;

  const show = async (at: number, view: WorkspaceView = aView()) => {
    vi.setSystemTime(at);
    opened = 0;
    const send = (async (message: PageToBackground) => {
      if (message.type === 'workspace/open') opened++;
      return { ok: true, value: model.view.peek() };
    }) as unknown as typeof sendToBackground;
    model = createWorkspaceModel({ liveSessionId: aLiveSession().id, send, language: 'en-US', timezone: 'UTC' });
    model.view.value = view;
    render(<LatenessNotice model={model} />, host);
    // The policy is read after the first paint, then from storage.
    await settle();
    await settle();
  };
  const notice = () => host.querySelector('.lateness-notice');

  it('says nothing before the scheduled start, then counts from it', async () => {
    await show(START - 10_000);
    expect(host.textContent).toBe('');
    vi.advanceTimersByTime(15_000);
    await settle();
    expect(notice()?.querySelector('p')?.textContent).toBe('Awa Diallo is less than a minute late · no-show after 15 min');
  });

  it('counts the minutes late against the default limit of 15', async () => {
    await show(START + 7 * MIN + 20_000);
    expect(notice()?.querySelector('p')?.textContent).toBe('Awa Diallo is 7 min late · no-show after 15 min');
    expect(button('Flag a no-show')).toBeNull();
    expect(host.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('at exactly 15 minutes the student is still within the limit; a tick later, the no-show is offered', async () => {
    await show(START + 15 * MIN);
    expect(notice()?.querySelector('p')?.textContent).toBe('Awa Diallo is 15 min late · no-show after 15 min');
    expect(button('Flag a no-show')).toBeNull();

    // Recomputed every 15 seconds.
    vi.advanceTimersByTime(15_000);
    await settle();
    expect(button('Flag a no-show')).not.toBeNull();
    expect(host.querySelector('[role="status"]')?.textContent).toBe('More than the 15 min allowed: you can flag a no-show.');
  });

  it('at 16 minutes offers to flag a no-show', async () => {
    await show(START + 16 * MIN);
    expect(notice()?.querySelector('p')?.textContent).toBe('Awa Diallo is 16 min late · no-show after 15 min');
    expect(notice()?.classList.contains('past-limit')).toBe(true);
    expect(button('Flag a no-show')).not.toBeNull();
  });

  describe('from who Meet’s page showed in the call', () => {
    /** The call's session, the mentor in since 2 minutes before the start, with what the page showed. */
    const seenInCall = (readings: [number, 'yes' | 'no' | 'unknown'][]) => {
      let presence: CallPresence | undefined;
      for (const [at, others] of readings) presence = observePresence(presence, { others, count: others === 'yes' ? 1 : 0 }, START + at);
      return aView({ live: { ...aLiveSession(), startedAt: START - 2 * MIN, presence } });
    };

    it('nobody joined by the limit: the offer, with how long the mentor waited and that nobody joined', async () => {
      await show(START + 16 * MIN, seenInCall([[-2 * MIN, 'no']]));
      expect(host.querySelector('[data-testid="lateness-evidence"]')?.textContent).toBe(
        'You have waited 18 min (since 1:58 PM) and nobody else has joined the call.',
      );
      expect(button('Flag a no-show')).not.toBeNull();
    });

    it('never offers it once someone joined, even if they dropped since', async () => {
      await show(
        START + 16 * MIN,
        seenInCall([
          [-2 * MIN, 'no'],
          [3 * MIN, 'yes'],
          [5 * MIN, 'no'],
        ]),
      );
      expect(notice()).toBeNull();
      expect(button('Flag a no-show')).toBeNull();
    });

    it('where the page cannot tell, goes by the clock alone: no evidence, the offer as before', async () => {
      await show(START + 16 * MIN, seenInCall([[-2 * MIN, 'unknown']]));
      expect(host.querySelector('[data-testid="lateness-evidence"]')).toBeNull();
      expect(button('Flag a no-show')).not.toBeNull();
    });
  });

  it('follows a "third of the session" policy, and a change of policy made elsewhere', async () => {
    await attendancePolicyItem.setValue({ ...DEFAULT_ATTENDANCE_POLICY, lateLimit: { kind: 'third-of-session' } });
    await show(START + 18 * MIN, aView({ session: aSession({ id: 'sess-1', start: iso(START), plannedMinutes: 60 }) }));
    expect(notice()?.querySelector('p')?.textContent).toBe('Awa Diallo is 18 min late · no-show after 20 min');
    expect(button('Flag a no-show')).toBeNull();

    await attendancePolicyItem.setValue(DEFAULT_ATTENDANCE_POLICY);
    await settle();
    expect(notice()?.querySelector('p')?.textContent).toBe('Awa Diallo is 18 min late · no-show after 15 min');
    expect(button('Flag a no-show')).not.toBeNull();
  });

  it('hides for this session once the mentor says the student is here', async () => {
    await show(START + 20 * MIN);
    await click('The student is here');
    expect(notice()).toBeNull();
    vi.advanceTimersByTime(15_000);
    await settle();
    expect(notice()).toBeNull();
  });

  it('only in the check-in of a call under way, for a session still pending', async () => {
    const live = { ...aLiveSession(), sessionId: 'sess-1' };
    await show(START + 20 * MIN, aView({ live: goToPhase(live, 1, T0 + 10 * MIN) }));
    expect(notice()).toBeNull();
    await show(START + 20 * MIN, aView({ live: { ...live, endedAt: T0 + 5 * MIN } }));
    expect(notice()).toBeNull();
    await show(START + 20 * MIN, aView({ session: aSession({ id: 'sess-1', start: iso(START), status: 'completed' }) }));
    expect(notice()).toBeNull();
  });

  it('flags the no-show with the comment, says what it means and that it is done', async () => {
    await show(START + 16 * MIN);
    await click('Flag a no-show');
    const heading = host.querySelector('h3');
    expect(heading?.textContent).toBe('Flag a no-show');
    await expect.poll(() => document.activeElement).toBe(heading);
    expect(host.textContent).toContain('Flagging a no-show cancels the session: it is lost, and you are paid up to 50% of its price.');
    const comment = field('Comment for the student (optional)');
    expect(comment.tagName).toBe('TEXTAREA');
    expect(host.querySelector(`[id="${comment.getAttribute('aria-describedby')}"]`)?.textContent).toBe('Shared with the student.');

    answer = () => aSession({ id: 'sess-1', start: iso(START), status: 'student_absent' });
    await type('Comment for the student (optional)', '  We waited 16 minutes; see you next week. ');
    await click('Flag the no-show');
    expect(sent).toEqual([{ type: 'sessions/no-show', sessionId: 'sess-1', comment: 'We waited 16 minutes; see you next week.' }]);
    expect(host.querySelector('[role="status"]')?.textContent).toBe('The session is flagged as a no-show.');
    expect(button('Flag the no-show')).toBeNull();
    // The view is read again, so the rest of the workspace sees the session as it now is.
    expect(opened).toBe(1);
  });

  it('shows the rate of the policy, and the background’s refusal', async () => {
    await attendancePolicyItem.setValue({ ...DEFAULT_ATTENDANCE_POLICY, noShowPayRate: 0.3 });
    await show(START + 16 * MIN);
    await click('Flag a no-show');
    expect(host.textContent).toContain('you are paid up to 30% of its price.');
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: false, error: { code: 'read-only', detail: 'too-early' } }));
    await click('Flag the no-show');
    expect(host.querySelector('[role="alert"]')).not.toBeNull();
    expect(button('Flag the no-show')).not.toBeNull();
  });

  it('steps back from the flow to the button that opened it', async () => {
    await show(START + 16 * MIN);
    await click('Flag a no-show');
    await click('Not now');
    expect(host.querySelector('h3')).toBeNull();
    await expect.poll(() => document.activeElement).toBe(button('Flag a no-show'));
    expect(sent).toEqual([]);
  });
});

describe('cancelling and rescheduling a session', () => {
  /** Thursday 3 December 2026, 18:00 in Paris. */
  const SESSION = aSession({ id: 'sess-1', start: '2026-12-03T17:00:00Z', plannedMinutes: 50 });
  const STARTS = Date.parse(SESSION.start);
  let done: number;
  let stepped: number;

  /** The wall clock in Paris (winter time, UTC+1) at an instant. */
  const paris = (ms: number) => {
    const [date, time] = new Date(ms + HOUR).toISOString().split('T') as [string, string];
    return { date, time: time.slice(0, 5) };
  };
  const told = async (ms: number) => {
    await type('Date', paris(ms).date);
    await type('Time', paris(ms).time);
  };
  const verdict = () => host.querySelector('.cancel-verdict');

  const show = async () => {
    vi.setSystemTime(STARTS - 5 * HOUR);
    done = 0;
    stepped = 0;
    render(
      <CancelSessionFlow
        model={createWorkspaceModel({ liveSessionId: aLiveSession().id, language: 'en', timezone: 'Europe/Paris' })}
        session={SESSION}
        studentName="Awa Diallo"
        studentTimezone="America/Montreal"
        language="en"
        timezone="Europe/Paris"
        policy={DEFAULT_ATTENDANCE_POLICY}
        onDone={() => done++}
        onCancel={() => stepped++}
      />,
      host,
    );
    await settle();
  };

  it('starts at now, in the mentor’s zone, with the focus on its heading', async () => {
    await show();
    const heading = host.querySelector('h3')!;
    expect(heading.textContent).toBe('Cancel the session of Dec 3, 2026 6:00 PM');
    await expect.poll(() => document.activeElement).toBe(heading);
    expect(field('Date').value).toBe('2026-12-03');
    expect(field('Time').value).toBe('13:00');
    expect(host.textContent).toContain('In your time zone (Europe/Paris).');
    expect(host.querySelector<HTMLInputElement>('input[value="student"]')?.checked).toBe(true);
    expect(host.querySelector(`label[for="${host.querySelector('input[value="student"]')!.id}"]`)?.textContent).toBe(
      'Awa Diallo, the student',
    );
  });

  it('30 hours ahead is a planned absence, not billable', async () => {
    await show();
    await told(STARTS - 30 * HOUR);
    expect(verdict()?.querySelector('.cancel-verdict-status')?.textContent).toBe('Planned absence');
    expect([...verdict()!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Notice: 30 h',
      'Not billable: this session is not paid.',
    ]);
  });

  it('10 hours ahead is a late cancellation, a no-show paid at the policy’s rate', async () => {
    await show();
    await told(STARTS - 10 * HOUR);
    expect(verdict()?.querySelector('.cancel-verdict-status')?.textContent).toBe('Late cancellation: counts as a no-show');
    expect([...verdict()!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Notice: 10 h',
      "Billable: you are paid 50% of the session's price.",
    ]);
  });

  it('unfinished work 40 hours ahead: a planned absence, with the 48-hour rule recalled', async () => {
    await show();
    await told(STARTS - 40 * HOUR);
    await type('Why', 'unfinished-work');
    expect(verdict()?.querySelector('.cancel-verdict-status')?.textContent).toBe('Planned absence');
    expect(verdict()?.querySelector('.cancel-verdict-warnings')?.textContent).toBe(
      'Remind the student that when the work is not done, they must cancel at least 48 h ahead.',
    );
  });

  it('by the mentor: nothing owed, whatever the notice', async () => {
    await show();
    host.querySelector<HTMLInputElement>('input[value="mentor"]')!.click();
    await settle();
    await told(STARTS - 2 * HOUR);
    expect([...host.querySelectorAll('legend')].map((legend) => legend.textContent)).toEqual(['Who cancels?', 'When you canceled']);
    expect(verdict()?.querySelector('.cancel-verdict-status')?.textContent).toBe('Canceled by you: the student owes nothing');
  });

  it('checks the fields beside them and sends nothing', async () => {
    await show();
    await told(STARTS - 4 * HOUR);
    await click('Confirm the cancellation');
    expect(errorBeside('Date')).toBe('This moment is still to come: enter when you were told.');
    expect(errorBeside('Why')).toBe('Choose a reason.');
    expect(document.activeElement).toBe(field('Date'));
    await type('Time', '');
    expect(errorBeside('Time')).toBe('Enter a time, such as 18:30.');
    expect(sent).toEqual([]);

    await click('Keep the session');
    expect(stepped).toBe(1);
  });

  it('cancels at the moment typed, shows the background’s verdict, then reschedules in the mentor’s zone', async () => {
    await show();
    await told(STARTS - 40 * HOUR);
    await type('Why', 'unfinished-work');
    await type('Comment for the student (optional)', 'Take the time to finish the layout. ');
    const truth: CancellationVerdict = {
      status: 'canceled',
      noticeHours: 40,
      billable: false,
      payRate: 0,
      warnings: [
        { kind: 'unfinished-work-short-notice', noticeHours: 40, requiredHours: 48 },
        { kind: 'frequent-absences', count: 3, withinDays: 60 },
      ],
    };
    const cancelled: Session = { ...SESSION, status: 'canceled' };
    answer = (message) =>
      message.type === 'sessions/cancel'
        ? { session: cancelled, verdict: truth }
        : { ...SESSION, id: 'local-2', start: '2026-12-05T17:30:00.000Z', plannedMinutes: 45, rescheduledFrom: 'sess-1' };
    await click('Confirm the cancellation');

    expect(sent).toEqual([
      {
        type: 'sessions/cancel',
        sessionId: 'sess-1',
        by: 'student',
        reason: 'unfinished-work',
        cancelledAt: Date.parse('2026-12-02T01:00:00Z'),
        comment: 'Take the time to finish the layout.',
      },
    ]);
    const heading = host.querySelector('h3')!;
    expect(heading.textContent).toBe('Session canceled');
    await expect.poll(() => document.activeElement).toBe(heading);
    expect(host.querySelector('[role="status"]')?.textContent).toBe('The session of Dec 3, 2026 6:00 PM is canceled.');
    expect(verdict()?.querySelector('.cancel-verdict-warnings')?.textContent).toContain(
      '3 planned absences within 60 days, this one included: worth a word with the student.',
    );

    await type('New date', '2026-12-05');
    await type('New time', '18:30');
    await type('Length (minutes)', '45');
    expect(host.textContent).toContain('That is Saturday 12:30 PM for Awa Diallo (America/Montreal).');
    await click('Reschedule now');
    expect(sent.at(-1)).toEqual({
      type: 'sessions/reschedule',
      sessionId: 'sess-1',
      start: '2026-12-05T18:30:00+01:00',
      plannedMinutes: 45,
    });
    expect(host.querySelector('h3')?.textContent).toBe('Session rescheduled');
    await expect.poll(() => document.activeElement).toBe(host.querySelector('h3'));
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Rescheduled for Saturday, December 5, 2026 6:30 PM (45 min).');
    expect(done).toBe(0);
    await click('Close');
    expect(done).toBe(1);
  });

  it('refuses a new time already past, and can leave rescheduling for later', async () => {
    await show();
    await told(STARTS - 30 * HOUR);
    await type('Why', 'illness');
    answer = () => ({
      session: { ...SESSION, status: 'canceled' },
      verdict: { status: 'canceled', noticeHours: 30, billable: false, payRate: 0, warnings: [] },
    });
    await click('Confirm the cancellation');
    await type('New date', '2026-12-01');
    await click('Reschedule now');
    expect(errorBeside('New date')).toBe('Pick a time still to come.');
    expect(sent.map((m) => m.type)).toEqual(['sessions/cancel']);
    await click('Later');
    expect(done).toBe(1);
  });
});

describe('cancelling from the student’s card', () => {
  it('opens the flow with the stored policy, and steps back to its button', async () => {
    vi.setSystemTime(T0 - 30 * HOUR);
    const send = (async () => ({ ok: true, value: null })) as unknown as typeof sendToBackground;
    const model = createWorkspaceModel({ liveSessionId: aLiveSession().id, send, language: 'en-US', timezone: 'UTC' });
    model.view.value = aView();
    render(<StudentSummary model={model} />, host);
    await click('Cancel this session');
    expect(host.querySelector('.cancel-flow h3')?.textContent).toBe('Cancel the session of Nov 30, 2026 2:00 PM');
    expect(host.querySelector('.cancel-verdict-status')?.textContent).toBe('Planned absence');
    await click('Keep the session');
    expect(host.querySelector('.cancel-flow')).toBeNull();
    await expect.poll(() => document.activeElement).toBe(button('Cancel this session'));

    model.view.value = aView({ session: aSession({ id: 'sess-1', start: iso(T0), status: 'canceled' }) });
    await settle();
    expect(button('Cancel this session')).toBeNull();
  });
});

describe('attendance over time', () => {
  it('counts held sessions, no-shows, late cancellations, planned absences and reports outstanding', () => {
    const now = T0;
    const at = (days: number) => iso(now + days * 24 * HOUR);
    const sessions = [
      aSession({ id: 's1', start: at(-35), status: 'completed' }),
      aSession({ id: 's2', start: at(-28), status: 'completed' }),
      aSession({ id: 's3', start: at(-21), status: 'student_absent' }),
      aSession({
        id: 's4',
        start: at(-14),
        status: 'canceled',
        cancellation: { by: 'student', at: at(-16), reason: 'illness', comment: '' },
      }),
      aSession({
        id: 's5',
        start: at(-10),
        status: 'canceled',
        cancellation: { by: 'mentor', at: at(-12), reason: 'other', comment: '' },
      }),
      // Over, still pending: held, and its report is still to write.
      aSession({ id: 's6', start: at(-7) }),
      aSession({ id: 's7', start: at(7) }),
    ];
    render(<AttendanceOverview sessions={sessions} now={now} />, host);
    expect(host.textContent).toBe('Attendance: 3 held · 1 no-show · 0 late cancellations · 1 planned absence · 1 report outstanding');

    render(<AttendanceOverview sessions={[]} now={now} />, host);
    expect(host.textContent).toBe('Attendance: 0 held · 0 no-shows · 0 late cancellations · 0 planned absences · 0 reports outstanding');
  });
});

describe('the work once a no-show or a cancellation closed the session', () => {
  /** The work's model, answered `views` in turn each time it reads the view. */
  const workWith = (...views: WorkspaceView[]) => {
    const send = (async () => ({ ok: true, value: views.length > 1 ? views.shift() : views[0] })) as unknown as typeof sendToBackground;
    return createWorkspaceModel({ liveSessionId: aLiveSession().id, send, language: 'en-US', timezone: 'UTC' });
  };
  const running = aView();
  const ended = (status: Session['status']) =>
    aView({ live: { ...running.live, endedAt: START + 16 * MIN, endReason: 'mentor' }, session: { ...running.session!, status } });

  it.each([['student_absent'], ['canceled'], ['late_canceled']] as const)(
    'stays where the mentor recorded it (%s): no jump to a report it cannot finish',
    async (status) => {
      const model = workWith(running, ended(status));
      await model.reload();
      expect(model.tab.value).toBe('student');
      await model.reload();
      expect(model.tab.value).toBe('student');
      // Opened afresh on such a session, it opens where its status shows, not on the report.
      const fresh = workWith(ended(status));
      await fresh.reload();
      expect(fresh.tab.value).toBe('student');
    },
  );

  it('still opens the report once a call that took place is over', async () => {
    const model = workWith(running, ended('pending'));
    await model.reload();
    await model.reload();
    expect(model.tab.value).toBe('report');
  });

  it('says the session’s status above every tab: no report to write', async () => {
    const model = workWith(ended('student_absent'));
    await model.reload();
    render(<SessionWorkspace model={model} />, host);
    await settle();
    expect(host.querySelector('[data-testid="workspace-no-report"]')?.textContent).toBe('Student absent: no report to write');
    model.view.value = ended('canceled');
    await settle();
    expect(host.querySelector('[data-testid="workspace-no-report"]')?.textContent).toBe('Session canceled: no report to write');
    model.view.value = ended('pending');
    await settle();
    expect(host.querySelector('[data-testid="workspace-no-report"]')).toBeNull();
  });
});
