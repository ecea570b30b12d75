import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '@/components/options/options-page';
import { exportAll } from '@/utils/background/stores/data-transfer';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { aSession, aStudent, T0 } from './support/platform-records';
import { FROM_OPTIONS, type TestBackground, testBackground } from './support/test-router';

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('your data', () => {
  let background: TestBackground;
  let host: HTMLElement;

  beforeEach(async () => {
    background = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS });
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => background.route(message, FROM_OPTIONS));
    fakeBrowser.commands.getAll = async () => [];
    host = document.createElement('div');
    document.body.replaceChildren(host);
    render(<OptionsPage />, host);
    await vi.waitFor(() => button('Export all data'));
  });

  afterEach(() => {
    render(null, host);
    vi.restoreAllMocks();
  });

  const section = () => host.querySelector<HTMLElement>('section[aria-labelledby="data-heading"]')!;
  const button = (name: string) => {
    const found = [...section().querySelectorAll('button')].find((b) => b.textContent === name);
    if (!found) throw new Error(`no button "${name}"`);
    return found;
  };
  /** As from the keyboard: the button has focus when it is pressed. */
  const click = async (name: string) => {
    button(name).focus();
    button(name).click();
    await settle();
  };
  const chooseFile = async (text: string) => {
    const input = section().querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'export.json')] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
  };

  it('deletes everything only after a second, explicit step that names what is lost', async () => {
    await background.db.put('students', aStudent({ id: 'local-1' }));
    await background.db.put('meta', {
      key: 'connection',
      baseUrl: 'https://platform.example',
      token: 't',
      mentorName: 'Nadia',
      needsReconnect: false,
      connectedAt: T0,
    });

    await click('Delete all data on this computer');
    const step = section().querySelector('[role="group"]')!;
    for (const lost of ['your students', 'their sessions', 'the history of your calls', 'the platform connection', 'not yet sent']) {
      expect(step.textContent).toContain(lost);
    }
    expect(await background.db.getAll('students')).toHaveLength(1);

    await click('Cancel');
    expect(section().querySelector('[role="group"]')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Delete all data on this computer');
    expect(await background.db.getAll('students')).toHaveLength(1);

    await click('Delete all data on this computer');
    await click('Delete everything');
    await vi.waitFor(() =>
      expect(section().querySelector('[role="status"]')?.textContent).toBe("All of Cadence's data was deleted from this computer."),
    );
    expect(await background.db.getAll('students')).toEqual([]);
    expect(await background.db.get('meta', 'connection')).toBeUndefined();
  });

  it('exports everything as a dated file, through a download link and no HTML', async () => {
    await background.db.put('students', aStudent());
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:cadence/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    await click('Export all data');
    const now = new Date();
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe(`cadence-export-${day}.json`);
    expect(clicked[0]!.href).toBe('blob:cadence/1');
    expect(JSON.parse(await blob!.text())).toMatchObject({ format: 'cadence-export', students: [{ id: 'stu-1' }] });
    expect(section().querySelector('[role="status"]')?.textContent).toBe(`Export ready: cadence-export-${day}.json.`);
  });

  it('imports an export and tells what it added, updated and left alone', async () => {
    await background.db.put('students', aStudent());
    const file = await exportAll(background.db, T0);
    await background.db.put('sessions', aSession());
    const parsed = JSON.parse(file);
    parsed.sessions = [aSession(), aSession({ id: 'sess-2' })];
    await chooseFile(JSON.stringify(parsed));

    await vi.waitFor(() => expect(section().querySelector('[role="status"]')?.textContent).toContain('Import done:'));
    const lines = [...section().querySelectorAll('[role="status"] li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'Students — added: 0, updated: 0, unchanged: 1',
      'Sessions — added: 1, updated: 0, unchanged: 1',
      'Exercises — added: 0, updated: 0, unchanged: 0',
      'Call history — added: 0, updated: 0, unchanged: 0',
      'Goals and reviews — added: 0, updated: 0, unchanged: 0',
      'Weekly plans — added: 0, updated: 0, unchanged: 0',
      'My exercises — added: 0, updated: 0, unchanged: 0',
      'Reports — added: 0, updated: 0, unchanged: 0',
      'Transfers — added: 0, updated: 0, unchanged: 0',
    ]);
    expect(await background.db.get('sessions', 'sess-2')).toBeDefined();
  });

  it('says plainly when a file is not a Cadence export', async () => {
    await chooseFile('{"format":"something-else"}');
    await vi.waitFor(() =>
      expect(section().querySelector('[role="alert"]')?.textContent).toBe('This file is not a Cadence export Cadence can read.'),
    );
  });

  it('names the record and the date when a file holds one that cannot be, and imports nothing', async () => {
    await background.db.put('students', aStudent());
    const file = JSON.parse(await exportAll(background.db, T0));
    file.sessions = [aSession({ id: 'sess-ok' }), aSession({ id: 'sess-bad', start: '2026-02-30T10:00:00+01:00' })];
    await chooseFile(JSON.stringify(file));
    await vi.waitFor(() =>
      expect(section().querySelector('[role="alert"]')?.textContent).toBe(
        'Nothing was imported, and nothing here changed. In the file, record 2 of “Sessions” has a date (start) that is not a real day between the years 1970 and 9999.',
      ),
    );
    expect(await background.db.getAll('sessions')).toEqual([]);
  });

  it('names the record and the time zone when a file holds one this browser does not know', async () => {
    const file = JSON.parse(await exportAll(background.db, T0));
    file.students = [aStudent(), aStudent({ id: 'stu-mars', timezone: 'Mars/Olympus_Mons' })];
    await chooseFile(JSON.stringify(file));
    await vi.waitFor(() =>
      expect(section().querySelector('[role="alert"]')?.textContent).toBe(
        'Nothing was imported, and nothing here changed. In the file, record 2 of “Students” has a time zone (timezone) this browser does not know.',
      ),
    );
    expect(await background.db.getAll('students')).toEqual([]);
  });
});
