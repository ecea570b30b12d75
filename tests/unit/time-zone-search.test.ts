import { describe, expect, it } from 'vitest';
import { searchTimeZones } from '@/utils/core/scheduling/time-zone-search';

const ZONES = ['America/Paramaribo', 'America/New_York', 'Asia/Karachi', 'Europe/Paris', 'Europe/Brussels', 'UTC'];

describe('finding a time zone by what is typed', () => {
  it('puts the city that starts with the text first, the shorter one before', () => {
    expect(searchTimeZones(ZONES, 'Par')).toEqual(['Europe/Paris', 'America/Paramaribo']);
    expect(searchTimeZones(ZONES, 'paris')[0]).toBe('Europe/Paris');
  });

  it('finds a zone by any part of its name, spaces for underscores, and nothing for nothing typed', () => {
    expect(searchTimeZones(ZONES, 'new york')).toEqual(['America/New_York']);
    expect(searchTimeZones(ZONES, 'europe')).toEqual(['Europe/Paris', 'Europe/Brussels']);
    expect(searchTimeZones(ZONES, 'ach')).toEqual(['Asia/Karachi']);
    expect(searchTimeZones(ZONES, '  ')).toEqual([]);
    expect(searchTimeZones(ZONES, 'xyz')).toEqual([]);
  });
});
