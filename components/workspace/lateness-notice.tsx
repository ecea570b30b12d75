import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import { type AttendancePolicy, readAttendancePolicy } from '@/utils/core/policy/attendance-policy';
import { lateness } from '@/utils/core/policy/lateness';
import { parseInstant } from '@/utils/core/scheduling/next-session';
import { currentPhaseIndex } from '@/utils/core/session/live-session';
import { attendancePolicyItem } from '@/utils/shared/storage-items';
import { attendanceEvidence } from '@/utils/core/policy/attendance-evidence';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { formatMinutes } from '@/utils/shared/format-duration';
import type { WorkspaceModel } from './model';
import { NoShowFlow } from './no-show-flow';

/** Minutes are shown whole: a quarter of a minute is close enough, and cheap. */
const TICK_MS = 15_000;

/**
 * How late the student is, while the mentor waits in the check-in: from the
 * scheduled start to the policy's limit, then the offer to flag a no-show.
 * Where Meet's page shows who is in the call, it says so: nobody else has
 * joined (the offer's evidence), or someone has, and then there is nothing to
 * wait for and no no-show to offer, even if they dropped since. Where the page
 * cannot tell, the clock alone speaks, as it always did.
 */
export function LatenessNotice({ model }: { model: WorkspaceModel }) {
  const [now, setNow] = useState(() => Date.now());
  const [policy, setPolicy] = useState<AttendancePolicy | null>(null);
  /** The session the mentor said the student came to. */
  const [arrivedFor, setArrivedFor] = useState<string | null>(null);
  const [flagging, setFlagging] = useState(false);
  const flagButton = useRef<HTMLButtonElement>(null);
  const backFromFlow = useRef(false);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    void attendancePolicyItem.getValue().then((stored) => setPolicy(readAttendancePolicy(stored)));
    return attendancePolicyItem.watch((stored) => setPolicy(readAttendancePolicy(stored)));
  }, []);
  // Stepping back from the flow returns to the button that opened it.
  useEffect(() => {
    if (flagging || !backFromFlow.current) return;
    backFromFlow.current = false;
    flagButton.current?.focus();
  }, [flagging]);

  const view = model.view.value;
  const session = view?.session;
  if (!view || !session || !policy) return null;
  // Read at this render's moment: news of an arrival must not wait for the next quarter minute to hide the offer.
  const evidence = attendanceEvidence(view.live.presence, {
    scheduledStart: session.start,
    mentorJoinedAt: view.live.startedAt,
    now: Math.max(now, Date.now()),
  });
  // What Meet's page showed: how long the mentor has waited, and that nobody else joined.
  const evidenceLine = evidence.kind === 'waiting' && (
    <p class="lateness-evidence" data-testid="lateness-evidence">
      {t(
        'lateEvidenceNobody',
        formatMinutes(evidence.waitedMinutes, model.language),
        formatDateTime(evidence.mentorSince, 'time', { language: model.language, timezone: model.timezone }),
      )}
    </p>
  );
  // Once opened, the flow stays to show its outcome, even as the session stops being pending.
  if (flagging) {
    return (
      <>
        {evidenceLine}
        <NoShowFlow
          model={model}
          sessionId={session.id}
          policy={policy}
          onDone={() => void model.reload()}
          onCancel={() => {
            backFromFlow.current = true;
            setFlagging(false);
          }}
        />
      </>
    );
  }
  const waiting =
    evidence.kind !== 'arrived' &&
    session.status === 'pending' &&
    view.live.endedAt === null &&
    currentPhaseIndex(view.live) === 0 &&
    now > parseInstant(session.start) &&
    arrivedFor !== session.id;
  if (!waiting) return null;

  const late = lateness({ scheduledStart: session.start, plannedMinutes: session.plannedMinutes, now, policy });
  const name = view.student?.name ?? '';
  return (
    <div class={late.pastLimit ? 'lateness-notice past-limit' : 'lateness-notice'}>
      <p>
        {late.minutesLate === 0
          ? t('lateNoticeJustLate', name, late.limitMinutes)
          : t('lateNoticeLate', name, late.minutesLate, late.limitMinutes)}
      </p>
      {evidenceLine}
      {/* Only crossing the limit is announced: the minutes ticking by are not worth an interruption. */}
      <p role="status" class="lateness-warning">
        {late.pastLimit ? t('lateNoticePast', late.limitMinutes) : ''}
      </p>
      <div class="actions">
        {late.pastLimit && (
          <button type="button" class="danger" ref={flagButton} onClick={() => setFlagging(true)}>
            {t('lateFlagNoShow')}
          </button>
        )}
        <button type="button" class="secondary" onClick={() => setArrivedFor(session.id)}>
          {t('lateStudentHere')}
        </button>
      </div>
    </div>
  );
}
