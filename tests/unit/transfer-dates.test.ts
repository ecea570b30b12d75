import { describe, expect, it } from 'vitest';
import { addDays, checkTransferDate, transferDates } from '@/utils/core/students/transfer-dates';

const at = (instant: string) => Date.parse(instant);

describe('the transfer dates', () => {
  it.each([
    // instant, mentor's zone, today, earliest (+7 days), suggested (+14 days)
    ['2026-01-25T10:00:00Z', 'Europe/Paris', '2026-01-25', '2026-02-01', '2026-02-08'],
    ['2026-02-20T12:00:00Z', 'UTC', '2026-02-20', '2026-02-27', '2026-03-06'],
    ['2028-02-22T12:00:00Z', 'UTC', '2028-02-22', '2028-02-29', '2028-03-07'],
    ['2026-12-28T09:00:00Z', 'Europe/Paris', '2026-12-28', '2027-01-04', '2027-01-11'],
    // Already tomorrow in Paris, still yesterday in Los Angeles, already July in Auckland.
    ['2026-04-30T23:30:00Z', 'Europe/Paris', '2026-05-01', '2026-05-08', '2026-05-15'],
    ['2026-03-01T05:00:00Z', 'America/Los_Angeles', '2026-02-28', '2026-03-07', '2026-03-14'],
    ['2026-06-30T13:00:00Z', 'Pacific/Auckland', '2026-07-01', '2026-07-08', '2026-07-15'],
    // DST changes: the night the clocks go forward or back, and a week that spans one.
    ['2026-03-29T00:30:00Z', 'Europe/Paris', '2026-03-29', '2026-04-05', '2026-04-12'],
    ['2026-10-24T22:30:00Z', 'Europe/Paris', '2026-10-25', '2026-11-01', '2026-11-08'],
    ['2026-03-01T04:30:00Z', 'America/New_York', '2026-02-28', '2026-03-07', '2026-03-14'],
    ['2026-03-08T07:30:00Z', 'America/New_York', '2026-03-08', '2026-03-15', '2026-03-22'],
  ])('at %s in %s: today %s, earliest %s, suggested %s', (instant, zone, today, earliest, suggested) => {
    expect(transferDates(at(instant), zone)).toEqual({ today, earliest, suggested });
  });

  it.each([
    ['', 'missing'],
    ['  ', 'missing'],
    ['2026-02-30', 'invalid'],
    ['14/02/2026', 'invalid'],
    ['2026-2-14', 'invalid'],
    ['2026-01-31', 'too-soon'],
    ['2026-01-25', 'too-soon'],
    ['2026-02-01', null],
    ['2026-02-08', null],
    ['2026-06-30', null],
  ])('checks %j against a week from 25 January in Paris: %s', (day, problem) => {
    expect(checkTransferDate(day, at('2026-01-25T10:00:00Z'), 'Europe/Paris')).toBe(problem);
  });

  it('counts the week on the mentor’s calendar, not the machine’s', () => {
    // Saturday evening in Los Angeles is already Sunday in UTC.
    const now = at('2026-03-01T05:00:00Z');
    expect(checkTransferDate('2026-03-07', now, 'America/Los_Angeles')).toBeNull();
    expect(checkTransferDate('2026-03-07', now, 'UTC')).toBe('too-soon');
  });

  it('adds calendar days, and refuses what is not a day', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addDays('2026-13-01', 7)).toThrow(RangeError);
  });
});
