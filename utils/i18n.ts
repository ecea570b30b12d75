import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** A key of the message files; English is the reference every language must match. */
export type MessageKey = keyof typeof messages;

const PLACEHOLDERS = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];
const templates = new Map<MessageKey, string>();
let language: string | undefined;

/**
 * The text for `key` in the browser's language, with `$1`… filled from
 * `substitutions`. Each message is asked of the browser once, its placeholders
 * left in: the panel's clock asks for the same few every second.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  let template = templates.get(key);
  if (template === undefined) {
    template = readTemplate(key);
    if (template === undefined) return key;
    templates.set(key, template);
  }
  return substitutions.length === 0
    ? template
    : template.replace(/\$([1-9])/g, (match, n: string) => String(substitutions[Number(n) - 1] ?? match));
}

/**
 * Asks for messages now, while the browser still answers: a content script
 * outlives its extension (reloaded or updated), and then the browser throws
 * on every question.
 */
export function keepMessages(keys: readonly MessageKey[]): void {
  for (const key of keys) t(key);
}

/** The browser's language, asked once (for the same reason as `keepMessages`). */
export function uiLanguage(): string {
  language ??= browser.i18n.getUILanguage();
  return language;
}

function readTemplate(key: MessageKey): string | undefined {
  try {
    return browser.i18n.getMessage(key, PLACEHOLDERS) || key;
  } catch {
    // The extension is gone: the key stands in rather than an error in a frozen panel.
    return undefined;
  }
}
