import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { type MessageKey, t } from '@/utils/shared/i18n';
import { type PageRequestInput, sessionInputSchema } from '@/utils/protocol/page-to-background';
import type { Reply } from '@/utils/protocol/ui-to-background';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { findClashes, parseInstant, typedInstant, wallClockInZone, zonesDiffer } from '@/utils/core/scheduling/next-session';
import { PageError } from './page-error';
import { TextField } from './text-field';
import { useForm } from './use-form';
import { LINK_MAX, MAX_PLANNED_MINUTES, MIN_PLANNED_MINUTES } from '@/utils/core/rules/limits';

/** A session's new date, length and (when editing) link, as the background takes them. */
export type MoveChange = PageRequestInput<'sessions/move'>;

/** What the form asks the background, through the model of the page that shows it. */
export interface SessionMoving {
  /** The mentor's sessions, for the clash check. */
  readRecords(): Promise<Reply<{ sessions: Session[] }>>;
  moveSession(change: MoveChange): Promise<Reply<Session>>;
}

interface Props {
  model: SessionMoving;
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
  model,
  session,
  studentName,
  studentTimezone,
  language,
  timezone,
  edit = false,
  onMoved,
  onCancel,
  now = Date.now,
}: Props) {
  const form = useForm(
    () => {
      const { date, time } = wallClockInZone(session.start, timezone);
      return { date, time, minutes: String(session.plannedMinutes), link: session.meetingUrl ?? '' };
    },
    { focus: 'date' },
  );
  const { draft, fieldId: field } = form;
  const [others, setOthers] = useState<Session[]>([]);
  useEffect(() => {
    // The mentor's other sessions, for the clash check; without them the form still works.
    void model.readRecords().then((reply) => reply.ok && setOthers(reply.value.sessions));
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
  const shown = (name: keyof typeof errors) => form.shown(errors, name);
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

  const submit = (event: Event) =>
    form.submit(event, {
      errors,
      order: ['date', 'time', 'minutes', 'link'],
      save: async () => {
        // A time the clocks skip (a change of hour) is no instant: the date is where to look again.
        if (!instant) return document.getElementById(field('date'))?.focus();
        const change = { sessionId: session.id, start: instant, plannedMinutes: minutes };
        form.settle(await model.moveSession(edit ? { ...change, meetingUrl: draft.link.trim() } : change), onMoved);
      },
    });

  return (
    <form class="move-session" noValidate aria-labelledby={field('heading')} onSubmit={submit}>
      <h3 id={field('heading')}>{t(words.heading, when)}</h3>
      <p class="hint">{t('moveSessionIntro', studentName)}</p>
      <TextField
        id={field('date')}
        label={t('cancelNewDate')}
        value={draft.date}
        onValue={form.edit('date')}
        error={shown('date')}
        type="date"
      />
      <TextField
        id={field('time')}
        label={t('cancelNewTime')}
        value={draft.time}
        onValue={form.edit('time')}
        error={shown('time')}
        hint={t('cancelZoneHint', timezone)}
        type="time"
      />
      <TextField
        id={field('minutes')}
        label={t('cancelNewMinutes')}
        value={draft.minutes}
        onValue={form.edit('minutes')}
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
          onValue={form.edit('link')}
          error={shown('link')}
          hint={t('optionsOptional')}
          type="url"
          inputMode="url"
          maxLength={LINK_MAX}
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
      <PageError code={form.error} />
      <div class="actions">
        <button type="submit" disabled={form.busy}>
          {t(words.submit)}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('moveSessionKeep')}
        </button>
      </div>
    </form>
  );
}
