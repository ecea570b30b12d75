import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { type MessageKey, t } from '@/utils/shared/i18n';
import type { PageRequestInput } from '@/utils/protocol/page-to-background';
import type { Reply } from '@/utils/protocol/ui-to-background';
import type { Session } from '@/utils/core/platform/platform-schemas';
import type { AttendancePolicy } from '@/utils/core/policy/attendance-policy';
import type { CancellationReason, CancelledBy, CancellationVerdict as Verdict } from '@/utils/core/policy/cancellation-policy';
import { cancellationVerdict } from '@/utils/core/policy/cancellation-policy';
import { parseInstant, typedInstant, wallClockInZone, zonesDiffer } from '@/utils/core/scheduling/next-session';
import { CancellationVerdict } from './cancellation-verdict';
import { PageError } from './page-error';
import { TextField } from './text-field';
import { useForm } from './use-form';
import { MAX_PLANNED_MINUTES, MESSAGE_MAX, MIN_PLANNED_MINUTES } from '@/utils/core/rules/limits';

/** What the flow asks the background, through the model of the page that shows it. */
export interface SessionCancelling {
  cancelSession(change: PageRequestInput<'sessions/cancel'>): Promise<Reply<{ session: Session; verdict: Verdict }>>;
  rescheduleSession(change: PageRequestInput<'sessions/reschedule'>): Promise<Reply<Session>>;
}

interface Props {
  model: SessionCancelling;
  /** A pending session. */
  session: Session;
  studentName: string;
  studentTimezone: string;
  language: string;
  /** The mentor's zone: every date and time typed here is read in it. */
  timezone: string;
  policy: AttendancePolicy;
  /** The session is cancelled, the reschedule step still to come: it is no longer one to join. */
  onCancelled?: (session: Session) => void;
  /** The flow is over, the session cancelled (and maybe rescheduled). */
  onDone: () => void;
  /** The mentor stepped back before cancelling: nothing was sent. */
  onCancel: () => void;
}

const REASONS: [CancellationReason, MessageKey][] = [
  ['unfinished-work', 'cancelReasonUnfinishedWork'],
  ['illness', 'cancelReasonIllness'],
  ['work-or-family', 'cancelReasonWorkOrFamily'],
  ['technical', 'cancelReasonTechnical'],
  ['other', 'cancelReasonOther'],
];

// As the background accepts them.

const dateError = (date: string, instant: string | null, timeOk: boolean): MessageKey | null =>
  !/^\d{4}-\d{2}-\d{2}$/.test(date) || (timeOk && !instant) ? 'cancelDateInvalid' : null;
const timeOk = (time: string) => /^\d{2}:\d{2}$/.test(time);

/**
 * Cancelling a session: who, when they said so and why, with the school's
 * verdict before confirming; then rescheduling it, now or later.
 */
export function CancelSessionFlow({
  model,
  session,
  studentName,
  studentTimezone,
  language,
  timezone,
  policy,
  onCancelled,
  onDone,
  onCancel,
}: Props) {
  // Two forms, one after the other: the cancellation, then the new time.
  const details = useForm(() => {
    const { date, time } = wallClockInZone(new Date().toISOString(), timezone);
    return { by: 'student' as CancelledBy, date, time, reason: '' as CancellationReason | '', comment: '' };
  });
  const rescheduling = useForm(() => {
    const { date, time } = wallClockInZone(session.start, timezone);
    return { date, time, minutes: String(session.plannedMinutes) };
  });
  const { by, reason, comment } = details.draft;
  const told = details.draft;
  const next = rescheduling.draft;
  const id = details.id;
  const [step, setStep] = useState<'details' | 'cancelled' | 'rescheduled'>('details');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [cancelled, setCancelled] = useState<Session | null>(null);
  const [rescheduled, setRescheduled] = useState<Session | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);

  const sessionWhen = formatDateTime(session.start, 'date-time', { language, timezone });
  const studentTime = (instant: string) => {
    if (!zonesDiffer(instant, timezone, studentTimezone)) return null;
    const theirs = formatDateTime(instant, 'weekday-time', { language, timezone: studentTimezone });
    return t('cancelStudentTime', theirs, studentName, studentTimezone);
  };
  const field = details.fieldId;

  // Step 1: the cancellation, checked as the background will.
  const toldInstant = typedInstant(told.date, told.time, timezone);
  const cancelledAt = toldInstant ? parseInstant(toldInstant) : null;
  const toldDateKey = dateError(told.date, toldInstant, timeOk(told.time));
  const errors = {
    date: toldDateKey ? t(toldDateKey) : cancelledAt !== null && cancelledAt > Date.now() ? t('cancelNotYet') : null,
    time: timeOk(told.time) ? null : t('cancelTimeInvalid'),
    reason: reason ? null : t('cancelReasonMissing'),
  };
  const shown = (name: keyof typeof errors) => details.shown(errors, name);
  const preview =
    cancelledAt !== null
      ? cancellationVerdict({
          scheduledStart: session.start,
          cancelledAt,
          by,
          // The reason only adds a warning: until it is chosen, the verdict shows without it.
          reason: reason || 'other',
          policy,
          earlierAbsences: [],
        })
      : null;

  const confirm = (event: Event) =>
    details.submit(event, {
      errors,
      order: ['date', 'time', 'reason'],
      save: async () => {
        if (cancelledAt === null || !reason) return;
        const reply = await model.cancelSession({ sessionId: session.id, by, reason, cancelledAt, comment: comment.trim() });
        details.settle(reply, (value) => {
          // The background's verdict is the one that counts: it knows the student's earlier absences.
          setVerdict(value.verdict);
          setCancelled(value.session);
          setStep('cancelled');
          onCancelled?.(value.session);
        });
      },
    });

  // Step 2: the new time, in the mentor's zone.
  const nextInstant = typedInstant(next.date, next.time, timezone);
  const minutes = Number(next.minutes);
  const minutesOk =
    next.minutes.trim() !== '' && Number.isInteger(minutes) && minutes >= MIN_PLANNED_MINUTES && minutes <= MAX_PLANNED_MINUTES;
  const nextDateKey = dateError(next.date, nextInstant, timeOk(next.time));
  const nextErrors = {
    'new-date': nextDateKey ? t(nextDateKey) : nextInstant && parseInstant(nextInstant) <= Date.now() ? t('cancelNewInPast') : null,
    'new-time': timeOk(next.time) ? null : t('cancelTimeInvalid'),
    'new-minutes': minutesOk ? null : t('cancelMinutesInvalid', MIN_PLANNED_MINUTES, MAX_PLANNED_MINUTES),
  };
  const nextShown = (name: keyof typeof nextErrors) => rescheduling.shown(nextErrors, name);

  const reschedule = (event: Event) =>
    rescheduling.submit(event, {
      errors: nextErrors,
      order: ['new-date', 'new-time', 'new-minutes'],
      save: async () => {
        if (!nextInstant || !cancelled) return;
        const reply = await model.rescheduleSession({ sessionId: cancelled.id, start: nextInstant, plannedMinutes: minutes });
        rescheduling.settle(reply, (value) => {
          setRescheduled(value);
          setStep('rescheduled');
        });
      },
    });

  const status =
    step === 'cancelled'
      ? t('cancelDone', sessionWhen)
      : rescheduled
        ? t('cancelRescheduled', formatDateTime(rescheduled.start, 'full', { language, timezone }), rescheduled.plannedMinutes)
        : '';
  const headingKey: MessageKey =
    step === 'details' ? 'cancelHeading' : step === 'cancelled' ? 'cancelDoneHeading' : 'cancelRescheduledHeading';
  const nextStudentTime = nextInstant && studentTime(nextInstant);
  const rescheduledStudentTime = rescheduled && studentTime(rescheduled.start);

  return (
    <section class="cancel-flow" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t(headingKey, sessionWhen)}
      </h3>
      <p role="status">{status}</p>

      {step === 'details' && (
        <form noValidate onSubmit={confirm}>
          <fieldset>
            <legend>{t('cancelWho')}</legend>
            {(['student', 'mentor'] as const).map((who) => (
              <div class="choice" key={who}>
                <input
                  type="radio"
                  id={field(`by-${who}`)}
                  name={field('by')}
                  value={who}
                  checked={by === who}
                  onChange={() => details.edit('by')(who)}
                />
                <label for={field(`by-${who}`)}>{who === 'student' ? t('cancelByStudent', studentName) : t('cancelByMentor')}</label>
              </div>
            ))}
          </fieldset>
          <fieldset>
            <legend>{by === 'student' ? t('cancelWhenStudent') : t('cancelWhenMentor')}</legend>
            <TextField
              id={field('date')}
              label={t('cancelDate')}
              value={told.date}
              onValue={details.edit('date')}
              error={shown('date')}
              type="date"
            />
            <TextField
              id={field('time')}
              label={t('cancelTime')}
              value={told.time}
              onValue={details.edit('time')}
              error={shown('time')}
              hint={t('cancelZoneHint', timezone)}
              type="time"
            />
          </fieldset>
          <div class="field">
            <label for={field('reason')}>{t('cancelReason')}</label>
            <select
              id={field('reason')}
              value={reason}
              aria-invalid={!!shown('reason')}
              aria-describedby={shown('reason') ? `${field('reason')}-error` : undefined}
              onChange={(event) => details.edit('reason')(event.currentTarget.value)}
            >
              <option value="">{t('cancelReasonChoose')}</option>
              {REASONS.map(([value, key]) => (
                <option key={value} value={value}>
                  {t(key)}
                </option>
              ))}
            </select>
            {shown('reason') && (
              <p id={`${field('reason')}-error`} class="field-error">
                {shown('reason')}
              </p>
            )}
          </div>
          <TextField
            multiline
            id={field('comment')}
            label={t('cancelComment')}
            value={comment}
            onValue={details.edit('comment')}
            error={null}
            hint={t('cancelCommentHint')}
            rows={3}
            maxLength={MESSAGE_MAX}
          />
          <div aria-live="polite">{preview && <CancellationVerdict verdict={preview} by={by} language={language} />}</div>
          <div class="actions">
            <button type="submit" class="danger" disabled={details.busy}>
              {t('cancelConfirm')}
            </button>
            <button type="button" class="secondary" onClick={onCancel}>
              {t('cancelKeep')}
            </button>
          </div>
        </form>
      )}

      {step === 'cancelled' && verdict && (
        <>
          <CancellationVerdict verdict={verdict} by={by} language={language} />
          <form noValidate onSubmit={reschedule}>
            <p class="hint">{t('cancelRescheduleIntro')}</p>
            <TextField
              id={rescheduling.fieldId('new-date')}
              label={t('cancelNewDate')}
              value={next.date}
              onValue={rescheduling.edit('date')}
              error={nextShown('new-date')}
              type="date"
            />
            <TextField
              id={rescheduling.fieldId('new-time')}
              label={t('cancelNewTime')}
              value={next.time}
              onValue={rescheduling.edit('time')}
              error={nextShown('new-time')}
              hint={t('cancelZoneHint', timezone)}
              type="time"
            />
            <TextField
              id={rescheduling.fieldId('new-minutes')}
              label={t('cancelNewMinutes')}
              value={next.minutes}
              onValue={rescheduling.edit('minutes')}
              error={nextShown('new-minutes')}
              type="number"
              inputMode="numeric"
              min={MIN_PLANNED_MINUTES}
              max={MAX_PLANNED_MINUTES}
            />
            <p class="hint" aria-live="polite">
              {nextStudentTime ?? ''}
            </p>
            <div class="actions">
              <button type="submit" disabled={rescheduling.busy}>
                {t('cancelReschedule')}
              </button>
              <button type="button" class="secondary" onClick={onDone}>
                {t('cancelLater')}
              </button>
            </div>
          </form>
        </>
      )}

      {step === 'rescheduled' && (
        <>
          {rescheduledStudentTime && <p class="hint">{rescheduledStudentTime}</p>}
          <div class="actions">
            <button type="button" onClick={onDone}>
              {t('cancelClose')}
            </button>
          </div>
        </>
      )}
      <PageError code={details.error ?? rescheduling.error} />
    </section>
  );
}
