import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { type MessageKey, t } from '@/utils/shared/i18n';
import type { Session } from '@/utils/core/platform/platform-schemas';
import {
  defaultNextStart,
  findClashes,
  instantFromWallClock,
  parseInstant,
  wallClockInZone,
  zonesDiffer,
} from '@/utils/core/scheduling/next-session';
import type { WorkspaceModel } from './model';
import { CalendarLinks } from './calendar-links';
import { TextField } from '@/components/common/text-field';
import { useForm } from '@/components/common/use-form';
import type { WorkspaceView } from '@/utils/protocol/reply-views';
import { MAX_PLANNED_MINUTES, MIN_PLANNED_MINUTES } from '@/utils/core/rules/limits';

type Draft = Record<'date' | 'time' | 'minutes', string>;

/** The next session as it stands, or a week after this one at the same wall-clock time. */
function draftFor(view: WorkspaceView, session: Session, timezone: string): Draft {
  const start = view.nextSession?.start ?? defaultNextStart(session.start, timezone);
  const { date, time } = wallClockInZone(start, timezone);
  return { date, time, minutes: String(view.nextSession?.plannedMinutes ?? session.plannedMinutes) };
}

/** The day and time of next week's call, in the mentor's zone, with the student's beside it. */
export function NextSessionPicker({ model }: { model: WorkspaceModel }) {
  const view = model.view.value;
  const session = view?.session ?? null;
  const student = view?.student ?? null;
  const { language, timezone } = model;
  const [editing, setEditing] = useState(false);
  const form = useForm<Draft>(() => (view && session ? draftFor(view, session, timezone) : { date: '', time: '', minutes: '' }));
  const { id, draft, setDraft, setAttempted } = form;
  /** The draft starts from a session once there is one: until then, nothing to show. */
  const drafted = useRef(!!(view && session));
  const [notice, setNotice] = useState<string | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const refocusChange = useRef(false);

  // Linked to another session meanwhile: start again from that one. Not on the first render, which
  // already started from it: the effect runs a frame later, and would undo what was typed in between.
  const draftSession = useRef(session?.id);
  useEffect(() => {
    if (draftSession.current === session?.id) return;
    draftSession.current = session?.id;
    if (view && session) {
      drafted.current = true;
      setDraft(draftFor(view, session, timezone));
    }
  }, [session?.id]);
  useEffect(() => {
    if (refocusChange.current && changeButton.current) {
      refocusChange.current = false;
      changeButton.current.focus();
    }
  });

  if (!view || !session || !student || !drafted.current) return null;
  const next = view.nextSession;
  const showForm = !next || (editing && view.nextSessionMovable);
  const when = (instant: string) => formatDateTime(instant, 'full', model);
  const studentTime = (instant: string) => {
    if (!zonesDiffer(instant, timezone, student.timezone)) return null;
    const theirs = formatDateTime(instant, 'weekday-time', { language, timezone: student.timezone });
    return t('nextSessionStudentTime', theirs, student.name, student.timezone);
  };

  // What the fields say, checked as the background will.
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(draft.date);
  const timeOk = /^\d{2}:\d{2}$/.test(draft.time);
  let start: string | null = null;
  if (dateOk && timeOk) {
    try {
      start = instantFromWallClock(draft.date, draft.time, timezone);
    } catch {
      start = null;
    }
  }
  const minutes = Number(draft.minutes);
  const minutesOk =
    draft.minutes.trim() !== '' && Number.isInteger(minutes) && minutes >= MIN_PLANNED_MINUTES && minutes <= MAX_PLANNED_MINUTES;
  const thisEnds = parseInstant(session.start) + session.plannedMinutes * 60_000;
  let dateError: MessageKey | null = null;
  if (!dateOk || (timeOk && !start)) dateError = 'nextSessionDateInvalid';
  else if (start && parseInstant(start) < thisEnds) dateError = 'nextSessionTooEarly';
  const errors = {
    date: dateError ? t(dateError) : null,
    time: timeOk ? null : t('nextSessionTimeInvalid'),
    minutes: minutesOk ? null : t('optionsInvalidLength', MIN_PLANNED_MINUTES, MAX_PLANNED_MINUTES),
  };
  const shown = (field: keyof typeof errors) => form.shown(errors, field);

  // This session and the one being moved are not clashes: the new date replaces the latter.
  const others = view.upcoming.filter((other) => other.id !== session.id && other.id !== next?.id);
  const clashes = start && minutesOk ? findClashes({ start, plannedMinutes: minutes }, others) : [];
  const clashText = (other: Session) => {
    const at = formatDateTime(other.start, 'time', model);
    return other.studentId === student.id ? t('nextSessionClashStudent', student.name, at) : t('nextSessionClashOther', at);
  };
  const { edit, fieldId: field } = form;

  const nextStudentTime = next && studentTime(next.start);
  const draftStudentTime = start && studentTime(start);

  // The form keeps the draft and when to show its errors; what is busy and what the background refused are the model's.
  const submit = (event: Event) => {
    setNotice(null);
    return form.submit(event, {
      errors,
      order: ['date', 'time', 'minutes'],
      save: async () => {
        if (!start) return document.getElementById(field('date'))?.focus();
        if (!(await model.fixNextSession(start, minutes))) return;
        setNotice(t('nextSessionFixed', when(start)));
        setAttempted(false);
        setEditing(false);
        refocusChange.current = true;
      },
    });
  };

  return (
    <section class="next-session" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('nextSessionHeading')}</h2>
      {next && !showForm && (
        <>
          <p class="next-session-when">{t('nextSessionWhen', when(next.start), next.plannedMinutes)}</p>
          {nextStudentTime && <p class="hint">{nextStudentTime}</p>}
          {view.nextSessionMovable ? (
            <button
              type="button"
              class="secondary"
              ref={changeButton}
              onClick={() => {
                setNotice(null);
                setDraft(draftFor(view, session, timezone));
                setEditing(true);
              }}
            >
              {t('nextSessionChange')}
            </button>
          ) : (
            <p class="hint">{t('nextSessionSent')}</p>
          )}
          <CalendarLinks session={next} studentName={student.name} goals={view.goals} language={language} timezone={timezone} />
        </>
      )}
      {showForm && (
        <form class="next-session-form" noValidate onSubmit={submit}>
          {!next && <p class="hint">{t('nextSessionIntro')}</p>}
          <TextField
            id={field('date')}
            label={t('nextSessionDate')}
            value={draft.date}
            onValue={edit('date')}
            error={shown('date')}
            type="date"
          />
          <TextField
            id={field('time')}
            label={t('nextSessionTime')}
            value={draft.time}
            onValue={edit('time')}
            error={shown('time')}
            hint={t('nextSessionZoneHint', timezone)}
            type="time"
          />
          <TextField
            id={field('minutes')}
            label={t('nextSessionMinutes')}
            value={draft.minutes}
            onValue={edit('minutes')}
            error={shown('minutes')}
            type="number"
            inputMode="numeric"
            min={MIN_PLANNED_MINUTES}
            max={MAX_PLANNED_MINUTES}
          />
          <div class="next-session-feedback" aria-live="polite">
            {draftStudentTime && <p class="hint">{draftStudentTime}</p>}
            {clashes.length > 0 && (
              <div class="next-session-clashes">
                <ul>
                  {clashes.map((other) => (
                    <li key={other.id}>{clashText(other)}</li>
                  ))}
                </ul>
                <p class="hint">{t('nextSessionClashHint')}</p>
              </div>
            )}
          </div>
          <div class="actions">
            <button type="submit" disabled={model.busy.value === 'next-session'}>
              {t('nextSessionFix')}
            </button>
            {next && (
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setAttempted(false);
                  setEditing(false);
                  refocusChange.current = true;
                }}
              >
                {t('optionsCancel')}
              </button>
            )}
          </div>
        </form>
      )}
      {notice && <p role="status">{notice}</p>}
    </section>
  );
}
