import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReminderSettingsForm } from '@/components/options/reminder-settings-form';
import { reminderSettingsItem } from '@/utils/shared/storage-items';

describe('the reminder settings', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const field = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
  const type = (id: string, value: string) => {
    field(id).value = value;
    field(id).dispatchEvent(new Event('input', { bubbles: true }));
  };
  const submit = () => root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

  it('starts from 15 minutes before each session and a daily reminder at 18:00', async () => {
    render(<ReminderSettingsForm />, root);
    await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    expect(field('reminders-before').checked).toBe(true);
    expect(field('reminders-minutes').value).toBe('15');
    expect(field('reminders-hour').value).toBe('18');
  });

  it('saves other minutes, and turns the daily reminder off', async () => {
    render(<ReminderSettingsForm />, root);
    await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    type('reminders-minutes', '30');
    field('reminders-daily').click();
    await vi.waitFor(() => expect(field('reminders-hour').disabled).toBe(true));
    submit();
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Reminders saved.'));
    expect(await reminderSettingsItem.getValue()).toEqual({ beforeSessionMinutes: 30, dailyReportsHour: null });
  });

  it('refuses an hour that is not one, beside the field, and keeps what was stored', async () => {
    await fakeBrowser.storage.local.set({ reminderSettings: { beforeSessionMinutes: 10, dailyReportsHour: 9 } });
    render(<ReminderSettingsForm />, root);
    await vi.waitFor(() => expect(field('reminders-hour')?.value).toBe('9'));
    type('reminders-hour', '25');
    submit();
    await vi.waitFor(() => expect(root.querySelector('#reminders-hour-error')?.textContent).toBe('Say an hour from 0 to 23.'));
    expect(field('reminders-hour').getAttribute('aria-invalid')).toBe('true');
    expect(await reminderSettingsItem.getValue()).toEqual({ beforeSessionMinutes: 10, dailyReportsHour: 9 });
  });
});
