import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { LANGUAGES } from '@/utils/shared/i18n';
import { sourceFiles } from './support/source-files';
import { htmlText, writtenText } from './support/written-text';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const locales: [string, Messages][] = [
  ['en', en],
  ['fr', fr],
];

const placeholdersOf = (entry: Messages[string]) =>
  [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('the message files', () => {
  it("are one per language Cadence speaks, English first as the manifest's default", () => {
    expect(readdirSync('public/_locales').sort()).toEqual([...LANGUAGES].sort());
    const manifestDefault = /default_locale: '([a-z_]+)'/.exec(sourceFiles('wxt.config.ts')[0]!.text)?.[1];
    expect(manifestDefault).toBe(LANGUAGES[0]);
  });

  it('have the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(locales)('%s: every message is filled and its placeholders are defined', (_, messages) => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual([...new Set(placeholdersOf(entry))]);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholdersOf(fr[key] as Messages[string]), key).toEqual(placeholdersOf(en[key] as Messages[string]));
    }
  });

  it('leave no message unused', () => {
    const code = sourceFiles('entrypoints', 'components', 'utils', 'wxt.config.ts')
      .map((f) => f.text)
      .join('\n');
    const used = (key: string) => code.includes(`'${key}'`) || code.includes(`__MSG_${key}__`);
    expect(Object.keys(en).filter((key) => !used(key))).toEqual([]);
  });
});

/** Words French writes as English does: names, and the units both languages abbreviate alike. */
const SAME_IN_BOTH = new Set(['Cadence', 'Markdown', 'Google', 'Meet', 'min', 'h', 'Date', 'Note', 'Options', 'Sessions', 'minutes']);
const wordsOf = (text: string) => text.replace(/\$[A-Za-z0-9_]+\$/g, ' ').match(/\p{L}+/gu) ?? [];

describe('the French messages', () => {
  it('are translated, not copied from English, but for words both write alike', () => {
    const copies = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => fr[key].message === en[key].message && wordsOf(en[key].message).some((word) => !SAME_IN_BOTH.has(word)),
    );
    expect(copies).toEqual([]);
  });

  it('hold no English left untranslated', () => {
    // Short English words that French never uses: a half-translated message keeps some.
    const english = /\b(the|and|of|with|your|you|this|that|is|are|to|for)\b/i;
    const untranslated = Object.entries(fr as Messages).filter(([, entry]) =>
      english.test(entry.message.replace(/\$[A-Za-z0-9_]+\$/g, '')),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});

/**
 * Files whose words are not the mentor's to read, or are written in both
 * languages already.
 */
const NOT_SHOWN_FILES = new Set([
  // Meet's own labels, read to find its buttons.
  'utils/meet/meet-selectors.ts',
  // The starter exercises, in English and French side by side (built-in-exercises.test checks both).
  'utils/core/exercises/built-in-exercises.ts',
  // The platform's API described for its developers.
  'utils/core/platform/openapi-document.ts',
  'utils/core/platform/platform-endpoints.ts',
  'utils/core/platform/platform-schemas.ts',
]);

/** Text in the code that no mentor reads, each for its reason. */
const NOT_SHOWN_TEXT = new Set([
  // The product's name, the same in every language.
  'Cadence',
  // Names the program to calendar software (RFC 5545 PRODID); no calendar shows it.
  'PRODID:-//Cadence//Mentoring sessions//EN',
  // zod's reason, for developers: the connection form says what is wrong in its own words.
  'https only, but for this computer',
  // The HTTP authorization scheme.
  'Bearer ',
  // A CSS selector: what can hold the keyboard focus (components/common/focus-rescue.ts).
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]',
  // A CSS selector: where the focus goes back into a page as the screen shade lifts (components/common/page-shade.ts).
  '[data-focus-home], button:not(:disabled), a[href], input, textarea, select',
]);

describe('user-facing text', () => {
  const keys = new Set(Object.keys(en));

  it('comes from the message files: none is written in the code or the pages', () => {
    const files = sourceFiles('entrypoints', 'components', 'utils').filter((f) => !NOT_SHOWN_FILES.has(f.path));
    const written = files.flatMap((f) =>
      /\.tsx?$/.test(f.path) ? writtenText(f.path, f.text, NOT_SHOWN_TEXT) : f.path.endsWith('.html') ? htmlText(f.path, f.text) : [],
    );
    // dayjs patterns (`dddd LT`) are tokens its locales fill with words.
    const datePattern = /^([YMDdHhmsAaLTl]+|[\s,.:/-])+$/;
    const offenders = written.filter((w) => !keys.has(w.text) && !NOT_SHOWN_TEXT.has(w.text) && !datePattern.test(w.text));
    expect(offenders.map((w) => `${w.path}:${w.line}: ${w.text}`)).toEqual([]);
    // It parses every source file: seconds on a busy machine.
  }, 60_000);
});

describe('finding text written in the code', () => {
  it.each([
    ['words between tags', '<p>Saved</p>', 'Saved'],
    ['words between tags over several lines', '<p>\n  Your week\n</p>', 'Your week'],
    ['a string as a child', '<option value="">{\'any level\'}</option>', 'any level'],
    ['either side of a choice', "<span>{open ? t('hide') : 'Show all'}</span>", 'Show all'],
    ['an aria-label', '<button aria-label="Close" />', 'Close'],
    ['an aria-label given as a string', "<button aria-label={'Close the panel'} />", 'Close the panel'],
    ['a title from a template', '<a title={`Open ${name}`} />', 'Open'],
    ['a placeholder', '<input placeholder="e.g. 45" />', 'e.g. 45'],
    ['an alt', '<img alt="Student" />', 'Student'],
    ['a page title', "document.title = 'Session work';", 'Session work'],
    ['a title set on an element', "button.title = 'Copy';", 'Copy'],
    ['a notification', "notify(id, { title: t('reminderBeforeTitle'), message: `It starts in ${minutes} min.` });", 'It starts in  min.'],
    ['a badge', "browser.action.setBadgeText({ text: 'new' });", 'new'],
    ['a confirmation', "if (confirm('Delete every record?')) wipe();", 'Delete every record?'],
    ['an error for the form', "return { error: 'Enter a title.' };", 'Enter a title.'],
    ['a line of a calendar file', "lines.push('SUMMARY:Mentoring session');", 'SUMMARY:Mentoring session'],
    ['a Markdown heading', "parts.push('## Goals');", '## Goals'],
    ['a label kept for later', "const label = 'Save';", 'Save'],
    ['a substitution of a message', "t('sessionEndsAt', 'soon after six')", 'soon after six'],
  ])('finds %s', (_, source, text) => {
    expect(writtenText('example.tsx', source).map((w) => w.text)).toEqual([text]);
  });

  it.each([
    ['a class list', '<p class="notice notice-warning">{t(\'saved\')}</p>'],
    ['a message key', "const key = t('reportPresent');"],
    ['a module', "import { t } from '../utils/i18n';"],
    ['a log line', "console.warn('Cadence: sync failed', error);"],
    ['an error for developers', 'throw new RangeError(`Not a day: ${day}`);'],
    ['a key compared', "if (event.key === 'Escape') close();"],
    ['a header', "headers['Content-Type'] = 'application/json';"],
    ['a type', "type Outcome = 'Not done' | 'done';"],
    ['values a list is made from', "{(['student', 'mentor'] as const).map((who) => <Choice who={who} />)}"],
  ])('leaves out %s', (_, source) => {
    expect(writtenText('example.tsx', source)).toEqual([]);
  });

  it('reads the text of a page', () => {
    expect(htmlText('index.html', '<title>Cadence</title>\n<p aria-label="Main">x</p>').map((w) => w.text)).toEqual([
      'Cadence',
      'x',
      'Main',
    ]);
  });
});
