import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** A key of the message files; English is the reference every language must match. */
export type MessageKey = keyof typeof messages;

/** The text for `key` in the browser's language, with `$1`… filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}
