import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MonthPage } from '@/components/month/month-page';
import { createMonthModel, type MonthModelDeps } from '@/components/month/model';
import { monthStatement } from '@/utils/core/month/month-statement';
import type { MonthView } from '@/utils/protocol/reply-views';
import type { Reply } from '@/utils/protocol/ui-to-background';
import { aSession, aStudent } from './support/platform-records';
import { csvRows } from '../e2e/support/csv-rows';

const NOW = Date.parse('2026-12-07T15:00:00Z');
const TIMEZONE = 'Europe/Paris';
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/** A month of Awa's: one session held, one she missed, at 40.00 a session; `differing`: her absence has no status on the platform yet. */
const viewOf = (month: string, differing = false): MonthView => ({
  statement: monthStatement({
    month,
    timezone: TIMEZONE,
    now: NOW,
    sessions: [
      aSession({ id: `${month}-a`, start: `${month}-02T17:00:00Z`, status: 'completed' }),
      aSession({ id: `${month}-b`, start: `${month}-09T17:00:00Z`, status: 'student_absent' }),
    ],
    students: [aStudent({ name: 'Awa Diallo' })],
    noShowWeight: 0.5,
    rates: { currency: 'EUR', categories: [{ id: 'funded', name: 'Funded', rate: 40 }], studentCategories: { 'stu-1': 'funded' } },
    endedCallSessionIds: new Set(),
    moves: new Map(),
    platform: differing ? new Map([[`${month}-b`, 'pending' as const]]) : new Map(),
  }),
  connected: differing,
});

let host: HTMLElement;
/** The requests the page sent, each with the way to answer it. */
let asked: { month: string; answer: (reply: Reply<MonthView>) => void }[];

const mount = (overrides: Partial<MonthModelDeps> = {}) => {
  const model = createMonthModel({
    send: ((message: { month: string }) =>
      new Promise((resolve) => asked.push({ month: message.month, answer: resolve }))) as unknown as MonthModelDeps['send'],
    now: () => NOW,
    language: 'en-US',
    timezone: TIMEZONE,
    asked: '2026-10',
    ...overrides,
  });
  // As the page's mount does: asked first, then drawn.
  void model.load();
  render(<MonthPage model={model} language={overrides.language ?? 'en-US'} timezone={TIMEZONE} />, host);
  return model;
};
const answer = async (index: number) => {
  asked[index]!.answer({ ok: true, value: viewOf(asked[index]!.month) });
  await settle();
};
const heading = () => host.querySelector('nav h2')!.textContent;
const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(name))!;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  asked = [];
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('the month page', () => {
  it('asks for the month in its address, on the mentor’s clock, and shows its totals', async () => {
    mount();
    await settle();
    expect(asked.map((request) => request.month)).toEqual(['2026-10']);
    expect(heading()).toBe('October 2026');
    expect(host.textContent).toContain('Reading the month…');
    await answer(0);
    expect(host.querySelector('[data-total="units"]')!.textContent).toBe('1.5');
    expect(host.querySelector('[data-total="amount"]')!.textContent).toBe('€60.00');
    expect(host.textContent).not.toContain('Reading the month…');
  });

  it('opens on this month without one in its address', async () => {
    mount({ asked: null });
    await settle();
    expect(asked[0]!.month).toBe('2026-12');
    // Already on this month: no way "back" to it.
    expect(button('Back to this month')).toBeUndefined();
  });

  it('goes to the next month and back; a late answer for a month left is never shown as the one chosen', async () => {
    mount();
    await settle();
    button('Next month').click();
    await settle();
    expect(heading()).toBe('November 2026');
    expect(button('Next month').getAttribute('aria-label')).toBe('Next month: December 2026');
    // October's answer comes after November was chosen: November's figures are still awaited.
    await answer(0);
    expect(host.querySelector('[data-total="units"]')).toBeNull();
    await answer(1);
    // Each status's sessions are drawn once opened.
    const held = host.querySelector<HTMLDetailsElement>('details[data-status="completed"]')!;
    expect(held.querySelector('table')).toBeNull();
    held.open = true;
    held.dispatchEvent(new Event('toggle'));
    await settle();
    expect(held.querySelector('tbody')!.textContent).toContain('Nov 2, 2026');
    button('Previous month').click();
    await settle();
    expect(asked.map((request) => request.month)).toEqual(['2026-10', '2026-11', '2026-10']);
    button('Back to this month').click();
    await settle();
    expect(heading()).toBe('December 2026');
  });

  it('marks, once connected, a session whose status differs from the platform’s, and opens its group', async () => {
    mount();
    await settle();
    asked[0]!.answer({ ok: true, value: viewOf('2026-10', true) });
    await settle();
    expect(host.textContent).toContain("Sessions whose status differs from the platform's: 1.");
    const absent = host.querySelector<HTMLDetailsElement>('details[data-status="student-absent"]')!;
    expect(absent.open).toBe(true);
    expect(absent.querySelector('summary')!.textContent).toContain('differing from the platform: 1');
    expect(absent.querySelector('tbody tr')!.textContent).toContain('Platform: no status yet');
    // The session the platform agrees on is not marked, and its group waits to be opened.
    const held = host.querySelector<HTMLDetailsElement>('details[data-status="completed"]')!;
    expect(held.open).toBe(false);
    expect(held.querySelector('summary')!.textContent).not.toContain('differing');
  });

  it('says why when the background cannot answer', async () => {
    mount();
    await settle();
    asked[0]!.answer({ ok: false, error: { code: 'disconnected' } });
    await settle();
    expect(host.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('makes the CSV of the month shown, in the separator of the mentor’s region', async () => {
    const model = mount({ language: 'fr-FR' });
    await settle();
    expect(model.csvFile()).toBeNull();
    await answer(0);
    const file = model.csvFile()!;
    expect(file.fileName).toBe('cadence-2026-10.csv');
    const [header, ...rows] = csvRows(file.text, ';');
    expect(header).toHaveLength(11);
    expect(rows.map((row) => [row[0], row[1], row[5], row[6], row[7]])).toEqual([
      ['2026-10-02T19:00:00+02:00', 'Awa Diallo', '1', '40,00', 'EUR'],
      ['2026-10-09T19:00:00+02:00', 'Awa Diallo', '0,5', '20,00', 'EUR'],
    ]);
  });
});
