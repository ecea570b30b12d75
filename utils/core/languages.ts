// The languages Cadence speaks and the keys of its messages: facts, no browser needed.
import type messages from '@/public/_locales/en/messages.json';

/** A key of the message files; English is the reference every language must match. */
export type MessageKey = keyof typeof messages;

/** The languages of `public/_locales`; English, the first, is the manifest's `default_locale`. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language Cadence speaks in a browser set to `uiLanguage` (a BCP 47
 * tag), as the browser picks the messages: by the language alone (fr-CA reads
 * French), English when Cadence has no messages in it (de).
 */
export function cadenceLanguage(uiLanguage: string): Language {
  const primary = uiLanguage.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === primary) ?? LANGUAGES[0];
}
