import { describe, expect, it } from 'vitest';
import { agendaSettingsSchema, DEFAULT_AGENDA_SETTINGS, kindAgendaSchema, readAgendaSettings } from '@/utils/core/agenda/agenda-settings';
import { checklistFromLines, checklistLines } from '@/utils/core/agenda/checklist-lines';
import { DEFAULT_KIND_AGENDAS } from '@/utils/core/agenda/session-kinds';
import type { MessageKey } from '@/utils/core/languages';
import en from '@/public/_locales/en/messages.json';

const rehearsal = DEFAULT_KIND_AGENDAS.rehearsal;
const english = (key: MessageKey) => en[key].message;

describe('the agenda settings schema', () => {
  it("holds Cadence's own agendas", () => {
    expect(agendaSettingsSchema.safeParse(DEFAULT_AGENDA_SETTINGS).success).toBe(true);
  });

  it('takes a kind the mentor rearranged: other phases, their shares, their own items', () => {
    const mine = [
      { key: 'check-in', share: 10, checklist: [{ id: 'check-in.own-a', text: 'Ask about the job interview' }] },
      ...rehearsal.map((phase, index) => ({ ...phase, share: [40, 30, 20][index]! })),
    ];
    expect(kindAgendaSchema.safeParse(mine).success).toBe(true);
  });

  it.each([
    ['shares that add up to 90%', rehearsal.map((phase) => ({ ...phase, share: 30 }))],
    ['the same phase twice', [rehearsal[0]!, { ...rehearsal[1]!, key: 'presentation' }, rehearsal[2]!]],
    ['no phase', []],
    [
      'seven phases',
      Array.from({ length: 7 }, (_, i) => ({
        key: ['check-in', 'progress', 'goals', 'questions', 'feedback', 'handoff', 'free-time'][i],
        share: i < 2 ? 15 : 14,
        checklist: [],
      })),
    ],
    ['a phase of 0%', [{ ...rehearsal[0]!, share: 0 }, { ...rehearsal[1]!, share: 75 }, rehearsal[2]!]],
    ['a phase name outside the set', [{ ...rehearsal[0]!, key: 'lunch' }, rehearsal[1]!, rehearsal[2]!]],
    ['an empty item', [{ ...rehearsal[0]!, checklist: [{ id: 'presentation.own-a', text: '  ' }] }, rehearsal[1]!, rehearsal[2]!]],
    [
      'an item of 121 characters',
      [{ ...rehearsal[0]!, checklist: [{ id: 'presentation.own-a', text: 'x'.repeat(121) }] }, rehearsal[1]!, rehearsal[2]!],
    ],
    [
      'an item naming a message that is not a checklist item',
      [{ ...rehearsal[0]!, checklist: [{ id: 'presentation.x', label: 'extName' }] }, rehearsal[1]!, rehearsal[2]!],
    ],
    ['an item id with markup', [{ ...rehearsal[0]!, checklist: [{ id: '<b>.x', text: 'x' }] }, rehearsal[1]!, rehearsal[2]!]],
  ])('refuses %s', (_, phases) => {
    expect(kindAgendaSchema.safeParse(phases).success).toBe(false);
  });
});

describe('readAgendaSettings', () => {
  it('keeps settings the mentor saved', () => {
    const saved = {
      plannedMinutes: 60,
      kinds: { ...DEFAULT_KIND_AGENDAS, rehearsal: rehearsal.map((p, i) => ({ ...p, share: [50, 30, 20][i]! })) },
    };
    expect(readAgendaSettings(saved)).toEqual(saved);
  });

  it('keeps the weekly split saved before the kinds, as shares of the session, with the usual length', () => {
    const read = readAgendaSettings({ plannedMinutes: 60, weights: { 'check-in': 5, progress: 40, goals: 15 } });
    expect(read.plannedMinutes).toBe(60);
    expect(read.kinds.weekly.map((phase) => [phase.key, phase.share])).toEqual([
      ['check-in', 8],
      ['progress', 67],
      ['goals', 25],
    ]);
    expect(read.kinds.weekly[0]!.checklist).toEqual(DEFAULT_KIND_AGENDAS.weekly[0]!.checklist);
    expect(read.kinds.first).toEqual(DEFAULT_KIND_AGENDAS.first);
  });

  it('falls back part by part: a broken kind takes its default, the others stay', () => {
    const saved = {
      plannedMinutes: 0,
      kinds: { ...DEFAULT_KIND_AGENDAS, first: 'broken', rehearsal: rehearsal.map((p) => ({ ...p, share: 20 })) },
    };
    const read = readAgendaSettings(saved);
    expect(read.plannedMinutes).toBe(DEFAULT_AGENDA_SETTINGS.plannedMinutes);
    expect(read.kinds.first).toEqual(DEFAULT_KIND_AGENDAS.first);
    expect(read.kinds.rehearsal).toEqual(DEFAULT_KIND_AGENDAS.rehearsal);
  });

  it.each([
    ['nothing saved yet', undefined],
    ['a string', '<script>alert(1)</script>'],
    ['an old split with a phase of zero minutes', { plannedMinutes: 50, weights: { 'check-in': 0, progress: 30, goals: 10 } }],
    ['an old split missing a phase', { plannedMinutes: 50, weights: { progress: 30, goals: 10 } }],
  ])('falls back to the defaults for %s', (_, stored) => {
    expect(readAgendaSettings(stored)).toEqual(DEFAULT_AGENDA_SETTINGS);
  });
});

describe('a checklist edited as lines', () => {
  it("keeps Cadence's items as such (they follow the language, and tick themselves), the mentor's as typed", () => {
    const lines = `${english('goalsSetWork')}\n\n  Ask about the job interview  \n${english('goalsNextDate')}\nAsk about the job interview`;
    expect(checklistFromLines('first-goals', lines, english)).toEqual([
      { id: 'first-goals.set-work', label: 'goalsSetWork' },
      { id: 'first-goals.own-a', text: 'Ask about the job interview' },
      { id: 'first-goals.next-date', label: 'goalsNextDate' },
    ]);
  });

  it('reads back as the lines it was made from', () => {
    const items = DEFAULT_KIND_AGENDAS.first[1]!.checklist;
    expect(checklistFromLines('how-weeks-run', checklistLines(items, english), english)).toEqual(items);
  });
});
