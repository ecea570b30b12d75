/**
 * The little Markdown the privacy page is written in (docs/privacy*.md), read into blocks that the
 * page renders as elements: headings, paragraphs, lists; bold, code and links inside them. Never
 * turned into HTML: no sink, and a text that is not this subset reads as plain words. (A Markdown
 * library would bring an HTML renderer and its sanitiser for two pages Cadence writes itself.)
 */
export type Inline = { kind: 'text' | 'strong' | 'code'; text: string } | { kind: 'link'; text: string; href: string };
export type Block =
  { kind: 'heading'; level: 1 | 2; inlines: Inline[] } | { kind: 'paragraph'; inlines: Inline[] } | { kind: 'list'; items: Inline[][] };

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function readInlines(text: string): Inline[] {
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) inlines.push({ kind: 'text', text: text.slice(last, match.index) });
    const [, strong, code, label, href] = match;
    if (strong !== undefined) inlines.push({ kind: 'strong', text: strong });
    else if (code !== undefined) inlines.push({ kind: 'code', text: code });
    // Only web addresses are links; a link to a file beside this one reads as its words.
    else inlines.push(/^https:\/\//.test(href!) ? { kind: 'link', text: label!, href: href! } : { kind: 'text', text: label! });
    last = match.index + match[0].length;
  }
  if (last < text.length) inlines.push({ kind: 'text', text: text.slice(last) });
  return inlines;
}

export function readMarkdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  // Lines of the block being read; a list's items, each with its continuation lines.
  let paragraph: string[] = [];
  let items: string[][] = [];
  const close = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', inlines: readInlines(paragraph.join(' ')) });
    if (items.length) blocks.push({ kind: 'list', items: items.map((item) => readInlines(item.join(' '))) });
    paragraph = [];
    items = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,2}) (.+)$/.exec(line);
    if (!line) close();
    else if (heading) {
      close();
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2, inlines: readInlines(heading[2]!) });
    } else if (line.startsWith('- ')) {
      if (paragraph.length) close();
      items.push([line.slice(2)]);
    } else if (items.length && /^\s/.test(raw)) items.at(-1)!.push(line);
    else {
      if (items.length) close();
      paragraph.push(line);
    }
  }
  close();
  return blocks;
}
