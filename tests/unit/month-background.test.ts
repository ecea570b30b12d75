import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import type { Reply } from '@/utils/protocol/ui-to-background';
import type { MonthView } from '@/utils/protocol/reply-views';
import { payRatesItem } from '@/utils/shared/storage-items';
import { pullFromPlatform } from '@/utils/background/sync/platform-pull';
import { drainOutbox } from '@/utils/background/sync/outbox-drain';
import { aSession, aStudent } from './support/platform-records';
import { scriptedFetch } from './support/scripted-fetch';
import { FROM_MEET, FROM_OPTIONS, testBackground, type TestBackground } from './support/test-router';

const NOW = Date.parse('2026-12-20T12:00:00Z');
const month = { type: 'month/statement', month: '2026-12', timezone: 'Europe/Paris' } as const;
const page = (items: unknown[]) => ({ body: { items, serverTime: new Date(NOW).toISOString() } });

describe('the month, asked of the background', () => {
  let background: TestBackground;
  let now: number;
  const ask = async <T>(message: object, sender: object = FROM_OPTIONS): Promise<T> => {
    const reply = (await background.route(message, sender)) as Reply<T>;
    if (!reply.ok) throw new Error(`${reply.error.code} ${reply.error.detail ?? ''}`.trim());
    return reply.value;
  };
  const connect = () =>
    background.db.put('meta', {
      key: 'connection',
      baseUrl: 'https://platform.example/api/v1',
      token: 't',
      mentorName: 'Nadia',
      needsReconnect: false,
      connectedAt: NOW,
    });

  beforeEach(async () => {
    now = NOW;
    background = await testBackground({ now: () => now, settings: () => DEFAULT_AGENDA_SETTINGS });
    await background.db.put('students', aStudent({ id: 'stu-1', name: 'Awa Diallo' }));
    await background.db.put('sessions', aSession({ id: 's-held', start: '2026-12-02T17:00:00Z', status: 'completed' }));
    await background.db.put('sessions', aSession({ id: 's-absent', start: '2026-12-09T17:00:00Z', status: 'student_absent' }));
    await background.db.put('sessions', aSession({ id: 's-open', start: '2026-12-16T17:00:00Z' }));
    await background.db.put('sessions', aSession({ id: 's-late', start: '2026-12-28T17:00:00Z' }));
    await payRatesItem.setValue({
      currency: 'EUR',
      categories: [{ id: 'funded', name: 'Funded', rate: 40 }],
      studentCategories: { 'stu-1': 'funded' },
    });
  });

  it('reads the month from the stores, priced by the rates the options page saved', async () => {
    const { statement, connected } = await ask<MonthView>(month);
    expect(connected).toBe(false);
    expect(statement.lines.map((line) => [line.sessionId, line.status, line.weight, line.amountMinor])).toEqual([
      ['s-held', 'completed', 1, 4000],
      ['s-absent', 'student-absent', 0.5, 2000],
      ['s-open', 'to-settle', null, null],
      ['s-late', 'planned', null, null],
    ]);
    expect(statement.totals).toMatchObject({ units: 1.5, amountMinor: 6000, overdue: 1, differing: 0 });
    expect(statement.lines[2]!.overdue).toBe(true);
  });

  it('answers only Cadence’s own pages: never the content script on Meet’s page', async () => {
    expect(await background.route(month, FROM_MEET)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await background.route({ ...month, month: '2026-13' }, FROM_OPTIONS)).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  });

  it('shows a session moved to January as moved in December, and where it went', async () => {
    await ask({ type: 'sessions/move', sessionId: 's-late', start: '2027-01-04T17:00:00Z', plannedMinutes: 50 });
    const { statement } = await ask<MonthView>(month);
    expect(statement.lines.at(-1)).toMatchObject({
      sessionId: 's-late',
      status: 'moved',
      start: '2026-12-28T18:00:00+01:00',
      movedTo: '2027-01-04T18:00:00+01:00',
      weight: 0,
    });
    const january = await ask<MonthView>({ ...month, month: '2027-01' });
    expect(january.statement.lines.map((line) => [line.sessionId, line.status])).toEqual([['s-late', 'planned']]);
  });

  it('marks a session whose status the platform does not have yet, with what the platform last said', async () => {
    await connect();
    await ask({ type: 'sessions/cancel', sessionId: 's-late', by: 'student', reason: 'illness', cancelledAt: now, comment: '' });
    const waiting = await ask<MonthView>(month);
    expect(waiting.connected).toBe(true);
    expect(waiting.statement.lines.find((line) => line.sessionId === 's-late')).toMatchObject({ status: 'canceled', platform: 'pending' });
    expect(waiting.statement.totals.differing).toBe(1);

    // A pull while the cancellation waits: the platform recorded a no-show meanwhile. Cadence keeps the
    // mentor's version, and now knows the platform's.
    const platformSays = aSession({ id: 's-late', start: '2026-12-28T17:00:00Z', status: 'student_absent' });
    const pulled = scriptedFetch([page([]), page([platformSays]), page([])]);
    expect(await pullFromPlatform({ db: background.db, fetch: pulled.fetch, now: () => now })).toMatchObject({ ok: true });
    const held = await ask<MonthView>(month);
    expect(held.statement.lines.find((line) => line.sessionId === 's-late')).toMatchObject({
      status: 'canceled',
      platform: 'student_absent',
    });

    // The cancellation reaches the platform: the two agree again.
    const sent = scriptedFetch([{ status: 200, body: { ...platformSays, status: 'canceled' } }]);
    await drainOutbox({ db: background.db, fetch: sent.fetch, now: () => now, random: () => 0.5, wakeAt: async () => {} }, { now: true });
    const settled = await ask<MonthView>(month);
    expect(settled.statement.lines.find((line) => line.sessionId === 's-late')).toMatchObject({ status: 'canceled', platform: null });
    expect(settled.statement.totals.differing).toBe(0);
  });
});
