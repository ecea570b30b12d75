import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { sourceFiles } from './source-files';

const ROOT = resolve('.');

/** What a module brings into a bundle: the project's files it reaches and the packages they load. */
export interface ImportGraph {
  files: string[];
  packages: string[];
}

/**
 * A module's imports, dynamic ones included (a content script is one file).
 * Without `withTypes`, only those that stay in the built code: `import type …`
 * and imports of types alone (`import { type A }`) are erased, so they are left out.
 */
function imports(source: string, withTypes: boolean): string[] {
  const found: string[] = [];
  const statements = /^(?:import|export)\s+(type\s+)?(?:([^'";]*?)\s+from\s+)?'([^']+)';/gm;
  for (const [, typeOnly, clause = '', specifier] of source.matchAll(statements)) {
    if (withTypes) {
      found.push(specifier!);
      continue;
    }
    if (typeOnly) continue;
    const braces = /\{([^}]*)\}/.exec(clause);
    const outside = clause
      .replace(/\{[^}]*\}/, '')
      .replace(/,/g, '')
      .trim();
    const names = braces
      ? braces[1]!
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean)
      : [];
    if (braces && !outside && names.every((name) => name.startsWith('type '))) continue;
    found.push(specifier!);
  }
  for (const [, specifier] of source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) found.push(specifier!);
  return found;
}

function resolveFile(from: string, specifier: string): string | null {
  // `@/` is WXT's alias for the project's root.
  const path = specifier.replace(/\?.*$/, '');
  const base = path.startsWith('@/') ? path.slice(2) : join(dirname(from), path);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((candidate) => existsSync(resolve(ROOT, candidate)) && /\.(ts|tsx)$/.test(candidate)) ?? null;
}

/** Every project file and package a module loads at run time, following the imports from `entry` (a path from the root). */
export function importGraph(entry: string): ImportGraph {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of imports(readFileSync(resolve(ROOT, file), 'utf8'), false)) {
      if (specifier.startsWith('.') || specifier.startsWith('@/')) {
        const target = resolveFile(file, specifier);
        if (target) visit(relative(ROOT, resolve(ROOT, target)));
      } else {
        // `dayjs/plugin/utc.js` is dayjs; `@preact/signals` is itself.
        const parts = specifier.split('/');
        packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
  };
  visit(entry);
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** A project's files and, for each, the project files it imports: `import type` included (a cycle of types is still a cycle). */
export type SourceGraph = Record<string, string[]>;

/** The import graph of every TypeScript file under the given folders, from the root. */
export function sourceGraph(...folders: string[]): SourceGraph {
  const graph: SourceGraph = {};
  for (const { path, text } of sourceFiles(...folders).filter((f) => /\.tsx?$/.test(f.path))) {
    graph[path] = imports(text, true)
      .filter((specifier) => specifier.startsWith('.') || specifier.startsWith('@/'))
      .map((specifier) => resolveFile(path, specifier))
      .filter((target): target is string => target !== null)
      .map((target) => relative(ROOT, resolve(ROOT, target)));
  }
  return graph;
}
