import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

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

/** The language Cadence speaks in this browser: its messages', its pages' `lang`, its dates' and its numbers'. */
export function mentorLanguage(): Language {
  return cadenceLanguage(browser.i18n.getUILanguage());
}

const PLACEHOLDERS = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];
const templates = new Map<MessageKey, string>();

/**
 * The text for `key` in the browser's language, with `$1`… filled from
 * `substitutions`. Each message is asked of the browser once, its placeholders
 * left in: the panel's clock asks for the same few every second.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  let template = templates.get(key);
  if (template === undefined) {
    template = browser.i18n.getMessage(key, PLACEHOLDERS) || key;
    templates.set(key, template);
  }
  return substitutions.length === 0
    ? template
    : template.replace(/\$([1-9])/g, (match, n: string) => String(substitutions[Number(n) - 1] ?? match));
}
