import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '@/components/options/options-page';
import { PolicySettingsForm } from '@/components/options/policy-settings-form';
import { DEFAULT_ATTENDANCE_POLICY } from '@/utils/core/policy/attendance-policy';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { attendancePolicyItem } from '@/utils/shared/storage-items';
import { aSession, aStudent, iso, T0 } from './support/platform-records';
import { FROM_OPTIONS, testBackground } from './support/test-router';
import { errorBesideIn, fieldIn } from './support/form-queries';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the attendance rules in the options page', () => {
  let host: HTMLElement;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });
  afterEach(() => render(null, host));

  const open = async () => {
    render(<PolicySettingsForm />, host);
    await expect.poll(() => host.querySelector('form')).not.toBeNull();
  };
  const field = (label: string) => fieldIn(host, label);
  const type = async (label: string, value: string) => {
    field(label).value = value;
    field(label).dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
  };
  const choose = async (label: string) => {
    field(label).click();
    await settle();
  };
  const save = async () => {
    [...host.querySelectorAll('button')].find((b) => b.textContent === 'Save the attendance rules')!.click();
    await settle();
  };
  const errorBeside = (label: string) => errorBesideIn(host, label);
  const status = () => host.querySelector('[role="status"]')?.textContent;

  it('shows the defaults: 15 minutes late, paid 50%', async () => {
    await open();
    expect(host.querySelector('h2')?.textContent).toBe('Attendance rules');
    expect(host.querySelector('fieldset legend')?.textContent).toBe('Lateness limit');
    expect(field('A number of minutes').checked).toBe(true);
    expect(field('Minutes late before a no-show').value).toBe('15');
    expect(field("Pay for a no-show (% of the session's price)").value).toBe('50');
    expect(host.textContent).toContain("Default: 15 minutes, the school's rule.");
    expect(host.textContent).toContain('Default: 50%, the most the school pays.');
  });

  it('saves a number of minutes and a rate, keeping the other rules as stored', async () => {
    await attendancePolicyItem.setValue({ ...DEFAULT_ATTENDANCE_POLICY, lateCancelHours: 36 });
    await open();
    await type('Minutes late before a no-show', '10');
    await type("Pay for a no-show (% of the session's price)", '40');
    await save();
    expect(await attendancePolicyItem.getValue()).toEqual({
      ...DEFAULT_ATTENDANCE_POLICY,
      lateCancelHours: 36,
      lateLimit: { kind: 'minutes', minutes: 10 },
      noShowPayRate: 0.4,
    });
    expect(status()).toBe('Attendance rules saved.');

    await type('Minutes late before a no-show', '12');
    expect(status()).toBe('');
  });

  it('saves "a third of the planned length", and shows it when the page opens again', async () => {
    await open();
    await choose('A third of the planned length (15 min for a 45-minute call, 20 min for an hour)');
    expect(field('Minutes late before a no-show').disabled).toBe(true);
    await save();
    expect(await attendancePolicyItem.getValue()).toEqual({
      ...DEFAULT_ATTENDANCE_POLICY,
      lateLimit: { kind: 'third-of-session' },
    });

    render(null, host);
    await open();
    expect(field('A third of the planned length (15 min for a 45-minute call, 20 min for an hour)').checked).toBe(true);
  });

  it('says what is wrong beside each field, and saves nothing', async () => {
    await open();
    await type('Minutes late before a no-show', '121');
    await type("Pay for a no-show (% of the session's price)", '150');
    expect(errorBeside('Minutes late before a no-show')).toBe('Enter a whole number of minutes between 1 and 120.');
    expect(errorBeside("Pay for a no-show (% of the session's price)")).toBe('Enter a percentage between 0 and 100.');
    await save();
    expect(document.activeElement).toBe(field('Minutes late before a no-show'));
    expect(await attendancePolicyItem.getValue()).toBeUndefined();
    expect(status()).toBe('');

    await type('Minutes late before a no-show', '7.5');
    expect(errorBeside('Minutes late before a no-show')).toBe('Enter a whole number of minutes between 1 and 120.');
    // Minutes do not matter once the limit is a third of the call.
    await choose('A third of the planned length (15 min for a 45-minute call, 20 min for an hour)');
    expect(errorBeside('Minutes late before a no-show')).toBeNull();
    await save();
    expect(document.activeElement).toBe(field("Pay for a no-show (% of the session's price)"));
    expect(await attendancePolicyItem.getValue()).toBeUndefined();
  });
});

describe('the options page', () => {
  // The page reads the computer's clock: the same instant as the background's, or the session a week after T0 is held once that week has passed.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  it('puts the attendance rules after what is set first, and each student’s attendance in their record', async () => {
    const background = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS });
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => background.route(message, FROM_OPTIONS));
    fakeBrowser.commands.getAll = async () => [];
    await background.db.put('students', aStudent({ id: 'local-1' }));
    const week = 7 * 86_400_000;
    await background.db.put('sessions', aSession({ id: 'local-s1', studentId: 'local-1', start: iso(T0 - 2 * week), status: 'completed' }));
    await background.db.put(
      'sessions',
      aSession({ id: 'local-s2', studentId: 'local-1', start: iso(T0 - week), status: 'student_absent' }),
    );
    await background.db.put('sessions', aSession({ id: 'local-s3', studentId: 'local-1', start: iso(T0 + week) }));

    const host = document.createElement('div');
    document.body.replaceChildren(host);
    render(<OptionsPage />, host);
    await expect.poll(() => host.querySelector('.attendance-overview')).not.toBeNull();
    const headings = [...host.querySelectorAll('h2')].map((h) => h.textContent);
    // What to set first comes first (the agenda, the students); the rules follow.
    expect(headings.slice(0, 2)).toEqual(['Agenda', 'Students and sessions']);
    expect(headings.indexOf('Attendance rules')).toBeGreaterThan(1);
    expect(host.querySelector('.record .attendance-overview')?.textContent).toBe(
      'Attendance: 1 held · 1 no-show · 0 late cancellations · 0 planned absences · 0 reports outstanding',
    );
    render(null, host);
  });
});
