/**
 * One line of the mentor's text, shown as typed: every character Markdown
 * would read as formatting is escaped, and so is what would start a list, a
 * heading or a code block at the start of a line.
 */
export function escapeMarkdownLine(line: string): string {
  return line
    .trimStart()
    .replace(/[\\`*_[\]<>#|~&]/g, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Paragraphs kept, and the line breaks inside them (two trailing spaces make a break). */
export const escapeMarkdownText = (text: string) =>
  text
    .split(/\r?\n/)
    .map(escapeMarkdownLine)
    .join('  \n')
    .replace(/(?: {2}\n){2,}/g, '\n\n');

/** A link's address that cannot close the link early. */
export const escapeMarkdownUrl = (url: string) =>
  url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
