import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '@/components/options/options-page';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { aSession, aStudent, iso, T0 } from './support/platform-records';
import { FROM_OPTIONS, type TestBackground, testBackground } from './support/test-router';
import { placesWithoutOwnDirection, RTL_SAMPLES } from './support/text-direction';
import { buttonIn, errorBesideIn, fieldIn } from './support/form-queries';
import { inMachineZone } from './support/machine-zone';

const DAY = 86_400_000;
/** The calendar day of an instant on this computer, as transfers keep it. */
const day = (at: number) => new Date(at).toLocaleDateString('en-CA');

/** Lets the fake IndexedDB, the requests and the renders settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the students and sessions section', () => {
  let background: TestBackground;
  let sent: string[];
  let host: HTMLElement;

  beforeEach(async () => {
    background = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS });
    sent = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push((message as { type: string }).type);
      return background.route(message, FROM_OPTIONS);
    });
    fakeBrowser.commands.getAll = async () => [];
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });

  afterEach(() => render(null, host));

  const open = async () => {
    render(<OptionsPage />, host);
    await expect.poll(() => host.querySelector('section[aria-labelledby="records-heading"] > button')).not.toBeNull();
    await settle();
  };
  const section = () => host.querySelector<HTMLElement>('section[aria-labelledby="records-heading"]')!;
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
    // Typing and clicking are separate tasks in a browser: the typed text renders in between.
    await settle();
    (await vi.waitFor(() => button(name))).click();
    await settle();
  };
  const errorBeside = (label: string) => errorBesideIn(section(), label);

  it('adds a student by hand, then schedules a session that shows in their list', async () => {
    inMachineZone('Europe/Paris');
    await open();
    await expect.poll(() => section().textContent).toContain('No students yet.');
    await click('Add a student');
    type('Name', '  Léa Martin ');
    type('Path', 'Web developer');
    type('Current project', 'Portfolio');
    type('Mentor guide link', 'https://guides.example/portfolio');
    type('Time zone', 'Europe/Paris');
    type('Hours a week for the path', '12');
    type('Level', '3');
    await click('Add the student');

    await expect.poll(() => section().querySelector('h3')?.textContent).toBe('Léa Martin');
    expect(section().querySelector('[role="status"]')?.textContent).toBe('Léa Martin was added.');
    expect(section().textContent).toContain('Path: Web developer · Time zone: Europe/Paris · 12 h a week · Level 3 of 5');
    expect(section().querySelector('a')?.getAttribute('href')).toBe('https://guides.example/portfolio');

    await click('Schedule a session with Léa Martin');
    type('Date and time', '2026-12-03T18:30');
    expect(field('Planned length (minutes)').value).toBe('50');
    type('Meeting link', 'https://meet.google.com/abc-defg-hij');
    await click('Schedule');

    await expect.poll(() => section().querySelector('.sessions li')).not.toBeNull();
    const [session] = await background.db.getAll('sessions');
    // The date typed is on the mentor's clock: 18:30 in Paris.
    expect(session).toMatchObject({ start: '2026-12-03T17:30:00.000Z', plannedMinutes: 50 });
    const when = 'Dec 3, 2026 6:30 PM';
    expect(section().querySelector('.sessions li')?.textContent).toContain(`${when} · 50 min · Planned`);
    expect(section().textContent).toContain(`Session of ${when} with Léa Martin scheduled.`);
  });

  it('says what is missing beside each field, and sends nothing', async () => {
    await open();
    await click('Add a student');
    type('Hours a week for the path', '100');
    type('Mentor guide link', 'javascript:alert(1)');
    await click('Add the student');

    expect(errorBeside('Name')).toBe("Enter the student's name.");
    expect(errorBeside('Path')).toBe('Enter the path the student follows.');
    expect(errorBeside('Mentor guide link')).toBe('Enter a full link starting with https://, or leave this empty.');
    expect(errorBeside('Hours a week for the path')).toBe('Enter a number of hours between 0 and 80.');
    expect(document.activeElement).toBe(field('Name'));
    expect(sent).not.toContain('records/save-student');
    expect(await background.db.getAll('students')).toEqual([]);
  });

  it('refuses a meeting link that is not https, and keeps what was typed after a failure', async () => {
    await background.db.put('students', aStudent({ id: 'local-1', name: 'Awa Diallo' }));
    await open();
    await click('Schedule a session with Awa Diallo');
    type('Date and time', '2026-12-03T18:30');
    type('Planned length (minutes)', '45');
    type('Meeting link', 'http://meet.example/room');
    await click('Schedule');
    expect(errorBeside('Meeting link')).toBe('Enter a full link starting with https://, or leave this empty.');
    expect(sent).not.toContain('records/schedule-session');

    // The student goes away in another tab: the background refuses, the form stays as typed.
    type('Meeting link', '');
    await background.db.delete('students', 'local-1');
    await click('Schedule');
    await expect.poll(() => section().querySelector('[role="alert"]')?.textContent).toContain('no longer exists on this computer');
    expect(field('Date and time').value).toBe('2026-12-03T18:30');
    expect(field('Planned length (minutes)').value).toBe('45');
  });

  it('shows platform students read-only, and deletes a local one only after a confirmation', async () => {
    await background.db.put('students', aStudent({ id: 'stu-1', name: 'Awa Diallo' }));
    await background.db.put('students', aStudent({ id: 'local-2', name: 'Bruno Costa' }));
    await open();
    await expect.poll(() => section().querySelectorAll('.record').length).toBe(2);
    const [awa, bruno] = [...section().querySelectorAll<HTMLElement>('.record')];
    expect(awa!.textContent).toContain('From the platform: change this student there.');
    expect(awa!.textContent).not.toContain('Edit Awa Diallo');
    expect(bruno!.textContent).toContain('Edit Bruno Costa');

    await click('Delete Bruno Costa');
    expect(section().querySelector('[role="group"]')?.textContent).toContain(
      'Delete Bruno Costa, and every session entered for them on this computer?',
    );
    expect(await background.db.get('students', 'local-2')).toBeDefined();
    await click('Yes, delete');
    await expect.poll(() => section().querySelector('[role="status"]')?.textContent).toBe('Bruno Costa was deleted.');
    expect(await background.db.get('students', 'local-2')).toBeUndefined();
    expect([...section().querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Awa Diallo']);
  });

  it('edits a session to come (date, time, length, link) with no verdict, and the platform hears one reschedule', async () => {
    inMachineZone('Europe/Paris');
    await background.db.put('meta', {
      key: 'connection',
      baseUrl: 'https://platform.example/api/v1',
      token: 't',
      mentorName: 'Nadia',
      needsReconnect: false,
      connectedAt: T0,
    });
    await background.db.put('students', aStudent({ id: 'stu-1', name: 'Awa Diallo' }));
    await background.db.put('sessions', aSession({ id: 'sess-1', start: '2027-01-04T13:00:00Z' }));
    await open();
    const edit = await vi.waitFor(() => {
      const found = section().querySelector<HTMLButtonElement>('button[aria-label="Edit the session of Jan 4, 2027 2:00 PM"]');
      if (!found) throw new Error('no Edit button');
      return found;
    });
    expect(edit.textContent).toBe('Edit');
    edit.click();
    await settle();
    expect(field('New date').value).toBe('2027-01-04');
    expect(field('New time').value).toBe('14:00');
    type('New time', '16:30');
    type('Length (minutes)', '45');
    type('Meeting link', 'https://meet.google.com/new-link-abc');
    await click('Save the session');
    await expect.poll(() => section().querySelector('[role="status"]')?.textContent).toBe('Session saved: Jan 4, 2027 4:30 PM.');
    expect(await background.db.get('sessions', 'sess-1')).toMatchObject({
      start: '2027-01-04T15:30:00.000Z',
      plannedMinutes: 45,
      meetingUrl: 'https://meet.google.com/new-link-abc',
      status: 'pending',
      cancellation: null,
    });
    expect((await background.db.getAll('outbox')).map((item) => [item.endpoint, item.params.sessionId])).toEqual([
      ['rescheduleSession', 'sess-1'],
    ]);
    // Back on the button that opened the form.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit the session of Jan 4, 2027 4:30 PM');
  });

  it('lists former students apart, each linked to their read-only page, with nothing to schedule', async () => {
    await background.db.put('students', aStudent({ id: 'stu-1', name: 'Awa Diallo' }));
    await background.db.put('students', aStudent({ id: 'stu-2', name: 'Ben Okafor' }));
    await background.db.put('students', aStudent({ id: 'stu-3', name: 'Chloé Petit' }));
    const transfer = { reason: 'Needs a back-end mentor', messageToStudent: '', handoffSummary: '', createdAt: iso(T0 - 20 * DAY) };
    // Ben's transfer date has passed; Chloé's is next week: she is still the mentor's student until then.
    await background.db.put('transfers', { ...transfer, studentId: 'stu-2', effectiveDate: day(T0 - DAY) });
    await background.db.put('transfers', { ...transfer, studentId: 'stu-3', effectiveDate: day(T0 + 7 * DAY) });
    await open();
    await expect.poll(() => section().querySelectorAll('.record').length).toBe(2);
    expect([...section().querySelectorAll('.record h3')].map((h) => h.textContent)).toEqual(['Awa Diallo', 'Chloé Petit']);
    expect(buttonIn(section(), 'Schedule a session with Ben Okafor')).toBeNull();
    expect(buttonIn(section(), 'Schedule a session with Chloé Petit')).not.toBeNull();

    const former = section().querySelector('[aria-labelledby="records-former-heading"]')!;
    expect(host.querySelector('#records-former-heading')?.textContent).toBe('Former students');
    const link = former.querySelector('a')!;
    expect(link.textContent).toBe('Ben Okafor');
    expect(link.getAttribute('href')).toBe(`${fakeBrowser.runtime.getURL('/student.html')}#stu-2`);
    expect(former.textContent).not.toContain('Schedule');

    // Nor does the background take a session for him, whatever a page sends.
    const reply = await background.route(
      { type: 'records/schedule-session', session: { studentId: 'stu-2', start: iso(T0 + DAY), plannedMinutes: 50, meetingUrl: '' } },
      FROM_OPTIONS,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'read-only', detail: 'former' } });
    expect(await background.db.getAll('sessions')).toEqual([]);
  });

  it('lists and edits a student written right to left exactly, each text in its own direction', async () => {
    const { name, path, project } = RTL_SAMPLES;
    await background.db.put(
      'students',
      aStudent({ id: 'local-rtl', name, path: { id: 'p', name: path }, currentProject: { id: 'pr', name: project, mentorGuideUrl: null } }),
    );
    await open();
    await click(`Edit ${name}`);
    expect(field('Name').value).toBe(name);
    expect(field('Path').value).toBe(path);
    for (const text of [name, path, project]) expect(placesWithoutOwnDirection(section(), text), text).toEqual([]);
  });

  it('edits a student entered by hand, starting from what was saved', async () => {
    await background.db.put('students', aStudent({ id: 'local-2', name: 'Bruno Costa', timezone: 'America/Sao_Paulo' }));
    await open();
    await click('Edit Bruno Costa');
    expect(field('Name').value).toBe('Bruno Costa');
    expect(field('Time zone').value).toBe('America/Sao_Paulo');
    type('Hours a week for the path', '6');
    await click('Save the student');
    await expect.poll(() => section().querySelector('[role="status"]')?.textContent).toBe('Changes to Bruno Costa were saved.');
    expect(await background.db.get('students', 'local-2')).toMatchObject({ weeklyHours: 6, timezone: 'America/Sao_Paulo' });
  });

  describe('in Paris', () => {
    const machineZone = process.env.TZ;
    beforeEach(() => {
      process.env.TZ = 'Europe/Paris';
    });
    afterEach(() => {
      if (machineZone === undefined) delete process.env.TZ;
      else process.env.TZ = machineZone;
    });

    it('says the clocks skip the time typed before scheduling it when they jump, and refuses a year Cadence does not keep', async () => {
      await background.db.put('students', aStudent({ id: 'local-1', name: 'Awa Diallo', timezone: 'Europe/Paris' }));
      await open();
      await click('Schedule a session with Awa Diallo');
      type('Date and time', '0001-01-01T10:00');
      await click('Schedule');
      expect(errorBeside('Date and time')).toBe('Choose a date between the years 1970 and 9999.');
      expect(sent).not.toContain('records/schedule-session');

      type('Date and time', '2026-03-29T02:30');
      await settle();
      const hint = section().querySelector(`[id="${field('Date and time').id}-hint"]`)?.textContent;
      expect(hint).toBe(
        'The clocks go forward that night and skip 02:30: the session starts at 3:00 AM. In your time zone (Europe/Paris).',
      );
      await click('Schedule');
      await expect.poll(async () => (await background.db.getAll('sessions')).map((s) => s.start)).toEqual(['2026-03-29T01:00:00.000Z']);
    });
  });
});
