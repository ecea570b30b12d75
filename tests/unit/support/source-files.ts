import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve('.');

/** Every file under the given folders (or the given files) of the repository, with its text. */
export function sourceFiles(...paths: string[]): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push({ path: relative(ROOT, full), text: readFileSync(full, 'utf8') });
    }
  };
  for (const path of paths) {
    const full = resolve(ROOT, path);
    if (statSync(full).isDirectory()) walk(full);
    else files.push({ path, text: readFileSync(full, 'utf8') });
  }
  return files;
}
