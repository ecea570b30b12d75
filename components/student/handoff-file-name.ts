import { t } from '@/utils/shared/i18n';

/** The file a handoff is saved to, named in the mentor's language: `handoff-<name>.md`, the name kept to letters, digits and dashes. */
export function handoffFileName(name: string): string {
  const slug = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug ? t('handoffFileName', slug) : t('handoffFileNameNoName');
}
