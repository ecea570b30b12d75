import type { MessageKey } from './i18n';

/**
 * Each release's note of what changed, said once in the options page after an update: a short
 * summary of its CHANGELOG.md entry, in every language of the catalogue. A fix-only release may
 * have none. tests/unit/update-notes.test.ts keeps this table in step with the changelog.
 */
export const UPDATE_NOTES: Readonly<Record<string, MessageKey>> = {
  '0.2.0': 'updateNote_0_2_0',
};

/** The note for `version` in the mentor's language, or null when that release has none. */
export function updateNoteText(version: string, translate: (key: MessageKey) => string): string | null {
  const key = UPDATE_NOTES[version];
  return key ? translate(key) : null;
}
