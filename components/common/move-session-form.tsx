import { useEffect, useId, useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { type MessageKey, t } from '@/utils/shared/i18n';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import { sessionInputSchema } from '@/utils/protocol/page-to-background';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { findClashes, parseInstant, typedInstant, wallClockInZone, zonesDiffer } from '@/utils/core/scheduling/next-session';
import { PageError } from './page-error';
import { TextField } from './text-field';
import { MAX_PLANNED_MINUTES, MIN_PLANNED_MINUTES } from '@/utils/core/rules/limits';

interface Props {
  /** A pending session. */
  session: Session;
  studentName: string;
  studentTimezone: string;
  language: string;
  /** The mentor's zone: the date and time typed are read in it. */
  timezone: string;
  /** Editing (the options page): the link can change too, and the words say "edit". */
  edit?: boolean;
  /** Saved: the session as it is now. */
  onMoved: (session: Session) => void;
  /** The mentor stepped back: nothing was sent. */
  onCancel: () => void;
  /** How the page asks the background (its model's, when it has one). */
  send?: typeof sendToBackground;
  /** The clock: a session moves only to a time still to come. */
  now?: () => number;
}

/**
 * Moving a session to a time agreed with the student: a new date, time and
 * length (and link, when editing), with the student's own time and any clash
 * with the mentor's other sessions said before saving. No verdict: nobody
 * cancelled, nothing is billed or lost.
 */
export function MoveSessionForm({
  session,
  studentName,
  studentTimezone,
  language,
  timezone,
  edit = false,
  onMoved,
  onCancel,
  send = sendToBackground,
  now = Date.now,
}: Props) {
  const id = useId();
  const field = (name: string) => `${id}-${name}`;
  const [draft, setDraft] = useState(() => ({
    ...wallClockInZone(session.start, timezone),
    minutes: String(session.plannedMinutes),
    link: session.meetingUrl ?? '',
  }));
  const [others, setOthers] = useState<Session[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => {
    document.getElementById(field('date'))?.focus();
    // The mentor's other sessions, for the clash check; without them the form still works.
    void send({ type: 'records/list' }).then((reply) => reply.ok && setOthers(reply.value.sessions));
  }, []);

  const instant = typedInstant(draft.date, draft.time, timezone);
  const minutes = Number(draft.minutes);
  const minutesOk = draft.minutes.trim() !== '' && sessionInputSchema.shape.plannedMinutes.safeParse(minutes).success;
  const errors: Record<'date' | 'time' | 'minutes' | 'link', string | null> = {
    date: !/^\d{4}-\d{2}-\d{2}$/.test(draft.date)
      ? t('cancelDateInvalid')
      : instant && parseInstant(instant) <= now()
        ? t('cancelNewInPast')
        : null,
    time: /^\d{2}:\d{2}$/.test(draft.time) ? null : t('cancelTimeInvalid'),
    minutes: minutesOk ? null : t('cancelMinutesInvalid', MIN_PLANNED_MINUTES, MAX_PLANNED_MINUTES),
    link: !edit || sessionInputSchema.shape.meetingUrl.safeParse(draft.link.trim()).success ? null : t('optionsLinkInvalid'),
  };
  const shown = (name: keyof typeof errors) => (attempted ? errors[name] : null);
  const clashes = instant && minutesOk ? findClashes({ id: session.id, start: instant, plannedMinutes: minutes }, others) : [];
  const theirTime =
    instant && zonesDiffer(instant, timezone, studentTimezone)
      ? t(
          'cancelStudentTime',
          formatDateTime(instant, 'weekday-time', { language, timezone: studentTimezone }),
          studentName,
          studentTimezone,
        )
      : '';
  const when = formatDateTime(session.start, 'date-time', { language, timezone });
  const words: Record<'heading' | 'submit', MessageKey> = edit
    ? { heading: 'editSessionHeading', submit: 'editSessionSubmit' }
    : { heading: 'moveSessionHeading', submit: 'moveSessionSubmit' };

  const submit = async (event: Event) => {
    event.preventDefault();
    setAttempted(true);
    const first = (Object.keys(errors) as (keyof typeof errors)[]).find((name) => errors[name]);
    if (first || !instant) return document.getElementById(field(first ?? 'date'))?.focus();
    setBusy(true);
    setError(null);
    const reply = await send({
      type: 'sessions/move',
      sessionId: session.id,
      start: instant,
      plannedMinutes: minutes,
      ...(edit ? { meetingUrl: draft.link.trim() } : {}),
    });
    setBusy(false);
    if (!reply.ok) return setError(reply.error.code);
    onMoved(reply.value);
  };

  return (
    <form class="move-session" noValidate aria-labelledby={field('heading')} onSubmit={submit}>
      <h3 id={field('heading')}>{t(words.heading, when)}</h3>
      <p class="hint">{t('moveSessionIntro', studentName)}</p>
      <TextField
        id={field('date')}
        label={t('cancelNewDate')}
        value={draft.date}
        onValue={(date) => setDraft((current) => ({ ...current, date }))}
        error={shown('date')}
        type="date"
      />
      <TextField
        id={field('time')}
        label={t('cancelNewTime')}
        value={draft.time}
        onValue={(time) => setDraft((current) => ({ ...current, time }))}
        error={shown('time')}
        hint={t('cancelZoneHint', timezone)}
        type="time"
      />
      <TextField
        id={field('minutes')}
        label={t('cancelNewMinutes')}
        value={draft.minutes}
        onValue={(minutes) => setDraft((current) => ({ ...current, minutes }))}
        error={shown('minutes')}
        type="number"
        inputMode="numeric"
        min={MIN_PLANNED_MINUTES}
        max={MAX_PLANNED_MINUTES}
      />
      {edit && (
        <TextField
          id={field('link')}
          label={t('optionsMeetingLink')}
          value={draft.link}
          onValue={(link) => setDraft((current) => ({ ...current, link }))}
          error={shown('link')}
          hint={t('optionsOptional')}
          type="url"
          inputMode="url"
          maxLength={2048}
          class="wide"
        />
      )}
      <div aria-live="polite">
        {theirTime && <p class="hint">{theirTime}</p>}
        {clashes.length > 0 && (
          <ul class="move-session-clashes">
            {clashes.map((other) => {
              const at = formatDateTime(other.start, 'date-time', { language, timezone });
              return (
                <li key={other.id}>
                  {other.studentId === session.studentId ? t('nextSessionClashStudent', studentName, at) : t('nextSessionClashOther', at)}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <PageError code={error} />
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t(words.submit)}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('moveSessionKeep')}
        </button>
      </div>
    </form>
  );
}
