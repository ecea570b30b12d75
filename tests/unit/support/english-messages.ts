import english from '@/public/_locales/en/messages.json';
import french from '@/public/_locales/fr/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** `i18n.getMessage` over one language's file, placeholders and all, as the browser does it. */
export function messagesIn(language: 'en' | 'fr'): (key: string, substitutions?: string | string[]) => string {
  const messages = (language === 'en' ? english : french) as Record<string, Entry>;
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return entry.message
      .replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
      .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

/** `i18n.getMessage` over the English file, which every test starts from. */
export const englishMessage = messagesIn('en');
