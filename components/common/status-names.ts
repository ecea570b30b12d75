import type { MessageKey } from '@/utils/shared/i18n';
import type { SessionStatus } from '@/utils/core/platform/platform-schemas';

/** A session's status as the mentor reads it, wherever sessions are listed (the month's statement among them). */
export const STATUS_NAMES: Record<SessionStatus, MessageKey> = {
  pending: 'optionsSessionPending',
  completed: 'optionsSessionCompleted',
  canceled: 'optionsSessionCanceled',
  late_canceled: 'optionsSessionLateCanceled',
  student_absent: 'optionsSessionStudentAbsent',
};
