import { formatDateTime } from '@/utils/shared/format-date-time';
import { t } from '@/utils/shared/i18n';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { STATUS_NAMES } from './status-names';

interface Props {
  previous: Session | null;
  /** How it went, as its report says (the part the student reads). */
  summary: string | null;
  studentName: string;
  language: string;
  timezone: string;
}

/** Where last week left off: the session before this one, and its report's summary. */
export function LastSession({ previous, summary, studentName, language, timezone }: Props) {
  return (
    <>
      <h3>{t('studentLastHeading')}</h3>
      {previous ? (
        <p>{`${formatDateTime(previous.start, 'date-time', { language, timezone })} · ${t(STATUS_NAMES[previous.status])}`}</p>
      ) : (
        <p class="hint" dir="auto">
          {t('studentNoPrevious', studentName)}
        </p>
      )}
      {summary && (
        <blockquote class="previous-summary" dir="auto">
          {summary}
        </blockquote>
      )}
    </>
  );
}
