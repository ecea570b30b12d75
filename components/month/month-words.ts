import type { MessageKey } from '@/utils/shared/i18n';
import { t } from '@/utils/shared/i18n';
import type { MonthLine, MonthStatus } from '@/utils/core/month/month-statement';
import type { PlatformView } from '@/utils/core/month/platform-difference';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { STATUS_NAMES } from '@/components/common/status-names';

// How the month names a status, on the page and in its CSV: a session's status names, and the month's own two.
const MONTH_STATUS_NAMES: Record<MonthStatus, MessageKey> = {
  completed: STATUS_NAMES.completed,
  'student-absent': STATUS_NAMES.student_absent,
  'late-canceled': STATUS_NAMES.late_canceled,
  canceled: STATUS_NAMES.canceled,
  moved: 'monthStatusMoved',
  'to-settle': 'monthStatusToSettle',
  planned: STATUS_NAMES.pending,
};

export const statusName = (status: MonthStatus) => t(MONTH_STATUS_NAMES[status]);

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
    default:
      return t(STATUS_NAMES[view]);
  }
}

/** What a line says besides its status: where a moved session went, a status left unsettled past its day. */
export function lineNote(line: MonthLine, place: { language: string; timezone: string }): string {
  if (line.movedTo) return t('monthMovedTo', formatDateTime(line.movedTo, 'date-time', place));
  if (line.status === 'to-settle') return line.overdue ? t('monthOverdue') : t('monthSettleToday');
  return '';
}
