import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '@/components/options/options-page';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import type { OutboxItem } from '@/utils/core/sync/outbox-item';
import { aSession, iso, T0 } from './support/platform-records';
import { inMachineZone } from './support/machine-zone';
import { FROM_OPTIONS, type TestBackground, testBackground } from './support/test-router';

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function anItem(overrides: Partial<OutboxItem>): OutboxItem {
  return {
    id: '00000000-0000-4000-8000-0000000000aa',
    endpoint: 'scheduleSession',
    params: {},
    body: { studentId: 'stu-1', start: aSession().start, plannedMinutes: 50, meetingUrl: null },
    entity: null,
    createdAt: T0 - 3_600_000,
    attempts: 1,
    nextAttemptAt: T0,
    state: 'needs-attention',
    lastError: { status: 422, code: 'slot_taken', message: 'Ce créneau chevauche une autre session.', at: T0 - 3_000_000 },
    ...overrides,
  };
}

describe('the sync status', () => {
  let background: TestBackground;
  let host: HTMLElement;
  /** How the platform answers a write. */
  let writeAnswer: () => Response;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    writeAnswer = () => json(201, aSession({ id: 'sess-9' }));
    const fetch = (async (_: RequestInfo | URL, init?: RequestInit) =>
      init?.method === 'POST' ? writeAnswer() : json(503, { error: { code: 'down', message: '' } })) as typeof globalThis.fetch;
    background = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS, fetch });
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => background.route(message, FROM_OPTIONS));
    fakeBrowser.commands.getAll = async () => [];
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });

  afterEach(() => {
    render(null, host);
    vi.useRealTimers();
  });

  const section = () => host.querySelector<HTMLElement>('section[aria-labelledby="sync-heading"]')!;
  const open = async () => {
    render(<OptionsPage />, host);
    await vi.waitFor(() => expect(section()).not.toBeNull());
    await settle();
  };
  /** The element, once it is there. */
  const find = (selector: string) => {
    const element = section()?.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`no ${selector}`);
    return element;
  };
  const connect = () =>
    background.db.put('meta', {
      key: 'connection',
      baseUrl: 'https://platform.example',
      token: 't',
      mentorName: 'Nadia',
      needsReconnect: false,
      connectedAt: T0,
    });

  it('says Cadence works locally when no platform is connected', async () => {
    await open();
    await vi.waitFor(() => expect(section().textContent).toContain('local mode'));
    expect(section().textContent).toBe('SyncCadence works on this computer only (local mode): nothing is sent anywhere.');
  });

  it('shows the last sync, what waits, when it is tried again and why it failed', async () => {
    // On the mentor's clock, T0 is 15:00 in Paris.
    inMachineZone('Europe/Paris');
    await connect();
    await background.db.put('meta', {
      key: 'sync-status',
      lastSyncAt: T0 - 600_000,
      lastError: { code: 'timeout', message: '', at: T0 - 60_000 },
    });
    await background.db.put(
      'outbox',
      anItem({ state: 'pending', nextAttemptAt: T0 + 120_000, lastError: { status: 0, code: 'network', message: '', at: T0 } }),
    );
    await open();
    await vi.waitFor(() => expect(section().textContent).toContain('Last sync'));
    const text = section().textContent;
    expect(text).toContain('Last sync: Nov 30, 2026 2:50 PM.');
    expect(text).toContain('1 change waiting to be sent.');
    expect(text).toContain('Next try: Nov 30, 2026 3:02 PM.');
    expect(text).toContain('The last attempt failed: Cadence could not reach this address.');
    // Cadence tries again by itself: no advice to the mentor to try again.
    expect(text).toContain('Reading from the platform failed (Nov 30, 2026 2:59 PM): The platform took too long to answer.Sync now');
  });

  it('names the records the platform sent that Cadence left out, and the field at fault', async () => {
    await connect();
    await background.db.put('meta', { key: 'sync-status', lastSyncAt: T0, lastError: null });
    await background.db.put('meta', {
      key: 'cursor:students',
      updatedSince: iso(T0),
      etag: null,
      lastPulledAt: T0,
      refused: [{ id: 'stu-2', field: 'currentProject.mentorGuideUrl' }],
    });
    await open();
    await vi.waitFor(() => expect(section().textContent).toContain('Left out of the last read'));
    expect(section().querySelector('ul')!.textContent).toBe('the student stu-2 (field currentProject.mentorGuideUrl)');
    expect(section().textContent).not.toContain('Reading from the platform failed');
  });

  it('lists a change the platform refused, with its reason, and retries it', async () => {
    inMachineZone('America/New_York');
    await connect();
    await background.db.put('outbox', anItem({}));
    await open();
    const item = await vi.waitFor(() => find('.record'));
    expect(item.textContent).toContain('Scheduling a session made on Nov 30, 2026 8:00 AM');
    expect(item.textContent).toContain('Ce créneau chevauche une autre session.');
    const retry = item.querySelector('button')!;
    expect(retry.textContent).toBe('Retry');

    retry.click();
    await vi.waitFor(() => expect(section().querySelector('[role="status"]')?.textContent).toBe('Sent to the platform.'));
    expect(section().querySelector('.record')).toBeNull();
    expect(await background.db.getAll('outbox')).toEqual([]);
    expect(await background.db.get('sessions', 'sess-9')).toBeDefined();
  });

  it('says so when the platform refuses the retry again, with a generic reason when it gave none', async () => {
    writeAnswer = () => json(409, { error: { code: 'conflict', message: '' } });
    await connect();
    await background.db.put('outbox', anItem({ endpoint: 'requestTransfer' }));
    await open();
    (await vi.waitFor(() => find('.record button'))).click();
    await vi.waitFor(() =>
      expect(section().querySelector('[role="alert"]')?.textContent).toBe('The platform refused it again; its reason is in the list.'),
    );
    await vi.waitFor(() =>
      expect(section().querySelector('.record')?.textContent).toContain('This clashes with a change made on the platform.'),
    );
    expect(section().querySelector('.record')?.textContent).toContain('Transfer request');
  });

  it('reads the status again every 5 seconds, and stops when the page goes', async () => {
    await connect();
    await open();
    await vi.waitFor(() => expect(section().textContent).toContain('Every change has been sent.'));
    await background.db.put('outbox', anItem({ state: 'pending', attempts: 0, lastError: null }));
    await background.db.put(
      'outbox',
      anItem({ id: '00000000-0000-4000-8000-0000000000bb', state: 'pending', attempts: 0, lastError: null }),
    );
    vi.advanceTimersByTime(5_000);
    await vi.waitFor(() => expect(section().textContent).toContain('2 changes waiting to be sent.'));
    expect(vi.getTimerCount()).toBe(1);
    render(null, host);
    expect(vi.getTimerCount()).toBe(0);
  });
});
