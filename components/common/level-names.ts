import type { MessageKey } from '@/utils/shared/i18n';

/** The rubric's words for each level. */
export const LEVEL_NAMES: Record<number, MessageKey> = {
  1: 'reportLevel1',
  2: 'reportLevel2',
  3: 'reportLevel3',
  4: 'reportLevel4',
};
