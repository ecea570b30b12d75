import type { MessageKey } from '@/utils/shared/i18n';
import { t } from '@/utils/shared/i18n';
import type { MonthLine, MonthStatus } from '@/utils/core/month/month-statement';
import type { PlatformView } from '@/utils/core/month/platform-difference';
import { formatDateTime } from '@/utils/shared/format-date-time';

// How the month names a status, on the page and in its CSV: the same words as the options page's sessions.
const STATUS_NAMES: Record<MonthStatus, MessageKey> = {
  completed: 'optionsSessionCompleted',
  'student-absent': 'optionsSessionStudentAbsent',
  'late-canceled': 'optionsSessionLateCanceled',
  canceled: 'optionsSessionCanceled',
  moved: 'monthStatusMoved',
  'to-settle': 'monthStatusToSettle',
  planned: 'optionsSessionPending',
};

export const statusName = (status: MonthStatus) => t(STATUS_NAMES[status]);

/** A line's status, with who canceled a canceled one: a mentor's own cancellation reads apart from a planned absence. */
export function lineStatus(line: MonthLine): string {
  if (line.canceledBy === 'mentor') return t('monthCanceledByYou');
  if (line.canceledBy === 'student') return t('monthCanceledByStudent');
  return statusName(line.status);
}

/** What the platform says of a session, where it differs. */
export function platformName(view: PlatformView): string {
  switch (view) {
    case 'not-on-platform':
      return t('monthPlatformMissing');
    case 'pending':
      return t('monthPlatformNoStatus');
    case 'completed':
      return statusName('completed');
    case 'student_absent':
      return statusName('student-absent');
    case 'late_canceled':
      return statusName('late-canceled');
    case 'canceled':
      return statusName('canceled');
  }
}

/** What a line says besides its status: where a moved session went, a status left unsettled past its day. */
export function lineNote(line: MonthLine, place: { language: string; timezone: string }): string {
  if (line.movedTo) return t('monthMovedTo', formatDateTime(line.movedTo, 'date-time', place));
  if (line.status === 'to-settle') return line.overdue ? t('monthOverdue') : t('monthSettleToday');
  return '';
}
