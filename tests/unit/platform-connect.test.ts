import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { anOutboxItem, T0 } from './support/platform-records';
import { FROM_OPTIONS, testBackground } from './support/test-router';

const mentor = { id: 'm1', name: 'Nadia Roux', email: 'nadia@example.org', timezone: 'Europe/Paris' };
const answer = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

describe('connecting a platform', () => {
  it('keeps the mentor and never hands the token back', async () => {
    const fetch = (async () => answer(mentor)) as typeof globalThis.fetch;
    const { route, db } = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS, fetch });
    const reply = await route({ type: 'platform/connect', baseUrl: 'https://a.example/api', token: 'secret' }, FROM_OPTIONS);
    expect(reply).toEqual({ ok: true, value: { ok: true, mentor } });
    const overview = await route({ type: 'platform/overview' }, FROM_OPTIONS);
    expect(overview).toMatchObject({ ok: true, value: { connection: { baseUrl: 'https://a.example/api', mentorName: 'Nadia Roux' } } });
    expect(JSON.stringify(overview)).not.toContain('secret');
    expect(await db.get('meta', 'connection')).toMatchObject({ token: 'secret' });
  });

  it('saves nothing when the platform refuses the token', async () => {
    const fetch = (async () => answer({ error: { code: 'bad_token', message: 'Unknown token.' } }, 401)) as typeof globalThis.fetch;
    const { route, db } = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS, fetch });
    const reply = await route({ type: 'platform/connect', baseUrl: 'https://a.example/api', token: 'nope' }, FROM_OPTIONS);
    expect(reply).toEqual({ ok: true, value: { ok: false, status: 401, code: 'bad_token', message: 'Unknown token.' } });
    expect(await db.get('meta', 'connection')).toBeUndefined();
  });

  it('holds changes made for another platform until the mentor says to send them', async () => {
    const fetch = (async (input: RequestInfo | URL) =>
      String(input).endsWith('/mentor') ? answer(mentor) : Promise.reject(new TypeError('offline'))) as typeof globalThis.fetch;
    const { route, db } = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS, fetch });
    await route({ type: 'platform/connect', baseUrl: 'https://a.example/api', token: 't' }, FROM_OPTIONS);
    await db.put(
      'outbox',
      anOutboxItem({
        id: '00000000-0000-4000-8000-0000000000aa',
        endpoint: 'cancelSession',
        params: { sessionId: 's1' },
        body: {},
        entity: null,
      }),
    );
    await route({ type: 'platform/connect', baseUrl: 'https://b.example/api', token: 't' }, FROM_OPTIONS);
    expect(await db.get('outbox', '00000000-0000-4000-8000-0000000000aa')).toMatchObject({
      state: 'needs-attention',
      lastError: { code: 'platform-changed' },
    });
  });
});
