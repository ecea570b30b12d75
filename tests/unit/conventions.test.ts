import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from './support/import-graph';
import { sourceFiles } from './support/source-files';

/** The project's own rules, checked on every run rather than remembered. */
const code = sourceFiles('entrypoints', 'components', 'utils').filter((f) => /\.(ts|tsx)$/.test(f.path));

describe('project conventions', () => {
  it('has no HTML or code sinks', () => {
    const sinks = /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|new Function\(|\beval\(/;
    expect(code.filter((f) => sinks.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('names files in kebab-case', () => {
    const files = sourceFiles('entrypoints', 'components', 'utils', 'tests/unit', 'tests/e2e');
    const bad = files.map((f) => basename(f.path)).filter((name) => /\.(ts|tsx|js|css|html)$/.test(name))
      .filter((name) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/.test(name));
    expect(bad).toEqual([]);
  });

  it('keeps entrypoints to wiring: no functions of their own', () => {
    const entrypoints = code.filter((f) => f.path.startsWith('entrypoints/'));
    expect(entrypoints.length).toBeGreaterThan(0);
    const withLogic = entrypoints.filter((f) => /\bfunction\b|=>\s*\{|\bclass\b|\bif\s*\(|\bfor\s*\(/.test(f.text));
    expect(withLogic.map((f) => f.path)).toEqual([]);
  });

  it('keeps every Meet selector in the Meet adapter', () => {
    const meetMarkers = /google-symbols|call_end|data-call-ended|data-participant-id|data-meeting-code|data-panel-id|Leave call/;
    const outside = code.filter((f) => f.path !== 'utils/meet/meet-selectors.ts' && meetMarkers.test(f.text));
    expect(outside.map((f) => f.path)).toEqual([]);
  });

  it('keeps zod, dayjs and the data layer out of the content script', () => {
    // Meet's page loads the content script whole, in every call: what it reaches, it carries.
    const contentScript = importGraph('entrypoints/meet.content.ts');
    expect(contentScript.files).toContain('components/call-panel/glance-strip.tsx');
    expect(contentScript.packages.filter((name) => ['zod', 'idb', 'dayjs'].includes(name))).toEqual([]);
    const dataLayer = /^utils\/(background|core\/sync)\/|^utils\/shared\/format-date-time\.ts$/;
    expect(contentScript.files.filter((file) => dataLayer.test(file))).toEqual([]);
    // The same walk finds them where they belong.
    expect(importGraph('entrypoints/popup/main.tsx').packages).toContain('dayjs');
    expect(importGraph('entrypoints/background.ts').packages).toEqual(expect.arrayContaining(['zod', 'idb', 'dayjs']));
  });

  it('reads the browser\'s language in one place', () => {
    const readers = code.filter((f) => /getUILanguage|@@ui_locale/.test(f.text)).map((f) => f.path);
    expect(readers).toEqual(['utils/shared/i18n.ts']);
  });

  it('writes dates and times in one place', () => {
    // Intl reads zones' offsets and names there; dates for the mentor are dayjs's, in format-date-time.
    // (`toLocaleDateString('en-CA')` is YYYY-MM-DD: a day's key, not words.)
    const writers = /new Intl\.DateTimeFormat\(|toLocale(Date|Time)?String\((?!'en-CA'\))|from 'dayjs'/;
    const dateWriters = code.filter((f) => writers.test(f.text));
    // date-values asks Intl whether a zone exists, date-locale in which order a region writes a date; neither writes one.
    expect(dateWriters.map((f) => f.path).sort()).toEqual([
      'utils/core/scheduling/date-values.ts',
      'utils/core/scheduling/next-session.ts',
      'utils/shared/date-locale.ts',
      'utils/shared/format-date-time.ts',
    ]);
  });

  it('reads and writes extension storage only through the storage items', () => {
    const raw = code.filter((f) => /storage\.(local|sync|session)\b/.test(f.text) && f.path !== 'utils/shared/storage-items.ts');
    expect(raw.map((f) => f.path)).toEqual([]);
  });

  it('logs an error only for what no code handled: a failure Cadence recovers from is a warning', () => {
    // The fault suite counts console errors as unhandled errors. Only `logFailure` writes one: for
    // anything left unhandled in the worker, and a request whose handler threw what nobody expected.
    const unhandled = ['utils/background/log-unhandled-errors.ts'];
    const logging = code.filter((f) => /console\.error\(/.test(f.text)).map((f) => f.path);
    expect(logging.sort()).toEqual(unhandled);
  });

  it('puts one component in each component file', () => {
    const many = sourceFiles('components')
      // A surface's mount renders its root into the page: wiring, not a component.
      .filter((f) => f.path.endsWith('.tsx') && !f.path.endsWith('/mount.tsx'))
      .filter((f) => (f.text.match(/^export function [A-Z]/gm) ?? []).length !== 1);
    expect(many.map((f) => f.path)).toEqual([]);
  });

  it('lets every field for words take the direction of what is typed in it (dir="auto", or ltr for addresses)', () => {
    const notWords = /\btype="(radio|checkbox|file|number|date|time|datetime-local|range|color|hidden)"/;
    const missing: string[] = [];
    for (const file of code.filter((f) => f.path.startsWith('components/'))) {
      for (const match of file.text.matchAll(/<(input|textarea)\b/g)) {
        // The tag runs to the first '>' outside braces (attributes hold arrow functions).
        let depth = 0;
        let end = match.index!;
        while (end < file.text.length && !(file.text[end] === '>' && depth === 0)) {
          if (file.text[end] === '{') depth++;
          if (file.text[end] === '}') depth--;
          end++;
        }
        const tag = file.text.slice(match.index, end);
        if (!/\bdir=/.test(tag) && !notWords.test(tag)) missing.push(`${file.path}: ${tag.split('\n')[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
