import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultNextStart,
  findClashes,
  instantFromWallClock,
  parseInstant,
  readTypedStart,
  wallClockInZone,
  zonesDiffer,
} from '@/utils/core/scheduling/next-session';
import { aSession } from './support/platform-records';

describe('defaultNextStart', () => {
  it.each([
    ['a week without a clock change', '2026-11-05T18:00:00+01:00', 'Europe/Paris', '2026-11-12T18:00:00+01:00'],
    ['Paris falling back on 25 October', '2026-10-22T18:00:00+02:00', 'Europe/Paris', '2026-10-29T18:00:00+01:00'],
    ['Paris springing forward on 29 March', '2026-03-26T18:00:00+01:00', 'Europe/Paris', '2026-04-02T18:00:00+02:00'],
    ['New York springing forward on 14 March', '2027-03-10T19:30:00-05:00', 'America/New_York', '2027-03-17T19:30:00-04:00'],
    ['New York falling back on 1 November', '2026-10-29T09:00:00-04:00', 'America/New_York', '2026-11-05T09:00:00-05:00'],
    ['a start the platform wrote in UTC', '2026-10-22T16:00:00Z', 'Europe/Paris', '2026-10-29T18:00:00+01:00'],
    ['a zone without DST', '2026-10-22T20:00:00+09:00', 'Asia/Tokyo', '2026-10-29T20:00:00+09:00'],
    ['a mentor on UTC', '2026-10-22T18:00:00Z', 'UTC', '2026-10-29T18:00:00Z'],
  ])('keeps the weekday and the wall clock: %s', (_, current, zone, next) => {
    expect(defaultNextStart(current, zone)).toBe(next);
    expect(wallClockInZone(next, zone).weekday).toBe(wallClockInZone(current, zone).weekday);
  });

  it.each([
    ['Paris', '2026-03-22T02:30:00+01:00', 'Europe/Paris', '2026-03-29T03:00:00+02:00'],
    ['New York', '2027-03-07T02:30:00-05:00', 'America/New_York', '2027-03-14T03:00:00-04:00'],
    ['Lord Howe, whose clocks jump half an hour', '2026-09-27T02:15:00+10:30', 'Australia/Lord_Howe', '2026-10-04T02:30:00+11:00'],
  ])('moves a time the clocks skip to the moment they jump: %s', (_, current, zone, next) => {
    expect(defaultNextStart(current, zone)).toBe(next);
  });

  it('takes the first of the two 01:30s on the night New York falls back', () => {
    expect(defaultNextStart('2027-10-31T01:30:00-04:00', 'America/New_York')).toBe('2027-11-07T01:30:00-04:00');
  });
});

describe('wallClockInZone', () => {
  // A Thursday 18:00 call in Paris, the weeks around Europe's change on 25 October and America's on 1 November.
  it.each([
    ['2026-10-22T18:00:00+02:00', 'Europe/Paris', '2026-10-22', '18:00', 4],
    ['2026-10-22T18:00:00+02:00', 'America/Montreal', '2026-10-22', '12:00', 4],
    ['2026-10-29T18:00:00+01:00', 'America/Montreal', '2026-10-29', '13:00', 4],
    ['2026-11-05T18:00:00+01:00', 'America/Montreal', '2026-11-05', '12:00', 4],
    ['2026-10-29T18:00:00+01:00', 'Asia/Tokyo', '2026-10-30', '02:00', 5],
  ])('%s in %s is %s %s', (instant, zone, date, time, weekday) => {
    expect(wallClockInZone(instant, zone)).toEqual({ date, time, weekday });
  });

  it('reads both 02:30s of the night Paris falls back', () => {
    expect(wallClockInZone('2026-10-25T00:30:00Z', 'Europe/Paris').time).toBe('02:30');
    expect(wallClockInZone('2026-10-25T01:30:00Z', 'Europe/Paris').time).toBe('02:30');
  });

  it('refuses an instant without an offset, which would be read in the machine zone', () => {
    expect(() => wallClockInZone('2026-10-29T18:00:00', 'Europe/Paris')).toThrow(RangeError);
  });
});

describe('instantFromWallClock', () => {
  it.each([
    ['2026-10-29', '18:00', 'Europe/Paris', '2026-10-29T18:00:00+01:00'],
    ['2026-07-02', '09:15', 'America/Montreal', '2026-07-02T09:15:00-04:00'],
    ['2026-10-30', '02:00', 'Asia/Tokyo', '2026-10-30T02:00:00+09:00'],
    ['2026-10-29', '21:45', 'Asia/Kathmandu', '2026-10-29T21:45:00+05:45'],
    ['2026-03-29', '01:59', 'Europe/Paris', '2026-03-29T01:59:00+01:00'],
    ['2026-03-29', '03:00', 'Europe/Paris', '2026-03-29T03:00:00+02:00'],
    ['2026-10-25', '03:00', 'Europe/Paris', '2026-10-25T03:00:00+01:00'],
  ])('%s %s in %s is %s', (date, time, zone, instant) => {
    expect(instantFromWallClock(date, time, zone)).toBe(instant);
  });

  it('gives the moment the clocks jump for a time they skip', () => {
    expect(instantFromWallClock('2026-03-29', '02:30', 'Europe/Paris')).toBe('2026-03-29T03:00:00+02:00');
    expect(instantFromWallClock('2027-03-14', '02:00', 'America/New_York')).toBe('2027-03-14T03:00:00-04:00');
  });

  it('gives the first of a time the clocks show twice', () => {
    expect(instantFromWallClock('2026-10-25', '02:30', 'Europe/Paris')).toBe('2026-10-25T02:30:00+02:00');
  });

  it.each([
    '2026-01-15T08:00:00Z',
    '2026-03-29T00:59:00Z',
    '2026-03-29T01:00:00Z',
    '2026-10-25T00:30:00Z',
    '2027-03-14T06:59:00Z',
    '2027-03-14T07:00:00Z',
    '2027-11-07T05:30:00Z',
  ])('turns what the picker showed for %s back into it', (instant) => {
    for (const zone of ['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Australia/Lord_Howe']) {
      const { date, time } = wallClockInZone(instant, zone);
      expect(parseInstant(instantFromWallClock(date, time, zone)), zone).toBe(parseInstant(instant));
    }
  });

  it.each([
    ['2026-02-30', '18:00', 'Europe/Paris'],
    ['2026-10-29', '24:00', 'Europe/Paris'],
    ['29/10/2026', '18:00', 'Europe/Paris'],
    ['2026-10-29', '6 pm', 'Europe/Paris'],
    ['2026-10-29', '18:00', 'Mars/Olympus_Mons'],
  ])('refuses %s %s in %s', (date, time, zone) => {
    expect(() => instantFromWallClock(date, time, zone)).toThrow(RangeError);
  });
});

describe('readTypedStart', () => {
  it.each([
    ['2026-03-29T01:59', 'Europe/Paris', '2026-03-29T01:59:00+01:00'],
    ['2026-12-31T23:30', 'Europe/Paris', '2026-12-31T23:30:00+01:00'],
    ['2027-01-01T00:00', 'America/New_York', '2027-01-01T00:00:00-05:00'],
    ['2028-02-29T12:00:00', 'Europe/Paris', '2028-02-29T12:00:00+01:00'],
    ['2026-11-01T01:30', 'America/New_York', '2026-11-01T01:30:00-04:00'],
  ])('reads %s in %s as %s', (value, zone, instant) => {
    expect(readTypedStart(value, zone)).toEqual({ instant, skipped: false });
  });

  it('says when the clocks skip the time typed, and gives the moment they jump', () => {
    expect(readTypedStart('2026-03-29T02:30', 'Europe/Paris')).toEqual({ instant: '2026-03-29T03:00:00+02:00', skipped: true });
    expect(readTypedStart('2026-03-08T02:15', 'America/New_York')).toEqual({ instant: '2026-03-08T03:00:00-04:00', skipped: true });
  });

  it.each([
    ['', 'invalid'],
    ['2026-02-30T10:00', 'invalid'],
    ['2026-02-29T10:00', 'invalid'],
    ['not a date', 'invalid'],
    ['0000-01-01T10:00', 'out-of-range'],
    ['0001-01-01T10:00', 'out-of-range'],
    ['275760-09-13T00:00', 'out-of-range'],
    ['10000-01-01T00:00', 'out-of-range'],
    ['1970-01-01T00:30', 'out-of-range'],
  ])('refuses %s in Paris: %s', (value, problem) => {
    expect(readTypedStart(value, 'Europe/Paris')).toEqual({ problem });
  });
});

describe('whatever the machine', () => {
  const machineZone = process.env.TZ;
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  // Date's local mode, which dayjs's .tz() and utcOffset() lean on, shifts an hour near the machine's own DST change.
  it.each(['Europe/Paris', 'America/New_York', 'Pacific/Chatham'])('gives the same answers on a machine set to %s', (zone) => {
    process.env.TZ = zone;
    expect(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset()).not.toBe(0);
    expect(defaultNextStart('2026-10-22T18:00:00+02:00', 'Europe/Paris')).toBe('2026-10-29T18:00:00+01:00');
    expect(wallClockInZone('2026-10-25T01:30:00Z', 'Europe/Paris')).toEqual({ date: '2026-10-25', time: '02:30', weekday: 0 });
    expect(wallClockInZone('2027-11-07T06:30:00Z', 'America/New_York').time).toBe('01:30');
    expect(wallClockInZone('2026-03-29T06:30:00Z', 'America/New_York').time).toBe('02:30');
    expect(instantFromWallClock('2027-11-07', '01:30', 'America/New_York')).toBe('2027-11-07T01:30:00-04:00');
  });

  it('keeps Intl time zones under happy-dom', () => {
    expect(typeof window).toBe('object');
    const tokyo = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', hour: '2-digit', hourCycle: 'h23' });
    expect(tokyo.format(0)).toBe('09');
  });
});

describe('zonesDiffer', () => {
  it.each([
    ['2026-10-29T17:00:00Z', 'Europe/Paris', 'Europe/Berlin', false],
    ['2026-10-29T17:00:00Z', 'Europe/Paris', 'America/Montreal', true],
    ['2026-10-29T17:00:00Z', 'Europe/Paris', 'Africa/Lagos', false],
    ['2026-07-01T17:00:00Z', 'Europe/Paris', 'Africa/Lagos', true],
    ['2026-10-29T17:00:00Z', 'Europe/Paris', 'Europe/Paris', false],
  ])('at %s, %s and %s differ: %s', (instant, zoneA, zoneB, differ) => {
    expect(zonesDiffer(instant, zoneA, zoneB)).toBe(differ);
  });
});

describe('findClashes', () => {
  const candidate = { start: '2026-10-29T18:00:00+01:00', plannedMinutes: 50 };

  it.each([
    ['starts during it', '2026-10-29T17:30:00Z', 30, true],
    ['ends during it', '2026-10-29T16:30:00Z', 45, true],
    ['covers it', '2026-10-29T16:00:00Z', 120, true],
    ['written in another offset, same time', '2026-10-29T13:00:00-04:00', 50, true],
    ['ends as it starts', '2026-10-29T16:10:00Z', 50, false],
    ['starts as it ends', '2026-10-29T17:50:00Z', 50, false],
    ['is the day before', '2026-10-28T17:00:00Z', 50, false],
  ])('a session that %s clashes: %s', (_, start, plannedMinutes, clashes) => {
    const other = aSession({ id: 'other', start, plannedMinutes });
    expect(findClashes(candidate, [other])).toEqual(clashes ? [other] : []);
  });

  it.each(['canceled', 'late_canceled', 'student_absent'] as const)('ignores a %s session in the slot', (status) => {
    expect(findClashes(candidate, [aSession({ start: '2026-10-29T17:00:00Z', status })])).toEqual([]);
  });

  it('counts a completed session in the slot', () => {
    const done = aSession({ start: '2026-10-29T17:00:00Z', status: 'completed' });
    expect(findClashes(candidate, [done])).toEqual([done]);
  });

  it('ignores the session being moved, and keeps the others', () => {
    const moved = aSession({ id: 'sess-1', start: '2026-10-29T17:00:00Z' });
    const other = aSession({ id: 'sess-2', studentId: 'stu-2', start: '2026-10-29T17:20:00Z' });
    expect(findClashes({ ...candidate, id: 'sess-1' }, [moved, other])).toEqual([other]);
  });
});
