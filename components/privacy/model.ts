import type { Language } from '@/utils/shared/i18n';
import { readMarkdownBlocks } from '@/components/common/markdown-blocks';
import en from '@/docs/privacy.md?raw';
import fr from '@/docs/privacy.fr.md?raw';

/**
 * What the privacy page shows: docs/privacy.md and its French, as the README links them, shipped
 * with the extension so the mentor reads what the installed version does, offline. The page asks
 * nothing of the background.
 */
export const PRIVACY_TEXTS: Record<Language, string> = { en, fr };

/** The page's title: the text's own first heading. */
export function privacyTitle(markdown: string): string {
  const heading = readMarkdownBlocks(markdown).find((block) => block.kind === 'heading');
  return heading?.kind === 'heading' ? heading.inlines.map((inline) => inline.text).join('') : '';
}
