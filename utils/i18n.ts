import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** A key of the message files; English is the reference every language must match. */
export type MessageKey = keyof typeof messages;

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
