import { render, type VNode } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AgendaSettingsForm } from '@/components/options/agenda-settings-form';
import { PolicySettingsForm } from '@/components/options/policy-settings-form';
import { ReminderSettingsForm } from '@/components/options/reminder-settings-form';

const FULL =
  'Your device is out of space, so Cadence could not save that. Everything saved before is safe. Free some space on the device, then try again.';

describe('the settings on a full disk', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
  });
  const submit = () => root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

  it.each<[string, () => VNode, string]>([
    ['the agenda', () => <AgendaSettingsForm />, 'Agenda saved.'],
    ['the attendance rules', () => <PolicySettingsForm />, 'Attendance rules saved.'],
    ['the reminders', () => <ReminderSettingsForm />, 'Reminders saved.'],
  ])('says so when %s cannot be saved, never "saved", and saves once there is room', async (_, form, savedText) => {
    const set = fakeBrowser.storage.local.set;
    const refuse = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    render(form(), root);
    await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    submit();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe(FULL));
    expect(root.textContent).not.toContain(savedText);

    refuse.mockImplementation(set);
    submit();
    await vi.waitFor(() => expect(root.textContent).toContain(savedText));
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });
});
