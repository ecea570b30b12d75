import { browser } from 'wxt/browser';
import { cadenceLanguage, LANGUAGES, type Language, type MessageKey } from '@/utils/core/languages';

export { cadenceLanguage, LANGUAGES, type Language, type MessageKey };

let lastLocale: string | undefined;

/**
 * The browser's language tag, region included (en-GB, fr-CA): the dates follow the region.
 * A content script outlives its extension (reloaded or updated), and then the browser throws on every
 * question: the last answer stands.
 */
export function mentorLocale(): string {
  try {
    lastLocale = browser.i18n.getUILanguage();
  } catch {
    // The extension is gone: keep speaking as before.
  }
  return lastLocale ?? LANGUAGES[0];
}

/** The language Cadence speaks in this browser: its messages', its pages' `lang` and its numbers'. */
export function mentorLanguage(): Language {
  return cadenceLanguage(mentorLocale());
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
    template = readTemplate(key);
    if (template === undefined) return key;
    templates.set(key, template);
  }
  return substitutions.length === 0
    ? template
    : template.replace(/\$([1-9])/g, (match, n: string) => String(substitutions[Number(n) - 1] ?? match));
}

/**
 * Messages the caller brings with it (the in-call panel's, see `BUILT_IN_PANEL_MESSAGES`): `t`
 * answers them without asking the browser, even once the extension is gone.
 */
export function provideMessages(messages: Partial<Record<MessageKey, string>>): void {
  for (const [key, template] of Object.entries(messages)) templates.set(key as MessageKey, template);
}

/**
 * Asks the browser for a message now, so that its first answer in this tab, which is synchronous
 * and carries the whole catalogue, comes while the caller waits for something else rather than
 * in the middle of a later redraw; and for `keep`, whose texts `t` then answers even once the
 * extension is gone (a frozen panel's notice).
 */
export function fetchCatalogue(keep: readonly MessageKey[] = []): void {
  t('extName');
  for (const key of keep) t(key);
}

function readTemplate(key: MessageKey): string | undefined {
  try {
    return browser.i18n.getMessage(key, PLACEHOLDERS) || key;
  } catch {
    // The extension is gone: the key stands in rather than an error in a frozen panel.
    return undefined;
  }
}
