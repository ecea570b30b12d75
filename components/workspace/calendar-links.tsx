import { useLayoutEffect, useMemo } from 'preact/hooks';
import { type CalendarEvent, googleCalendarLink, icsFile, icsFileName } from '@/utils/core/calendar/calendar-event';
import { formatMinutes } from '@/utils/shared/format-duration';
import { t } from '@/utils/shared/i18n';
import type { Session } from '@/utils/core/platform/platform-schemas';
import type { Assignment } from '@/utils/core/review/assignment';

interface Props {
  session: Session;
  studentName: string;
  /** Next week's work, listed in the event. */
  goals: Assignment[];
  language: string;
  /** The mentor's zone: the .ics file is named after the day there. */
  timezone: string;
}

/** The next session for the mentor's own calendar: an .ics file, or Google Calendar's new-event page. */
export function CalendarLinks({ session, studentName, goals, language, timezone }: Props) {
  const goalLines = goals.map((goal) =>
    goal.estimatedMinutes > 0 ? `• ${goal.title} (${formatMinutes(goal.estimatedMinutes, language)})` : `• ${goal.title}`,
  );
  const description = [
    ...(goalLines.length > 0 ? [t('calendarGoals'), ...goalLines, ''] : []),
    ...(session.meetingUrl ? [t('calendarMeetingLink', session.meetingUrl)] : []),
  ].join('\n');
  const event: CalendarEvent = {
    uid: session.id,
    start: session.start,
    minutes: session.plannedMinutes,
    title: t('calendarEventTitle', studentName),
    description: description.trim(),
    location: session.meetingUrl,
  };

  // Made again only when the event changes: each file carries the moment it was made.
  const file = useMemo(
    () => URL.createObjectURL(new Blob([icsFile(event, new Date().toISOString())], { type: 'text/calendar' })),
    [event.uid, event.start, event.minutes, event.title, event.description, event.location],
  );
  // A layout effect is in place as soon as the link is: even a link gone at once frees its file.
  useLayoutEffect(() => () => URL.revokeObjectURL(file), [file]);

  return (
    <ul class="calendar-links">
      <li>
        <a href={file} download={icsFileName(event.title, event.start, timezone)}>
          {t('calendarIcs')}
        </a>
      </li>
      <li>
        <a href={googleCalendarLink(event)} target="_blank" rel="noopener noreferrer">
          {t('calendarGoogle')}
        </a>
      </li>
    </ul>
  );
}
