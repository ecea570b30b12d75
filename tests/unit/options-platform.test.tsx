import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '@/components/options/options-page';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import type { OutboxItem } from '@/utils/core/sync/outbox-item';
import { T0 } from './support/platform-records';
import { FROM_OPTIONS, type TestBackground, testBackground } from './support/test-router';

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const MENTOR = { id: 'm-1', name: 'Inès Bernard', email: 'ines@school.example', timezone: 'Europe/Paris' };
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the platform connection', () => {
  let background: TestBackground;
  let sent: string[];
  let host: HTMLElement;
  /** What the platform answers to `GET /mentor`; every other request fails. */
  let mentorAnswer: () => Response;
  let fetched: string[];
  let requestAccess: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    mentorAnswer = () => json(200, MENTOR);
    fetched = [];
    const fetch = (async (input: RequestInfo | URL) => {
      fetched.push(String(input));
      return String(input).endsWith('/mentor') ? mentorAnswer() : json(503, { error: { code: 'down', message: '' } });
    }) as typeof globalThis.fetch;
    background = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS, fetch });
    sent = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push((message as { type: string }).type);
      return background.route(message, FROM_OPTIONS);
    });
    fakeBrowser.commands.getAll = async () => [];
    requestAccess = vi.fn(async () => true);
    fakeBrowser.permissions.request = requestAccess as typeof fakeBrowser.permissions.request;
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });

  afterEach(() => render(null, host));

  const section = () => host.querySelector<HTMLElement>('section[aria-labelledby="platform-heading"]')!;
  const open = async () => {
    render(<OptionsPage />, host);
    await vi.waitFor(() => expect(section()).not.toBeNull());
    await settle();
  };
  const button = (name: string) => {
    const found = [...section().querySelectorAll('button')].find((b) => b.textContent === name);
    if (!found) throw new Error(`no button "${name}"`);
    return found;
  };
  const field = (label: string) => {
    const labelled = [...section().querySelectorAll('label')].find((l) => l.textContent === label)!;
    return section().querySelector<HTMLInputElement>(`[id="${labelled.htmlFor}"]`)!;
  };
  const type = (label: string, value: string) => {
    field(label).value = value;
    field(label).dispatchEvent(new Event('input', { bubbles: true }));
  };
  const click = async (name: string) => {
    await settle();
    (await vi.waitFor(() => button(name))).click();
    await settle();
  };
  const result = () => section().querySelector('[role="status"], [role="alert"]')?.textContent;

  it('refuses an address that is not https, says so beside the field, and sends nothing', async () => {
    await open();
    type('Platform address', 'http://platform.example');
    await click('Connect');

    const url = field('Platform address');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(section().querySelector(`[id="${url.getAttribute('aria-describedby')}"]`)?.textContent).toContain(
      'Enter a full address starting with https://',
    );
    expect(field('Access token').getAttribute('aria-invalid')).toBe('true');
    expect(requestAccess).not.toHaveBeenCalled();
    expect(sent).not.toContain('platform/connect');
    expect(fetched).toEqual([]);
  });

  it('asks for access to the address, tests, then connects and names the mentor', async () => {
    await open();
    type('Platform address', ' https://platform.example/api ');
    type('Access token', 'secret-token');
    expect(field('Access token').type).toBe('password');
    await click('Show the token');
    expect(field('Access token').type).toBe('text');
    await click('Hide the token');
    expect(field('Access token').type).toBe('password');

    await click('Test connection');
    await expect.poll(result).toBe('The connection works: the platform knows you as Inès Bernard.');
    expect(requestAccess).toHaveBeenCalledWith({ origins: ['https://platform.example/*'] });
    expect(await background.db.get('meta', 'connection')).toBeUndefined();

    await click('Connect');
    await expect.poll(() => section().textContent).toContain('Connected to https://platform.example/api.');
    expect(section().textContent).toContain('Signed in as Inès Bernard.');
    expect(result()).toBe('Connected as Inès Bernard. Cadence is bringing in your students and sessions.');
    expect(section().querySelector('input')).toBeNull();
    expect(await background.db.get('meta', 'connection')).toMatchObject({ baseUrl: 'https://platform.example/api' });
  });

  it('sends nothing when the mentor refuses access to the address', async () => {
    requestAccess.mockResolvedValue(false);
    await open();
    type('Platform address', 'https://platform.example');
    type('Access token', 'secret-token');
    await click('Connect');
    await expect
      .poll(result)
      .toBe(
        'Cadence needs access to https://platform.example to sync with your platform. Nothing was sent: try again and allow access when your browser asks.',
      );
    expect(sent).not.toContain('platform/connect');
    expect(fetched).toEqual([]);
  });

  it('goes on when the browser cannot ask for access', async () => {
    requestAccess.mockRejectedValue(new Error('not implemented'));
    await open();
    type('Platform address', 'http://localhost:8787');
    type('Access token', 'secret-token');
    await click('Test connection');
    await expect.poll(result).toBe('The connection works: the platform knows you as Inès Bernard.');
    expect(fetched).toEqual(['http://localhost:8787/mentor']);
  });

  it.each([
    ['no answer', () => Promise.reject(new TypeError('Failed to fetch')), 'Cadence could not reach this address.'],
    [
      'a refused token',
      () => json(401, { error: { code: 'unauthorized', message: 'Bad token' } }),
      'The platform refused the access token.',
    ],
    ['something else than a platform', () => json(200, { hello: 'world' }), 'not as a Cadence platform does'],
    ['its own words', () => json(403, { error: { code: 'suspended', message: 'Ce compte est suspendu.' } }), 'Ce compte est suspendu.'],
  ])('explains a failed test: %s', async (_, answer, text) => {
    mentorAnswer = answer as () => Response;
    await open();
    type('Platform address', 'https://platform.example');
    type('Access token', 'secret-token');
    await click('Test connection');
    await vi.waitFor(() => expect(section().querySelector('[role="alert"]')?.textContent).toContain(text));
  });

  describe('once connected', () => {
    const connect = (needsReconnect: boolean) =>
      background.db.put('meta', {
        key: 'connection',
        baseUrl: 'https://platform.example',
        token: 't',
        mentorName: 'Nadia',
        needsReconnect,
        connectedAt: T0,
      });

    it('asks for a new token when the platform refused the old one, at the same address', async () => {
      await connect(true);
      await open();
      await vi.waitFor(() =>
        expect(section().querySelector('[role="alert"]')?.textContent).toContain(
          'The platform at https://platform.example no longer accepts your access token.',
        ),
      );
      expect(field('Platform address').value).toBe('https://platform.example');
      expect(field('Access token').value).toBe('');
    });

    it('disconnects after a confirmation that says the waiting changes stay queued', async () => {
      await connect(false);
      const item: OutboxItem = {
        id: '00000000-0000-4000-8000-0000000000aa',
        endpoint: 'cancelSession',
        params: { sessionId: 'sess-1' },
        body: {},
        entity: null,
        createdAt: T0,
        attempts: 0,
        nextAttemptAt: T0 + 60_000,
        state: 'pending',
        lastError: null,
      };
      await background.db.put('outbox', item);
      await open();
      await click('Disconnect');
      const step = section().querySelector('[role="group"]')!;
      expect(step.textContent).toContain('Changes not yet sent (1) stay queued here and go out when you connect again.');
      expect(document.activeElement?.textContent).toBe('Cancel');
      expect(await background.db.get('meta', 'connection')).toBeDefined();

      await click('Yes, disconnect');
      await vi.waitFor(() => expect(field('Platform address')).toBeDefined());
      expect(await background.db.get('meta', 'connection')).toBeUndefined();
      expect(await background.db.getAll('outbox')).toHaveLength(1);
      expect(host.textContent).toContain('Cadence works on this computer only (local mode): nothing is sent anywhere.');
    });
  });
});
