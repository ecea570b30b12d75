import type { Language, MessageKey } from '@/utils/shared/i18n';

/**
 * The messages the in-call panel carries in its own script, in every language, instead of asking
 * the browser. The browser's first answer in a tab is synchronous and sends the whole catalogue
 * (10–30 ms measured), which would come before the panel's first frame. The rest is asked for once
 * the first frame is on screen.
 *
 * They are read from `public/_locales` at build time (`builtInPanelMessages` in wxt.config.ts):
 * the message files stay the one place every text is written.
 */
export const BUILT_IN_PANEL_MESSAGES = [
  // The first frame, before the background has answered: the panel, or its strip when folded.
  'panelLabel',
  'panelTitle',
  'panelCollapse',
  'panelExpand',
  'openBesideCall',
  'panelWidth',
  'callStateLooking',
  'startHintLooking',
] as const satisfies readonly MessageKey[];

/**
 * The notice of a panel whose extension was reloaded or updated under it: asked of the browser as
 * soon as the first frame is on screen (with the catalogue, `fetchCatalogue`), and kept, since a
 * frozen panel cannot ask. Not carried in every language: that was 0.6 KB of the content script's
 * 20 KB gzip. A panel frozen before its first frame, which it never showed, would show their keys.
 */
export const FROZEN_NOTICE_MESSAGES = [
  'frozenTitle',
  'frozenSaved',
  'frozenReload',
  'frozenClock',
  'frozenOpenTab',
] as const satisfies readonly MessageKey[];

export type BuiltInMessages = Record<Language, Partial<Record<MessageKey, string>>>;

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * `keys` out of one language's message file, as the browser answers `getMessage(key, ['$1', …, '$9'])`:
 * named placeholders replaced by their content, `$$` by a dollar sign, `$1`… left for `t` to fill.
 */
export function pickMessages(catalogue: Record<string, CatalogueEntry>, keys: readonly MessageKey[]): Partial<Record<MessageKey, string>> {
  return Object.fromEntries(
    keys.map((key) => {
      const entry = catalogue[key];
      if (!entry) throw new Error(`no message "${key}" in the message file`);
      const text = entry.message
        .replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
        .replace(/\$\$/g, '$');
      return [key, text];
    }),
  );
}
