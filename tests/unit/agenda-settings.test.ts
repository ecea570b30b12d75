import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA_SETTINGS, readAgendaSettings } from '@/utils/core/agenda/agenda-settings';

describe('readAgendaSettings', () => {
  it('keeps settings the mentor saved', () => {
    const saved = { plannedMinutes: 60, weights: { 'check-in': 5, progress: 40, goals: 15 } };
    expect(readAgendaSettings(saved)).toEqual(saved);
  });

  it.each([
    ['nothing saved yet', undefined],
    ['a length of zero', { plannedMinutes: 0, weights: DEFAULT_AGENDA_SETTINGS.weights }],
    ['a phase of zero minutes', { plannedMinutes: 50, weights: { 'check-in': 0, progress: 30, goals: 10 } }],
    ['a fractional length', { plannedMinutes: 50.5, weights: DEFAULT_AGENDA_SETTINGS.weights }],
    ['a string', '<script>alert(1)</script>'],
    ['a missing phase', { plannedMinutes: 50, weights: { progress: 30, goals: 10 } }],
  ])('falls back to the defaults for %s', (_, stored) => {
    expect(readAgendaSettings(stored)).toEqual(DEFAULT_AGENDA_SETTINGS);
  });
});
