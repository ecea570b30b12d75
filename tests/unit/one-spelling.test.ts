import { describe, expect, it } from 'vitest';
import english from '@/public/_locales/en/messages.json';
import french from '@/public/_locales/fr/messages.json';

type Catalogue = Record<string, { message: string }>;

/** The keys whose words match `pattern`, to say which ones break the rule. */
const saying = (catalogue: Catalogue, pattern: RegExp) =>
  Object.entries(catalogue)
    .filter(([, { message }]) => pattern.test(message))
    .map(([key]) => key);

// One word for one thing, throughout a language: a mentor reading "canceled" here and
// "cancelled" there, or "séance" and "session", wonders whether they are two things.
describe('one spelling per language', () => {
  it('writes English "canceled" and "canceling" (the platform’s word), never the doubled l', () => {
    expect(saying(english as Catalogue, /cancell(ed|ing)/i)).toEqual([]);
    // The rule has something to hold: the word is used.
    expect(saying(english as Catalogue, /\bcancel(ed|ing)\b/i).length).toBeGreaterThan(5);
  });

  it('says "séance" in French, never "session"', () => {
    expect(saying(french as Catalogue, /\bsessions?\b/i)).toEqual([]);
    expect(saying(french as Catalogue, /\bséances?\b/i).length).toBeGreaterThan(20);
  });
});
