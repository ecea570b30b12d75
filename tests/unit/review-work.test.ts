import { describe, expect, it } from 'vitest';
import { checkUnasked, parseHours, reviewProgress, settingDate, type UnaskedDraft, unaskedWork } from '@/components/common/review-work';
import { anAssignment, aSession } from './support/platform-records';

const draft = (overrides: Partial<UnaskedDraft> = {}): UnaskedDraft => ({
  title: 'A dark theme',
  kind: 'exercise',
  minutes: '',
  skills: '',
  outcome: 'done',
  note: '',
  ...overrides,
});

describe('reading what the mentor typed in the review', () => {
  it('reads hours between 0 and 80, with a comma or a point', () => {
    expect(parseHours('7.5')).toBe(7.5);
    expect(parseHours(' 7,5 ')).toBe(7.5);
    expect(parseHours('0')).toBe(0);
    expect(['', '  ', '-1', '81', 'ten'].map(parseHours)).toEqual([null, null, null, null, null]);
  });

  it('says what is missing or wrong in work done unasked', () => {
    expect(checkUnasked(draft(), 'en')).toEqual({});
    expect(checkUnasked(draft({ title: '  ', outcome: '', minutes: '6001', skills: 'x'.repeat(81) }), 'en')).toEqual({
      title: 'reviewTitleMissing',
      minutes: 'reviewMinutesInvalid',
      skills: 'reviewSkillsInvalid',
      outcome: 'reviewOutcomeMissing',
    });
    expect(checkUnasked(draft({ minutes: '1.5' }), 'en').minutes).toBe('reviewMinutesInvalid');
    const tooMany = Array.from({ length: 21 }, (_, i) => `skill ${i}`).join(',');
    expect(checkUnasked(draft({ skills: tooMany }), 'en').skills).toBe('reviewSkillsInvalid');
  });

  it('turns it into work for the background, with no exercise, level or link', () => {
    expect(unaskedWork(draft({ title: ' A dark theme ', kind: 'project-step', minutes: '45', skills: 'CSS, themes' }), 'en')).toEqual({
      kind: 'project-step',
      title: 'A dark theme',
      url: '',
      estimatedMinutes: 45,
      skills: ['CSS', 'themes'],
      exerciseId: null,
      level: null,
    });
    expect(unaskedWork(draft(), 'en').estimatedMinutes).toBe(0);
  });
});

describe('the review at a glance', () => {
  it('dates a goal by the session it was set in, when that session is known', () => {
    const last = aSession({ id: 'sess-0', start: '2026-11-23T14:00:00.000Z' });
    expect(settingDate(anAssignment(), [null, last])).toBe('2026-11-23T14:00:00.000Z');
    expect(settingDate(anAssignment({ setInSessionId: 'sess-9' }), [last])).toBeNull();
    expect(settingDate(anAssignment({ origin: 'unasked' }), [last])).toBeNull();
  });

  it('counts the goals reviewed, leaving work done unasked out', () => {
    const review = { outcome: 'done' as const, note: '', sessionId: 'sess-1', at: '2026-11-30T14:00:00.000Z' };
    expect(
      reviewProgress([anAssignment({ id: 'a', review }), anAssignment({ id: 'b' }), anAssignment({ id: 'c', origin: 'unasked', review })]),
    ).toEqual({ reviewed: 1, total: 2 });
  });
});
