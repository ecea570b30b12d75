import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, sourceGraph } from './support/import-graph';
import {
  contentScriptBreaches,
  entryWiringProblems,
  importCycles,
  layeringBreaches,
  MESSAGING,
  messagingBreaches,
  SURFACES,
  surfaceShapeProblems,
} from './support/layering';
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
    const bad = files
      .map((f) => basename(f.path))
      .filter((name) => /\.(ts|tsx|js|css|html)$/.test(name))
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
    expect(contentScriptBreaches(contentScript)).toEqual([]);
    // The same walk finds them where they belong.
    expect(importGraph('entrypoints/popup/main.tsx').packages).toContain('dayjs');
    expect(importGraph('entrypoints/background.ts').packages).toEqual(expect.arrayContaining(['zod', 'idb', 'dayjs']));
  });

  it.each([
    ['zod', { files: ['entrypoints/meet.content.ts'], packages: ['preact', 'zod'] }, ['zod']],
    ['idb', { files: ['entrypoints/meet.content.ts'], packages: ['idb'] }, ['idb']],
    ['dayjs', { files: ['entrypoints/meet.content.ts'], packages: ['dayjs'] }, ['dayjs']],
    ['a store', { files: ['utils/background/stores/session-store.ts'], packages: [] }, ['utils/background/stores/session-store.ts']],
    ['the outbox', { files: ['utils/core/sync/outbox-item.ts'], packages: [] }, ['utils/core/sync/outbox-item.ts']],
  ])('refuses a content script whose closure carries %s', (_what, closure, breaches) => {
    expect(contentScriptBreaches(closure)).toEqual(breaches);
  });

  it("reads the browser's language in one place", () => {
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

describe("the layout's layers", () => {
  const graph = sourceGraph('entrypoints', 'components', 'utils');

  it("imports only downward: core only core; shared and the Meet adapter only core; the protocol core and Meet's origin; the background never components; a surface common and the layers below", () => {
    expect(Object.keys(graph).length).toBeGreaterThan(150);
    expect(layeringBreaches(graph)).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  // The checkers over small graphs, each with one deliberate breach: a rule that cannot fail checks nothing.
  const clean = {
    'utils/core/agenda/phases.ts': [],
    'utils/shared/i18n.ts': ['utils/core/agenda/phases.ts'],
    'utils/meet/meet-selectors.ts': [],
    'utils/protocol/trusted-sender.ts': ['utils/meet/meet-selectors.ts', 'utils/core/agenda/phases.ts'],
    'utils/background/message-router.ts': ['utils/protocol/trusted-sender.ts', 'utils/shared/i18n.ts'],
    'components/common/page-error.tsx': ['utils/shared/i18n.ts'],
    'components/report/report-editor.tsx': ['components/common/page-error.tsx', 'utils/protocol/trusted-sender.ts'],
    'components/workspace/session-workspace.tsx': ['components/report/report-editor.tsx'],
    'entrypoints/background.ts': ['utils/background/message-router.ts'],
  };

  it('finds nothing wrong in a graph that keeps the rules', () => {
    expect(layeringBreaches(clean)).toEqual([]);
    expect(importCycles(clean)).toEqual([]);
  });

  it.each([
    ['core imports shared', 'utils/core/agenda/phases.ts', 'utils/shared/i18n.ts'],
    ['shared imports the protocol', 'utils/shared/i18n.ts', 'utils/protocol/trusted-sender.ts'],
    ['the Meet adapter imports shared', 'utils/meet/meet-selectors.ts', 'utils/shared/i18n.ts'],
    ['the protocol imports the background', 'utils/protocol/trusted-sender.ts', 'utils/background/message-router.ts'],
    ['the background imports a component', 'utils/background/message-router.ts', 'components/common/page-error.tsx'],
    ['common imports a surface', 'components/common/page-error.tsx', 'components/report/report-editor.tsx'],
    ['a surface imports another it does not host', 'components/report/report-editor.tsx', 'components/workspace/session-workspace.tsx'],
    ['a surface imports the background', 'components/report/report-editor.tsx', 'utils/background/message-router.ts'],
  ])('refuses a graph where %s', (_rule, from, to) => {
    const breached = { ...clean, [from]: [...clean[from as keyof typeof clean], to] };
    expect(layeringBreaches(breached)).toEqual([`${from} → ${to}`]);
  });

  it('refuses a file outside the layout', () => {
    expect(layeringBreaches({ ...clean, 'utils/helpers.ts': [] })).toEqual(['utils/helpers.ts: outside the layout']);
  });

  it('finds a cycle of types, and a file importing itself', () => {
    const cyclic = {
      ...clean,
      'utils/protocol/page-to-background.ts': ['utils/background/stores/report-store.ts'],
      'utils/background/stores/report-store.ts': ['utils/background/stores/local-records.ts'],
      'utils/background/stores/local-records.ts': ['utils/protocol/page-to-background.ts'],
      'utils/shared/storage-items.ts': ['utils/shared/storage-items.ts'],
    };
    expect(importCycles(cyclic)).toEqual([
      ['utils/background/stores/local-records.ts', 'utils/background/stores/report-store.ts', 'utils/protocol/page-to-background.ts'],
      ['utils/shared/storage-items.ts'],
    ]);
  });
});

describe("the surfaces' models and mounts", () => {
  const graph = sourceGraph('entrypoints', 'components', 'utils');

  it('gives every surface one model.ts (its signals and actions) and one mount.tsx, and no second of either', () => {
    expect(surfaceShapeProblems(Object.keys(graph))).toEqual([]);
  });

  it("lets only a surface's model.ts ask the background, in components/ (type-only imports of sendToBackground included)", () => {
    expect(Object.keys(graph).filter((file) => graph[file]!.includes(MESSAGING)).length).toBeGreaterThan(0);
    expect(messagingBreaches(graph)).toEqual([]);
  });

  it("keeps each page's main.tsx to calling its surface's mount", () => {
    expect(Object.keys(graph).filter((file) => /^entrypoints\/[^/]+\/main\.tsx$/.test(file)).length).toBe(8);
    expect(entryWiringProblems(graph)).toEqual([]);
  });

  // The checkers over small graphs, each with one deliberate breach.
  const surfaces = SURFACES.flatMap((surface) => [`components/${surface}/model.ts`, `components/${surface}/mount.tsx`]);
  const clean = {
    [MESSAGING]: [],
    'components/common/move-session-form.tsx': [],
    'components/popup/model.ts': [MESSAGING],
    'components/popup/next-session-card.tsx': ['components/popup/model.ts', 'components/common/move-session-form.tsx'],
    'components/popup/mount.tsx': ['components/popup/model.ts', 'components/popup/next-session-card.tsx'],
    'entrypoints/popup/main.tsx': ['components/popup/mount.tsx'],
  };

  it('finds nothing wrong where every surface has its model and mount, and only models ask', () => {
    expect(surfaceShapeProblems([...surfaces, ...Object.keys(clean)])).toEqual([]);
    expect(messagingBreaches(clean)).toEqual([]);
    expect(entryWiringProblems(clean)).toEqual([]);
  });

  it.each([
    ['a surface without its model', 'components/popup/model.ts', 'components/popup: no model.ts'],
    ['a surface without its mount', 'components/options/mount.tsx', 'components/options: no mount.tsx'],
  ])('refuses %s', (_rule, missing, problem) => {
    expect(surfaceShapeProblems(surfaces.filter((file) => file !== missing))).toEqual([problem]);
  });

  it.each([
    ['a second model', 'components/workspace/call-preview-model.ts'],
    ['a second mount', 'components/workspace/lobby-mount.tsx'],
  ])('refuses %s in a surface', (what, file) => {
    expect(surfaceShapeProblems([...surfaces, file])).toEqual([`${file}: ${what}`]);
  });

  it.each([
    ['a component', 'components/popup/next-session-card.tsx'],
    ['a mount', 'components/popup/mount.tsx'],
    ['a helper of common/ not listed', 'components/common/move-session-form.tsx'],
  ])('refuses %s importing the messaging module', (_who, file) => {
    const breached = { ...clean, [file]: [...clean[file as keyof typeof clean], MESSAGING] };
    expect(messagingBreaches(breached)).toEqual([`${file} → ${MESSAGING}`]);
  });

  it('lets a helper of common/ import the messaging module only when listed, with why', () => {
    const breached = { ...clean, 'components/common/move-session-form.tsx': [MESSAGING] };
    expect(messagingBreaches(breached, { 'components/common/move-session-form.tsx': 'why' })).toEqual([]);
  });

  it('refuses a page whose main.tsx does more than call its mount', () => {
    const breached = { ...clean, 'entrypoints/popup/main.tsx': ['components/popup/mount.tsx', MESSAGING] };
    expect(entryWiringProblems(breached)).toEqual([`entrypoints/popup/main.tsx → ${MESSAGING}`]);
    expect(entryWiringProblems({ ...clean, 'entrypoints/popup/main.tsx': ['components/popup/toolbar-popup.tsx'] })).toEqual([
      'entrypoints/popup/main.tsx → components/popup/toolbar-popup.tsx',
      'entrypoints/popup/main.tsx: 0 mounts',
    ]);
  });
});
