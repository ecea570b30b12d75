import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatClock } from '@/utils/shared/format-duration';
import { messagesIn } from './support/english-messages';

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [65_000, '1:05'],
    [-65_000, '1:05'],
    [50 * 60_000, '50:00'],
    [3_729_000, '1:02:09'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  it('counts time left up to the next second, so elapsed and left add up', () => {
    expect(formatClock(599_500, 'up')).toBe('10:00');
    expect(formatClock(500, 'down')).toBe('0:00');
    expect(formatClock(59_001, 'up')).toBe('1:00');
  });
});

/** The module as a browser in `language` loads it: `t` keeps the messages it first reads. */
async function inLanguage(language: 'en' | 'fr') {
  vi.resetModules();
  fakeBrowser.i18n.getMessage = messagesIn(language);
  fakeBrowser.i18n.getUILanguage = () => language;
  return import('@/utils/shared/format-duration');
}

describe('a length of work in words', () => {
  it.each([
    ['en', 0, '0 min'],
    ['fr', 0, '0 min'],
    ['en', 45, '45 min'],
    ['fr', 45, '45 min'],
    ['en', 60, '1 h'],
    ['fr', 60, '1 h'],
    ['en', 65, '1 h 5 min'],
    ['fr', 65, '1 h 05'],
    ['en', 90, '1 h 30 min'],
    ['fr', 90, '1 h 30'],
    ['en', 210, '3 h 30 min'],
    ['fr', 210, '3 h 30'],
    ['en', 600, '10 h'],
    ['fr', 600, '10 h'],
    ['en', 89.6, '1 h 30 min'],
    ['fr', -5, '0 min'],
    // Big numbers grouped the language's way (French: a narrow no-break space).
    ['en', 60_000, '1,000 h'],
    ['fr', 60_000, '1\u202f000 h'],
  ] as const)('%s: %d minutes read %s', async (language, minutes, text) => {
    const { formatMinutes } = await inLanguage(language);
    expect(formatMinutes(minutes, language)).toBe(text);
  });
});
