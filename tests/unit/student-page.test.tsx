import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudentPage } from '@/components/student/student-page';
import type { PageToBackground } from '@/utils/protocol/page-to-background';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import { emptyReportFields, type ReportDraft } from '@/utils/core/report/report-draft';
import type { StudentRecord, TransferRecord } from '@/utils/core/students/student-record';
import { anAssignment, aSession, aStudent, iso, T0 } from './support/platform-records';
import { buttonIn, errorBesideIn, fieldIn } from './support/form-queries';
import { placesWithoutOwnDirection, RTL_SAMPLES } from './support/text-direction';

/** Lets the requests and the renders settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const DAY = 86_400_000;
/** Monday 30 November 2026, 16:00 UTC: this afternoon's 14:00 call is over, next week's is ahead. */
const NOW = T0 + 2 * 3_600_000;

const report = (sessionId: string, overrides: Partial<ReportDraft> = {}): ReportDraft => ({
  ...emptyReportFields(),
  sessionId,
  studentId: 'stu-1',
  revision: 3,
  savedAt: T0,
  ended: null,
  sent: null,
  ...overrides,
});

function aRecord(overrides: Partial<StudentRecord> = {}): StudentRecord {
  const reviewed = (outcome: 'aced' | 'done' | 'not-done', note = '') => ({ outcome, note, sessionId: 'sess-5', at: iso(T0) });
  return {
    student: aStudent(),
    kinds: { 'sess-4': 'first' },
    sessions: [
      aSession({ id: 'sess-6', start: iso(T0 + 7 * DAY) }),
      aSession({ id: 'sess-5', start: iso(T0) }),
      aSession({ id: 'sess-4', start: iso(T0 - 7 * DAY), status: 'completed' }),
      aSession({
        id: 'sess-3',
        start: iso(T0 - 14 * DAY),
        status: 'student_absent',
        cancellation: { by: 'mentor', at: iso(T0 - 14 * DAY), reason: 'no-show', comment: 'We waited 15 minutes.' },
      }),
      aSession({
        id: 'sess-2',
        start: iso(T0 - 21 * DAY),
        status: 'late_canceled',
        cancellation: { by: 'student', at: iso(T0 - 21 * DAY), reason: 'Ill', comment: '' },
      }),
      aSession({
        id: 'sess-1b',
        start: iso(T0 - 24 * DAY),
        status: 'canceled',
        cancellation: { by: 'mentor', at: iso(T0 - 26 * DAY), reason: 'Mentor away', comment: '' },
      }),
      aSession({
        id: 'sess-1',
        start: iso(T0 - 28 * DAY),
        status: 'canceled',
        cancellation: { by: 'student', at: iso(T0 - 30 * DAY), reason: 'Moving', comment: 'Moving house that week.' },
      }),
      aSession({ id: 'sess-0', start: iso(T0 - 35 * DAY), status: 'completed' }),
    ],
    assignments: [
      anAssignment({
        id: 'a4',
        setInSessionId: 'sess-5',
        title: 'Grid course, part 2',
        kind: 'course-part',
        order: 1,
        estimatedMinutes: 90,
        url: 'https://course.example/grid',
      }),
      anAssignment({
        id: 'a3',
        setInSessionId: 'sess-5',
        origin: 'unasked',
        title: 'Git branching game',
        order: 2,
        review: reviewed('done'),
      }),
      anAssignment({ id: 'a2', setInSessionId: 'sess-4', title: 'Flexbox froggy', order: 2, review: reviewed('not-done') }),
      anAssignment({
        id: 'a1',
        setInSessionId: 'sess-4',
        title: 'Center a card with flexbox',
        order: 1,
        review: reviewed('aced', 'Fast and clean'),
      }),
    ],
    reports: [
      report('sess-5', { summary: 'We rebuilt the header together.', privateNotes: 'Seemed tired; ask about the new job.' }),
      report('sess-4', {
        summary: 'A'.repeat(400),
        ended: { at: T0 - 7 * DAY, revision: 3, correction: false },
        sent: { at: T0 - 7 * DAY + 3_600_000, revision: 3 },
      }),
      report('sess-0', { summary: 'First session.', ended: { at: T0 - 35 * DAY, revision: 3, correction: false } }),
    ],
    skills: [
      {
        skill: 'CSS flexbox',
        evaluations: [
          { sessionId: 'sess-0', at: iso(T0 - 35 * DAY), level: 1, comment: '' },
          { sessionId: 'sess-4', at: iso(T0 - 7 * DAY), level: 3, comment: 'Uses gap well' },
        ],
      },
      { skill: 'Git', evaluations: [{ sessionId: 'sess-4', at: iso(T0 - 7 * DAY), level: 2, comment: '' }] },
    ],
    attendance: { held: 3, noShows: 1, lateCancellations: 1, plannedAbsences: 1, reportsOutstanding: 1, upcoming: 1 },
    transfer: null,
    former: false,
    connected: true,
    ...overrides,
  };
}

/** The background, played by a script: the record, and the transfer saved as asked (or refused). */
function scriptedBackground(record: StudentRecord, refuseTransfer = false) {
  const sent: PageToBackground[] = [];
  const send = (async (message: PageToBackground) => {
    sent.push(message);
    if (message.type === 'students/record') return { ok: true, value: record };
    if (message.type === 'records/list')
      return { ok: true, value: { students: [], sessions: record.sessions, formerStudentIds: [], connected: true } };
    if (message.type === 'sessions/move') {
      const moved = record.sessions.find((s) => s.id === message.sessionId)!;
      return { ok: true, value: { ...moved, start: new Date(message.start).toISOString(), plannedMinutes: message.plannedMinutes } };
    }
    if (message.type === 'students/transfer' && !refuseTransfer) {
      const { type: _, ...fields } = message;
      return { ok: true, value: { ...fields, createdAt: iso(NOW) } satisfies TransferRecord };
    }
    return { ok: false, error: { code: 'disconnected' } };
  }) as unknown as typeof sendToBackground;
  return { send, sent, transfers: () => sent.filter((m) => m.type === 'students/transfer') };
}

describe("the student's page", () => {
  let host: HTMLElement;
  let background: ReturnType<typeof scriptedBackground>;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });

  afterEach(() => {
    render(null, host);
    vi.restoreAllMocks();
  });

  const open = async (record: StudentRecord, refuseTransfer = false) => {
    background = scriptedBackground(record, refuseTransfer);
    render(<StudentPage studentId="stu-1" language="en" timezone="UTC" send={background.send} now={() => NOW} />, host);
    await expect.poll(() => host.querySelector('h1')?.textContent).toBe(record.student.name);
  };

  const sectionNamed = (heading: string) => {
    const found = [...host.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === heading);
    if (!found) throw new Error(`no section "${heading}"`);
    return found;
  };
  const items = (element: Element) => [...element.querySelectorAll(':scope > li')];
  const button = (name: string) => buttonIn(host, name);
  const click = async (name: string) => {
    await settle();
    const found = button(name);
    if (!found) throw new Error(`no button "${name}"`);
    found.click();
    await settle();
  };
  const field = (label: string) => fieldIn(host, label);
  const type = async (label: string, value: string) => {
    const input = field(label);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
  };
  const errorBeside = (label: string) => errorBesideIn(host, label);
  const preview = () => host.querySelector('pre.handoff-preview')!.textContent!;

  it('asks the background for the student named in the address and shows every section', async () => {
    await open(aRecord());
    expect(background.sent[0]).toEqual({ type: 'students/record', studentId: 'stu-1' });
    const main = host.querySelector('main')!;
    expect(main.querySelector('h1')!.textContent).toBe('Awa Diallo');
    await expect.poll(() => document.title).toBe('Awa Diallo · Cadence');
    expect([...main.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Profile',
      'Sessions',
      'Assignments',
      'Reports',
      'Skills over time',
      'Transfer to another mentor',
    ]);
    expect(main.querySelector('.student-page-former')).toBeNull();

    const profile = sectionNamed('Profile');
    expect(items(profile.querySelector('ul')!).map((li) => li.textContent)).toEqual([
      'Path: Web developer',
      'Current project: Responsive portfolio · Mentor guide for this project',
      'Level 2 of 5',
      '10 h a week for the path',
      'Time zone: Africa/Dakar',
    ]);
    const guide = profile.querySelector('a')!;
    expect([guide.href, guide.target, guide.rel]).toEqual(['https://platform.example/guides/p3', '_blank', 'noopener noreferrer']);
    expect(profile.querySelector('.student-page-attendance')!.textContent).toBe(
      'Attendance: 3 held · 1 no-show · 1 late cancellation · 1 planned absence · 1 report outstanding · 1 upcoming',
    );
  });

  it('shows the timeline of sessions in the mentor’s zone, each in words, with its comment and its report', async () => {
    await open(aRecord());
    const sessions = sectionNamed('Sessions');
    expect(sessions.querySelector('p.hint')!.textContent).toBe('Dates and times in your time zone (UTC).');
    const lines = items(sessions.querySelector('ol')!);
    expect(lines.map((li) => li.querySelector('.session-timeline-line')!.textContent)).toEqual([
      'Monday, December 7, 2026 2:00 PM · Upcoming',
      'Monday, November 30, 2026 2:00 PM · Held, report not sent or finished yet',
      // The kind of session, where Cadence knows it.
      'Monday, November 23, 2026 2:00 PM · Held · First session',
      'Monday, November 16, 2026 2:00 PM · No-show',
      'Monday, November 9, 2026 2:00 PM · Canceled late by the student',
      'Friday, November 6, 2026 2:00 PM · Canceled by you',
      'Monday, November 2, 2026 2:00 PM · Planned absence (canceled in time)',
      'Monday, October 26, 2026 2:00 PM · Held',
    ]);
    expect(lines[3]!.querySelector('.session-timeline-comment')!.textContent).toBe('Comment: We waited 15 minutes.');
    expect(lines[6]!.querySelector('.session-timeline-comment')!.textContent).toBe('Comment: Moving house that week.');
    // Held calls link to their report; the upcoming one and the cancelled ones have none.
    expect(lines.map((li) => li.querySelector('a')?.getAttribute('href') ?? null)).toEqual([
      null,
      'chrome-extension://test-extension-id/report.html#sess-5',
      'chrome-extension://test-extension-id/report.html#sess-4',
      null,
      null,
      null,
      null,
      'chrome-extension://test-extension-id/report.html#sess-0',
    ]);
    const link = lines[1]!.querySelector('a')!;
    expect(link.textContent).toBe('Report');
    expect(link.getAttribute('aria-label')).toBe('Report of Monday, November 30, 2026 2:00 PM');
  });

  it('moves a session to come, with no verdict, and says where it went', async () => {
    await open(aRecord());
    const sessions = sectionNamed('Sessions');
    // Only the session to come can move.
    const moves = [...sessions.querySelectorAll('button')].filter((b) => b.textContent === 'Move');
    expect(moves.map((b) => b.getAttribute('aria-label'))).toEqual(['Move the session of Monday, December 7, 2026 2:00 PM']);
    moves[0]!.click();
    await settle();
    expect(fieldIn(sessions, 'New date').value).toBe('2026-12-07');
    const date = fieldIn(sessions, 'New date');
    date.value = '2026-12-09';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    await click('Move the session');
    expect(background.sent.filter((m) => m.type === 'sessions/move')).toEqual([
      { type: 'sessions/move', sessionId: 'sess-6', start: '2026-12-09T14:00:00Z', plannedMinutes: 50 },
    ]);
    await expect.poll(() => host.querySelector('.student-page-notice')?.textContent).toBe('Moved to Wednesday, December 9, 2026 2:00 PM.');
    expect(background.sent.filter((m) => m.type === 'students/record')).toHaveLength(2);
    expect(host.querySelector('.cancel-verdict')).toBeNull();
  });

  it('lists every assignment with its outcome and note, under the session that set it', async () => {
    await open(aRecord());
    const assignments = sectionNamed('Assignments');
    expect([...assignments.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Session of Nov 30, 2026 2:00 PM',
      'Session of Nov 23, 2026 2:00 PM',
    ]);
    const [latest, earlier] = [...assignments.querySelectorAll('ul')];
    expect(items(latest!).map((li) => li.textContent)).toEqual([
      'Grid course, part 2 · Course part · 1 h 30 minNot reviewed yet',
      'Git branching game · Exercise · 30 min · done unaskedOutcome: Done',
    ]);
    expect(latest!.querySelector('a')!.getAttribute('href')).toBe('https://course.example/grid');
    expect(latest!.querySelector('a')!.target).toBe('_blank');
    expect(items(earlier!).map((li) => [...li.querySelectorAll('p')].map((p) => p.textContent))).toEqual([
      ['Center a card with flexbox · Exercise · 30 min', 'Outcome: Aced it', 'Note: Fast and clean'],
      ['Flexbox froggy · Exercise · 30 min', 'Outcome: Not done'],
    ]);
    expect(earlier!.getAttribute('aria-labelledby')).toBe(assignments.querySelectorAll('h3')[1]!.id);
  });

  it('shows work given twice as one line, under the last session that set it, with both outcomes', async () => {
    const first = anAssignment({
      id: 'g1',
      setInSessionId: 'sess-3',
      title: 'Responsive menu',
      review: { outcome: 'not-done', note: 'No time at work', sessionId: 'sess-4', at: iso(T0 - 7 * DAY) },
    });
    const second = anAssignment({
      id: 'g2',
      setInSessionId: 'sess-4',
      title: 'Responsive menu',
      review: { outcome: 'difficulties', note: '', sessionId: 'sess-5', at: iso(T0) },
      carriedOver: { fromId: 'g1', firstId: 'g1', times: 2 },
    });
    await open(aRecord({ assignments: [second, first] }));
    const assignments = sectionNamed('Assignments');
    expect([...assignments.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Session of Nov 23, 2026 2:00 PM']);
    const lines = items(assignments.querySelector('ul')!);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.querySelector('.assignment-history-title')?.textContent).toBe('Responsive menu · Exercise · 30 min · Given 2 times');
    expect([...lines[0]!.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual([
      'Session of Nov 16, 2026 2:00 PM: Outcome: Not doneNote: No time at work',
      'Session of Nov 23, 2026 2:00 PM: Outcome: Tried, had difficulties',
    ]);
  });

  it('lists every report with its state, an excerpt and the private notes marked private', async () => {
    await open(aRecord());
    const reports = items(sectionNamed('Reports').querySelector('ul')!);
    expect(reports.map((li) => li.querySelector('h3')!.textContent)).toEqual([
      'Session of Nov 30, 2026 2:00 PM',
      'Session of Nov 23, 2026 2:00 PM',
      'Session of Oct 26, 2026 2:00 PM',
    ]);
    expect(reports.map((li) => li.querySelector('.report-history-state')!.textContent)).toEqual([
      'Draft: not sent or finished yet',
      'Sent to the platform on Nov 23, 2026 3:00 PM',
      'Sent, on its way to the platform',
    ]);
    expect(reports[0]!.querySelector('.report-history-text')!.textContent).toBe('We rebuilt the header together.');
    expect(reports[0]!.querySelector('.report-history-private')!.textContent).toBe('Private Seemed tired; ask about the new job.');
    expect(reports[0]!.querySelector('.private-mark')!.textContent).toBe('Private');
    expect(reports[1]!.querySelector('.report-history-text')!.textContent).toBe(`${'A'.repeat(280)}…`);
    expect(reports[1]!.querySelector('.report-history-private')).toBeNull();
    expect(reports.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual([
      'chrome-extension://test-extension-id/report.html#sess-5',
      'chrome-extension://test-extension-id/report.html#sess-4',
      'chrome-extension://test-extension-id/report.html#sess-0',
    ]);
  });

  it('shows each skill’s levels by date in a small table', async () => {
    await open(aRecord());
    const tables = [...sectionNamed('Skills over time').querySelectorAll('table')];
    expect(tables.map((table) => table.querySelector('caption')!.textContent)).toEqual(['CSS flexbox', 'Git']);
    expect([...tables[0]!.querySelectorAll('th')].map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Date', 'col'],
      ['Level', 'col'],
      ['Comment', 'col'],
    ]);
    expect([...tables[0]!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['Oct 26, 2026', '1 · Not yet', ''],
      ['Nov 23, 2026', '3 · On their own', 'Uses gap well'],
    ]);
  });

  it('validates the transfer beside each field, then sends it with the handoff summary as Markdown', async () => {
    await open(aRecord());
    await click('Transfer this student');
    const date = field('Transfer date') as HTMLInputElement;
    await expect.poll(() => document.activeElement).toBe(date);
    expect([date.type, date.value, date.min]).toEqual(['date', '2026-12-14', '2026-12-07']);
    expect(host.querySelector(`[id="${date.id}-hint"]`)!.textContent).toBe(
      'At least a week from today: December 7, 2026 or later. Two weeks is suggested.',
    );
    expect(preview()).toContain('# Handoff: Awa Diallo\n\nTransfer on December 14, 2026.\n');
    expect(preview()).toContain('## What works with this student\n\nNothing written yet.\n');

    await type('Transfer date', '2026-12-06');
    await click('Send the transfer request');
    expect(errorBeside('Transfer date')).toBe('Choose December 7, 2026 or later: the student must be told at least a week ahead.');
    expect(errorBeside('Reason for the transfer')).toBe('Say why the student is being transferred.');
    expect(errorBeside('Message to the student')).toBeNull();
    expect(document.activeElement).toBe(field('Transfer date'));
    expect(background.transfers()).toEqual([]);

    await type('Transfer date', '2026-12-07');
    await type('Reason for the transfer', '  My schedule changes in January.  ');
    await type('Message to the student', 'Awa, you will meet your new mentor soon. ');
    await type('What works with this student', 'Short *exercises* first.\n- She likes to share her screen.');
    expect(errorBeside('Transfer date')).toBeNull();
    expect(errorBeside('Reason for the transfer')).toBeNull();
    expect(preview()).toContain('Transfer on December 7, 2026.');
    expect(preview()).toContain('## What works with this student\n\nShort \\*exercises\\* first.  \n\\- She likes to share her screen.\n');
    expect(preview()).toContain(
      '## Current goals\n\nSet in the session of November 30, 2026:\n\n- [Grid course, part 2](https://course.example/grid) — Course part, 1 h 30 min\n',
    );
    expect(preview()).toContain('- **CSS flexbox**: 3 · On their own (November 23, 2026) — Uses gap well\n');
    const markdown = preview();

    await click('Send the transfer request');
    expect(background.transfers()).toEqual([
      {
        type: 'students/transfer',
        studentId: 'stu-1',
        effectiveDate: '2026-12-07',
        reason: 'My schedule changes in January.',
        messageToStudent: 'Awa, you will meet your new mentor soon.',
        handoffSummary: markdown,
      },
    ]);
    const status = host.querySelector('.transfer-requested')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('Transfer requested: Awa Diallo moves to another mentor on December 7, 2026.');
    expect(document.activeElement).toBe(status);
    expect(sectionNamed('Transfer to another mentor').textContent).toContain(
      'The request goes to the platform as soon as the connection allows',
    );
    expect(host.querySelector('form')).toBeNull();
    expect(button('Transfer this student')).toBeNull();
    expect(preview()).toBe(markdown);
  });

  it('says, in local mode, that the request stays on this computer', async () => {
    await open(aRecord({ connected: false }));
    await click('Transfer this student');
    expect(host.querySelector('form')!.textContent).toContain('No platform is connected: the request will be kept on this computer only.');
    await type('Reason for the transfer', 'Fewer hours from January.');
    await click('Send the transfer request');
    expect(background.transfers()).toHaveLength(1);
    expect(sectionNamed('Transfer to another mentor').textContent).toContain(
      'No platform is connected, so the request is kept here, on this computer only: tell the school yourself and pass on the handoff summary.',
    );
  });

  it('keeps what was typed when the transfer cannot be saved, and goes back to the button on cancel', async () => {
    await open(aRecord(), true);
    await click('Transfer this student');
    await type('Reason for the transfer', 'Fewer hours from January.');
    await click('Send the transfer request');
    expect(host.querySelector('[role="alert"]')!.textContent).toBe(
      'Cadence lost touch with its background for a moment. Nothing is lost; try again.',
    );
    expect(field('Reason for the transfer').value).toBe('Fewer hours from January.');

    await click('Cancel');
    expect(host.querySelector('form')).toBeNull();
    expect(document.activeElement).toBe(button('Transfer this student'));
  });

  it('copies the handoff summary and saves it as handoff-<name>.md', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:cadence/handoff';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await open(aRecord());
    await click('Transfer this student');
    await type('What works with this student', 'Pair on her screen.');
    const status = () => host.querySelector('.handoff-summary [role="status"]')!.textContent;

    await click('Copy');
    expect(writeText).toHaveBeenCalledWith(preview());
    expect(status()).toBe('Handoff summary copied.');

    await click('Save as Markdown');
    expect(clicked.map((link) => [link.download, link.href])).toEqual([['handoff-awa-diallo.md', 'blob:cadence/handoff']]);
    expect(blob!.type).toBe('text/markdown');
    expect(await blob!.text()).toBe(preview());
    expect(await blob!.text()).toContain('Pair on her screen.');
    expect(status()).toBe('Saved as handoff-awa-diallo.md.');
  });

  it('shows a former student read-only, with the date of the transfer', async () => {
    const transfer: TransferRecord = {
      studentId: 'stu-1',
      effectiveDate: '2026-11-20',
      reason: 'Schedule',
      messageToStudent: '',
      handoffSummary: '# Handoff: Awa Diallo\n',
      createdAt: iso(T0 - 20 * DAY),
    };
    await open(aRecord({ former: true, transfer, student: aStudent({ active: false }) }));
    expect(host.querySelector('.student-page-former')!.textContent).toBe(
      'Former student (transferred on November 20, 2026). This page is read-only.',
    );
    expect(button('Transfer this student')).toBeNull();
    expect(host.querySelectorAll('form, input, textarea, select')).toHaveLength(0);
    expect(host.querySelector('.transfer-requested')).toBeNull();
    // Only the summary's copy and save remain: nothing here changes the record.
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Copy', 'Save as Markdown']);
    expect(preview()).toBe('# Handoff: Awa Diallo\n');
  });

  it('shows right-to-left and emoji text exactly, each place in its own direction, the transfer form too', async () => {
    const { name, path, project, title, note, comment } = RTL_SAMPLES;
    const record = aRecord();
    await open(
      aRecord({
        student: aStudent({ name, path: { id: 'p', name: path }, currentProject: { id: 'pr', name: project, mentorGuideUrl: null } }),
        sessions: record.sessions.map((s) => (s.cancellation ? { ...s, cancellation: { ...s.cancellation, comment: note } } : s)),
        assignments: record.assignments.map((a) => ({ ...a, title, review: a.review && { ...a.review, note } })),
        reports: record.reports.map((r) => ({ ...r, summary: note, privateNotes: comment })),
        skills: [{ skill: title, evaluations: [{ sessionId: 'sess-4', at: iso(T0 - 7 * DAY), level: 3, comment }] }],
      }),
    );
    await click('Transfer this student');
    await type('Reason for the transfer', note);
    await type('Message to the student', comment);
    await type('What works with this student', title);
    for (const text of [name, path, project, title, note, comment]) {
      expect(host.textContent! + [...host.querySelectorAll('textarea')].map((t) => t.value).join(''), text).toContain(text);
      expect(placesWithoutOwnDirection(host, text), text).toEqual([]);
    }
  });

  it('says why when the record cannot be read', async () => {
    const send = (async () => ({ ok: false, error: { code: 'not-found' } })) as unknown as typeof sendToBackground;
    render(<StudentPage studentId="gone" language="en" timezone="UTC" send={send} now={() => NOW} />, host);
    await expect
      .poll(() => host.querySelector('[role="alert"]')?.textContent)
      .toBe('This no longer exists on this computer; it may have been deleted in another tab.');
    expect(host.querySelector('main h1')!.textContent).toBe('Student');
  });
});
