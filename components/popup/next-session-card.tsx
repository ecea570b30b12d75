import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { t } from '@/utils/shared/i18n';
import { type Countdown, countdown } from '@/utils/core/overview/countdown';
import type { NextSession } from '@/utils/core/overview/week-overview';
import { type AttendancePolicy, readAttendancePolicy } from '@/utils/core/policy/attendance-policy';
import { attendancePolicyItem } from '@/utils/shared/storage-items';
import type { CancelSessionFlow } from '@/components/common/cancel-session-flow';
import type { MoveSessionForm } from '@/components/common/move-session-form';
import type { PopupModel } from './model';

interface Props {
  model: PopupModel;
  next: NextSession;
  /** The clock, read again every half minute for the countdown. */
  now: () => number;
  language: string;
  /** The mentor's zone: the date and time are shown in it. */
  timezone: string;
  /** The session was cancelled; the flow stays open on this card for the reschedule. */
  onCancelled: () => void;
  /** The session was cancelled, rescheduled or moved (said in `notice`): the week is worth reading again. */
  onChanged: (notice?: string) => void;
}

const TICK_MS = 30_000;

function countdownText(left: Countdown): string {
  switch (left.kind) {
    case 'now':
      return t('popupCountdownNow');
    case 'in-days':
      return left.days === 1 ? t('popupCountdownInOneDay') : t('popupCountdownInDays', left.days);
    case 'in':
      if (left.hours === 0) return t('popupCountdownInMinutes', left.minutes);
      return left.minutes === 0 ? t('popupCountdownInHours', left.hours) : t('popupCountdownInHoursMinutes', left.hours, left.minutes);
    case 'started':
      if (left.hours === 0) return t('popupCountdownStartedMinutes', left.minutes);
      return left.minutes === 0
        ? t('popupCountdownStartedHours', left.hours)
        : t('popupCountdownStartedHoursMinutes', left.hours, left.minutes);
  }
}

/** The next session: who, when and how soon, the way in, what was set last time, and what can be done about it. */
export function NextSessionCard({ model, next, now, language, timezone, onCancelled, onChanged }: Props) {
  const { session, student, lastGoals } = next;
  const id = useId();
  const [at, setAt] = useState(now);
  const [flow, setFlow] = useState<{ Flow: typeof CancelSessionFlow; policy: AttendancePolicy } | null>(null);
  const [move, setMove] = useState<{ Form: typeof MoveSessionForm } | null>(null);
  // Cancelled while the reschedule step is open: no countdown, no way into a call that will not be.
  const [cancelled, setCancelled] = useState(false);
  const nameHeading = useRef<HTMLHeadingElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const moveButton = useRef<HTMLButtonElement>(null);
  const backToCancel = useRef(false);

  useEffect(() => {
    const timer = setInterval(() => setAt(now()), TICK_MS);
    return () => clearInterval(timer);
  }, [now]);

  // Stepping back out of the flow (or the move) returns to the button that opened it, once it is drawn again.
  const backToMove = useRef(false);
  useEffect(() => {
    if (flow || move) return;
    if (backToCancel.current) cancelButton.current?.focus();
    if (backToMove.current) moveButton.current?.focus();
    backToCancel.current = backToMove.current = false;
  }, [flow, move]);

  const openCancel = async () => {
    // Loaded on demand: the flow brings the date library, which the popup's first paint does without.
    const [{ CancelSessionFlow: Flow }, stored] = await Promise.all([
      import('@/components/common/cancel-session-flow'),
      attendancePolicyItem.getValue(),
    ]);
    setFlow({ Flow, policy: readAttendancePolicy(stored) });
  };

  const openMove = async () => {
    // Loaded on demand, as the cancellation is.
    const { MoveSessionForm: Form } = await import('@/components/common/move-session-form');
    setMove({ Form });
  };

  const start = Date.parse(session.start);
  const project = student.currentProject;
  const nameId = `${id}-name`;

  return (
    <section class="popup-card" aria-labelledby={nameId}>
      <p class="popup-kicker">{cancelled ? t('popupCancelledKicker') : t('popupNextHeading')}</p>
      <h2 id={nameId} ref={nameHeading} tabIndex={-1} dir="auto">
        {student.name}
      </h2>
      <p>
        <time dateTime={session.start}>{formatDateTime(start, 'full', { language, timezone })}</time>
      </p>
      {!cancelled && <p class="popup-countdown">{countdownText(countdown(start, at))}</p>}
      {session.meetingUrl && !cancelled && (
        <p>
          <a class="popup-button" href={session.meetingUrl} target="_blank" rel="noopener noreferrer" aria-describedby={nameId}>
            {t('popupJoin')}
          </a>
        </p>
      )}
      {project ? (
        <p dir="auto">
          {t('popupProject', project.name)}
          {project.mentorGuideUrl && (
            <>
              {' · '}
              <a href={project.mentorGuideUrl} target="_blank" rel="noopener noreferrer">
                {t('popupMentorGuide')}
              </a>
            </>
          )}
        </p>
      ) : (
        <p class="hint">{t('popupNoProject')}</p>
      )}

      <h3>{t('popupGoalsHeading')}</h3>
      {lastGoals.length > 0 ? (
        <ul class="popup-goals">
          {lastGoals.map((goal) => (
            <li key={goal.id} dir="auto">
              {goal.title}
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">{t('popupNoGoals')}</p>
      )}

      {move ? (
        <move.Form
          model={model}
          session={session}
          studentName={student.name}
          studentTimezone={student.timezone}
          language={language}
          timezone={timezone}
          now={now}
          onMoved={(moved) => {
            setMove(null);
            onChanged(t('moveSessionDone', formatDateTime(moved.start, 'full', { language, timezone })));
            nameHeading.current?.focus();
          }}
          onCancel={() => {
            backToMove.current = true;
            setMove(null);
          }}
        />
      ) : flow ? (
        <flow.Flow
          model={model}
          session={session}
          studentName={student.name}
          studentTimezone={student.timezone}
          language={language}
          timezone={timezone}
          policy={flow.policy}
          onCancelled={() => {
            setCancelled(true);
            onCancelled();
          }}
          onDone={() => {
            setFlow(null);
            onChanged();
            // The button may go with the session: the card's heading keeps the focus nearby.
            nameHeading.current?.focus();
          }}
          onCancel={() => {
            backToCancel.current = true;
            setFlow(null);
          }}
        />
      ) : (
        <div class="actions">
          {session.status === 'pending' && (
            <>
              <button
                type="button"
                class="secondary"
                ref={moveButton}
                aria-label={t('moveSessionButtonLabel', formatDateTime(start, 'date-time', { language, timezone }))}
                onClick={() => void openMove()}
              >
                {t('moveSessionButton')}
              </button>
              <button type="button" class="secondary" ref={cancelButton} onClick={() => void openCancel()}>
                {t('popupCancel')}
              </button>
            </>
          )}
          <a
            class="popup-button secondary"
            href={`${browser.runtime.getURL('/student.html')}#${student.id}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('popupStudentPage')}
          </a>
        </div>
      )}
    </section>
  );
}
