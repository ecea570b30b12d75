import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import { type AttendancePolicy, readAttendancePolicy } from '@/utils/core/policy/attendance-policy';
import { OUTCOMES } from '@/utils/core/review/assignment';
import { outcomeCounts } from '@/utils/core/review/outcome-history';
import { OUTCOME_NAMES, parseHours } from '@/components/common/review-work';
import { attendancePolicyItem } from '@/utils/shared/storage-items';
import type { WorkspaceModel } from './model';
import { CancelSessionFlow } from '@/components/common/cancel-session-flow';
import { LatenessNotice } from './lateness-notice';
import { SessionLinkPicker } from './session-link-picker';
import { LastSession } from '@/components/common/last-session';
import { StudentFacts } from './student-facts';
import { TextField } from '@/components/common/text-field';
import { MAX_WEEKLY_HOURS } from '@/utils/core/rules/limits';

/** The check-in tab: who the student is, their time this week, and where last week left off. */
export function StudentSummary({ model }: { model: WorkspaceModel }) {
  const id = useId();
  const view = model.view.value;
  const usual = view?.student?.weeklyHours ?? 0;
  const override = view?.plan?.hoursThisWeek ?? null;
  const hours = override ?? usual;
  const [draft, setDraft] = useState(String(hours));
  const [attempted, setAttempted] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [changing, setChanging] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  const wasChanging = useRef(false);
  /** The policy read when the mentor opened the cancellation; null while it is closed. */
  const [cancelPolicy, setCancelPolicy] = useState<AttendancePolicy | null>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const backToCancel = useRef(false);
  const nameHeading = useRef<HTMLHeadingElement>(null);
  const savedHours = useRef(hours);
  // The field follows the hours once they change on disk, whoever changed them.
  useEffect(() => {
    if (savedHours.current === hours) return;
    savedHours.current = hours;
    setDraft(String(hours));
  }, [hours]);
  useEffect(() => {
    if (!changing && wasChanging.current) changeButton.current?.focus();
    wasChanging.current = changing;
  }, [changing]);
  useEffect(() => {
    if (cancelPolicy || !backToCancel.current) return;
    backToCancel.current = false;
    cancelButton.current?.focus();
  }, [cancelPolicy]);
  if (!view?.student) return null;
  const { student, previous, session } = view;

  const number = new Intl.NumberFormat(model.language, { maximumFractionDigits: 1 });
  const typed = parseHours(draft);
  const hoursError = attempted && typed === null ? t('studentHoursInvalid') : null;
  const hoursField = `${id}-hours`;

  const counts = outcomeCounts(view.review);
  const reviewed = OUTCOMES.filter((outcome) => counts[outcome] > 0)
    .map((outcome) => t('studentOutcomeCount', t(OUTCOME_NAMES[outcome]), counts[outcome]))
    .join(' · ');
  const waiting = view.review.filter((assignment) => !assignment.review).length;

  return (
    <section class="student-summary" aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`} ref={nameHeading} tabIndex={-1} dir="auto">
        {student.name}
      </h2>
      <LatenessNotice model={model} />
      <StudentFacts student={student} hoursThisWeek={override} language={model.language} />

      <form
        class="student-hours"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setAttempted(true);
          setNotice(null);
          if (typed === null) return document.getElementById(hoursField)?.focus();
          if (await model.setHours(typed)) setNotice(t('studentHoursSaved'));
        }}
      >
        <TextField
          id={hoursField}
          label={t('studentHoursField')}
          value={draft}
          onValue={setDraft}
          error={hoursError}
          type="number"
          inputMode="decimal"
          min={0}
          max={MAX_WEEKLY_HOURS}
          step={0.5}
        />
        <div class="actions">
          <button type="submit" disabled={model.busy.value === 'hours'}>
            {t('studentHoursSave')}
          </button>
          {override !== null && (
            <button
              type="button"
              class="secondary"
              disabled={model.busy.value === 'hours'}
              onClick={async () => {
                setAttempted(false);
                setNotice(null);
                if (!(await model.setHours(null))) return;
                setNotice(t('studentHoursBack', number.format(usual)));
                // This button goes away with the change: the field keeps the focus nearby.
                document.getElementById(hoursField)?.focus();
              }}
            >
              {t('studentHoursReset')}
            </button>
          )}
        </div>
        <p class="hint" role="status">
          {notice ?? ''}
        </p>
      </form>

      <LastSession
        previous={previous}
        summary={view.previousSummary}
        studentName={student.name}
        language={model.language}
        timezone={model.timezone}
      />
      {reviewed && <p>{t('studentReviewedSoFar', reviewed)}</p>}
      {(previous || waiting > 0) && <p>{t('studentWaiting', waiting)}</p>}

      {cancelPolicy && session ? (
        <CancelSessionFlow
          model={model}
          session={session}
          studentName={student.name}
          studentTimezone={student.timezone}
          language={model.language}
          timezone={model.timezone}
          policy={cancelPolicy}
          onDone={() => {
            setCancelPolicy(null);
            void model.reload();
            // The button went with the pending session: the card's heading keeps the focus nearby.
            nameHeading.current?.focus();
          }}
          onCancel={() => {
            backToCancel.current = true;
            setCancelPolicy(null);
          }}
        />
      ) : (
        session?.status === 'pending' && (
          <button
            type="button"
            class="secondary"
            ref={cancelButton}
            onClick={async () => setCancelPolicy(readAttendancePolicy(await attendancePolicyItem.getValue()))}
          >
            {t('cancelOpen')}
          </button>
        )
      )}

      {changing ? (
        <SessionLinkPicker model={model} onDone={() => setChanging(false)} />
      ) : (
        <button type="button" class="secondary" ref={changeButton} onClick={() => setChanging(true)}>
          {t('studentChange')}
        </button>
      )}
    </section>
  );
}
