import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInlines, readMarkdownBlocks } from '@/components/common/markdown-blocks';

describe('the privacy page’s Markdown', () => {
  it('reads headings, paragraphs over several lines, and lists whose items go on over indented lines', () => {
    const blocks = readMarkdownBlocks('# Title\n\nOne line\nand the next.\n\n## Part\n\n- first item\n  goes on\n- second\n\nAfter.\n');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, inlines: [{ kind: 'text', text: 'Title' }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'One line and the next.' }] },
      { kind: 'heading', level: 2, inlines: [{ kind: 'text', text: 'Part' }] },
      { kind: 'list', items: [[{ kind: 'text', text: 'first item goes on' }], [{ kind: 'text', text: 'second' }]] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'After.' }] },
    ]);
  });

  it('reads bold, code and web links; a link to a file and any markup stay words', () => {
    expect(readInlines('**No audio**, `meet.google.com`, [site](https://example.org) and [fr](privacy.fr.md) <img onerror=x>')).toEqual([
      { kind: 'strong', text: 'No audio' },
      { kind: 'text', text: ', ' },
      { kind: 'code', text: 'meet.google.com' },
      { kind: 'text', text: ', ' },
      { kind: 'link', text: 'site', href: 'https://example.org' },
      { kind: 'text', text: ' and ' },
      { kind: 'text', text: 'fr' },
      { kind: 'text', text: ' <img onerror=x>' },
    ]);
    expect(readInlines('[x](javascript:alert(1))')).toEqual([
      { kind: 'text', text: 'x' },
      { kind: 'text', text: ')' },
    ]);
  });

  it('reads both privacy pages whole, with the same sections', () => {
    const outline = (file: string) => readMarkdownBlocks(readFileSync(file, 'utf8')).map((block) => block.kind);
    const en = outline('docs/privacy.md');
    expect(en.filter((kind) => kind === 'heading').length).toBeGreaterThanOrEqual(6);
    expect(outline('docs/privacy.fr.md')).toEqual(en);
  });
});
