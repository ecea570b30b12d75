import type { MessageKey } from '@/utils/shared/i18n';
import type { WriteEndpoint } from '@/utils/core/sync/outbox-item';

/** What each kind of queued change is called where the mentor sees it. */
export const WRITE_NAMES: Record<WriteEndpoint, MessageKey> = {
  scheduleSession: 'optionsWriteSchedule',
  cancelSession: 'optionsWriteCancel',
  submitReport: 'optionsWriteReport',
  rescheduleSession: 'optionsWriteReschedule',
  requestTransfer: 'optionsWriteTransfer',
  flagStudent: 'optionsWriteFlag',
};
