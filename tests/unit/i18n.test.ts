import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { sourceFiles } from './support/source-files';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const locales: [string, Messages][] = [
  ['en', en],
  ['fr', fr],
];

const placeholdersOf = (entry: Messages[string]) =>
  [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('the message files', () => {
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
    const code = sourceFiles('entrypoints', 'components', 'utils', 'wxt.config.ts').map((f) => f.text).join('\n');
    const used = (key: string) => code.includes(`'${key}'`) || code.includes(`__MSG_${key}__`);
    expect(Object.keys(en).filter((key) => !used(key))).toEqual([]);
  });
});

describe('user-facing text', () => {
  it('is never written straight into a component', () => {
    // Words right after a tag closes (`>Save<`), where JSX text would be; `>=` is a comparison.
    const literal = />(?!=)\s*[A-Za-z][^<>{}=]*</;
    // Or a line of bare words between tags spread over several lines.
    const bareWords = /^\s*(?!(return|const|let|if|else|await|throw|case|typeof|new)\b)[A-Za-z]+( [A-Za-z',.!?]+)+\s*$/;
    const offenders = sourceFiles('components')
      .filter((f) => f.path.endsWith('.tsx'))
      .flatMap((f) => f.text.split('\n').filter((line) => literal.test(line) || bareWords.test(line)).map((line) => `${f.path}: ${line.trim()}`));
    expect(offenders).toEqual([]);
  });

  it('is never put in an aria-label, title or placeholder as a literal', () => {
    const attr = /(aria-label|title|placeholder|alt)="[^"]*[A-Za-z]{2,}[^"]*"/;
    const offenders = sourceFiles('components').filter((f) => attr.test(f.text));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });
});
