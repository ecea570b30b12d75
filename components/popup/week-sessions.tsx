import { t } from '@/utils/shared/i18n';
import type { SessionLine } from '@/utils/core/overview/week-overview';

interface Props {
  lines: SessionLine[];
  /** A session's start as the popup words it. */
  when: (start: string) => string;
}

/** The week's other sessions, one line each. */
export function WeekSessions({ lines, when }: Props) {
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="popup-week-heading">
      <h2 id="popup-week-heading">{t('popupWeekHeading')}</h2>
      <ul class="popup-lines">
        {lines.map(({ session, studentName }) => (
          <li key={session.id}>
            <time dateTime={session.start}>{when(session.start)}</time>
            {' · '}
            <bdi>{studentName}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}
