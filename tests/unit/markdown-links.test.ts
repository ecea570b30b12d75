// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every Markdown file of the project, outside what is installed, built or generated. */
const SKIPPED = new Set(['node_modules', '.output', '.wxt', '.git']);
function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIPPED.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** The text outside fenced code blocks, where a link is a link. */
const prose = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, '');

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6} +(.+?) *#* *$/gm)) {
    const text = heading!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count ? `${slug}-${count}` : slug);
  }
  return result;
}

/** The relative links of a file (images included), with their line numbers; web and mail links are left out. */
function relativeLinks(markdown: string): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = [];
  prose(markdown)
    .split('\n')
    .forEach((text, index) => {
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        if (!/^[a-z][a-z0-9+.-]*:/i.test(target!)) links.push({ target: target!, line: index + 1 });
      }
    });
  return links;
}

const root = resolve('.');
const files = markdownFiles(root);

describe('the Markdown links', () => {
  it('are checked in every Markdown file of the project', () => {
    expect(files.map((file) => relative(root, file))).toEqual(
      expect.arrayContaining(['README.md', 'CONTRIBUTING.md', join('docs', 'architecture.md'), join('docs', 'testing.md')]),
    );
  });

  it('lead to files that exist, and to headings that exist in them', () => {
    const broken: string[] = [];
    for (const file of files) {
      const markdown = readFileSync(file, 'utf8');
      for (const { target, line } of relativeLinks(markdown)) {
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const linked = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
        const where = `${relative(root, file)}:${line} → ${target}`;
        if (!existsSync(linked)) broken.push(`${where} (no such file)`);
        else if (anchor && linked.endsWith('.md') && !anchors(readFileSync(linked, 'utf8')).has(decodeURIComponent(anchor))) {
          broken.push(`${where} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('finds a broken link and a missing heading (the check can fail)', () => {
    const markdown = '# Cadence\n\n## The two commands\n\nSee [the commands](#the-two-commands) and [nothing](#nowhere).';
    expect(anchors(markdown)).toEqual(new Set(['cadence', 'the-two-commands']));
    expect(relativeLinks(`${markdown}\n\n[web](https://example.com) [file](docs/none.md)`).map((link) => link.target)).toEqual([
      '#the-two-commands',
      '#nowhere',
      'docs/none.md',
    ]);
    expect(anchors('## Privacy and permissions: what Cadence keeps\n## Firefox: lint and load')).toEqual(
      new Set(['privacy-and-permissions-what-cadence-keeps', 'firefox-lint-and-load']),
    );
  });
});

describe('the README', () => {
  // The mentor's and newcomer's guide (#18): the architecture, the tests and the contributing notes live in docs/.
  it('stays a guide, under 20 KB', () => {
    expect(readFileSync(join(root, 'README.md')).byteLength).toBeLessThan(20 * 1024);
  });
});
