import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '@/components/options/options-page';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { aStudent, T0 } from './support/platform-records';
import { FROM_OPTIONS, type TestBackground, testBackground } from './support/test-router';
import { buttonIn, fieldIn } from './support/form-queries';

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the options page on first run', () => {
  let background: TestBackground;
  let host: HTMLElement;

  beforeEach(async () => {
    background = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS });
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => background.route(message, FROM_OPTIONS));
    fakeBrowser.commands.getAll = async () => [];
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });
  afterEach(() => render(null, host));

  it('starts with the three things to set first, each leading to where it is set', async () => {
    render(<OptionsPage />, host);
    await expect.poll(() => host.querySelector('.first-steps')).not.toBeNull();
    const steps = host.querySelector('.first-steps')!;
    expect(host.querySelector('h2')?.textContent).toBe('Start here');
    expect([...steps.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '#agenda-heading',
      '#records-heading',
      '#platform-heading',
    ]);
    expect(steps.textContent).toContain('Your time zone:');
    // Then the agenda and the students, the rest below.
    const headings = [...host.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings.slice(1, 3)).toEqual(['Agenda', 'Students and sessions']);
  });

  it('says nothing of a first run once there are students', async () => {
    await background.db.put('students', aStudent());
    render(<OptionsPage />, host);
    await expect.poll(() => host.querySelector('section[aria-labelledby="records-heading"] h3')).not.toBeNull();
    expect(host.querySelector('.first-steps')).toBeNull();
  });

  it('finds a student’s time zone from part of a city: "Par" offers Europe/Paris first, Enter takes it', async () => {
    render(<OptionsPage />, host);
    const records = () => host.querySelector<HTMLElement>('section[aria-labelledby="records-heading"]')!;
    await vi.waitFor(() => buttonIn(records(), 'Add a student')!).then((button) => button.click());
    await settle();
    const zone = fieldIn(records(), 'Time zone');
    expect(zone.getAttribute('role')).toBe('combobox');
    zone.focus();
    zone.value = 'Par';
    zone.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    const list = records().querySelector<HTMLElement>(`[id="${zone.getAttribute('aria-controls')}"]`)!;
    expect(list.hidden).toBe(false);
    const options = [...list.querySelectorAll('[role="option"]')].map((o) => o.textContent);
    expect(options[0]).toBe('Europe/Paris');
    expect(zone.getAttribute('aria-expanded')).toBe('true');
    expect(zone.getAttribute('aria-activedescendant')).toBe(list.querySelector('[role="option"]')!.id);
    zone.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle();
    expect(fieldIn(records(), 'Time zone').value).toBe('Europe/Paris');
    expect(list.hidden).toBe(true);
  });
});
