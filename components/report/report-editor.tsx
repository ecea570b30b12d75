import { useEffect, useId, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { SESSION_KIND_NAMES } from '@/utils/core/agenda/session-kinds';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { formatMinutes } from '@/utils/shared/format-duration';
import { type MessageKey, t } from '@/utils/shared/i18n';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { reportInputSchema } from '@/utils/core/platform/platform-schemas';
import { DRAFT_TEXT_MAX, type ReportProblem, reviewCounts } from '@/utils/core/report/report-draft';
import { createReportModel } from './model';
import type { PendingWrites } from '@/components/common/pending-writes';
import { OUTCOME_CHOICES, OUTCOME_NAMES } from '@/components/common/review-work';
import { PageError } from '@/components/common/page-error';
import { TextField } from '@/components/common/text-field';
import { ReportAttendance } from './report-attendance';
import { ReportDelivery } from './report-delivery';
import { ReportPreview } from './report-preview';
import { SkillEvaluations } from './skill-evaluations';
import { FieldConflictChoice } from './field-conflict-choice';
import type { ReportFieldKey } from '@/utils/core/report/draft-merge';

interface Props {
  sessionId: string;
  /** Where the page gathers what it has not saved yet, when it must save it all at once (its frame is going). */
  pending?: Pick<PendingWrites, 'add'>;
  /** The mentor's language and time zone, for dates. */
  language: string;
  timezone: string;
  /** On the report's own page, where the session's work and its tabs are not: the texts send the mentor there. */
  onOwnPage?: boolean;
}

const SAVE_ERRORS: Partial<Record<ErrorCode, MessageKey>> = {
  'storage-full': 'reportSaveErrorFull',
  disconnected: 'reportSaveErrorDisconnected',
};

/** Where the focus goes once two versions of a field are settled: the field's own control (its id after the editor's prefix). */
const CONTROL_OF = new Map<ReportFieldKey, string>([
  ['attendance', 'attendance-present'],
  ['summary', 'summary'],
  ['privateNotes', 'private'],
  ['skillEvaluations', 'skill-new'],
]);

const END_ERRORS: Partial<Record<ErrorCode, MessageKey>> = {
  // The background refuses to end a canceled session.
  'read-only': 'reportEndCanceled',
  'storage-full': 'errorStorageFull',
  disconnected: 'errorDisconnected',
  'not-found': 'optionsErrorNotFound',
};

/** The last button, by where the report goes and whether it went already. */
const LAST_STEP: Record<'send' | 'keep', Record<'report' | 'correction', MessageKey>> = {
  send: { report: 'reportSend', correction: 'reportSendCorrection' },
  keep: { report: 'reportFinish', correction: 'reportFinishCorrection' },
};

/**
 * A session's report, written beside the call, in the side panel or on a
 * page of its own: every word saved as typed, a preview of what the student
 * gets, and a last button named for what it does: "Send the report" when it
 * goes to the platform, "Finish the report" when it stays on this computer.
 * (Not "End session": mentors took it for the panel's "End the session", which ends the call's agenda.)
 */
export function ReportEditor({ sessionId, pending, language, timezone, onOwnPage = false }: Props) {
  const id = useId();
  const model = useMemo(() => createReportModel({ sessionId, timers: globalThis }), [sessionId]);
  useEffect(() => model.start(), [model]);
  // As soon as it is drawn: words typed at once must not miss a save asked for before the next frame.
  useLayoutEffect(() => pending?.add(model.settle), [model, pending]);
  const [previewing, setPreviewing] = useState(false);
  // A fresh object each time, so asking for the same element twice still moves the focus.
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);
  useLayoutEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const headingId = `${id}-heading`;
  const view = model.view.value;
  const fields = model.fields.value;
  const input = model.input.value;
  if (!view || !fields || !input) {
    return (
      <section class="report-editor" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('reportHeading')}</h2>
        {model.loadError.value ? (
          <PageError code={model.loadError.value} />
        ) : (
          <p class="hint" role="status">
            {t('reportLoading')}
          </p>
        )}
      </section>
    );
  }

  const problems = model.problems.value;
  const save = model.save.value;
  const problemIn = (field: ReportProblem['field']) => problems.find((problem) => problem.field === field) ?? null;
  const summaryProblem = problemIn('summary');
  const goalsProblem = problemIn('goals');
  // Where each problem is mended: the first one gets the focus.
  const targetOf = (problem: ReportProblem) => {
    if (problem.field === 'attendance') return `${id}-late-minutes`;
    if (problem.field === 'summary') return `${id}-summary`;
    if (problem.field === 'goals') return `${id}-next-week`;
    return problem.kind === 'comment-too-long' ? `${id}-${problem.field}-comment` : `${id}-${problem.field}-level-1`;
  };
  const conflicts = model.conflicts.value;
  const conflictFor = (field: ReportFieldKey) => (
    <FieldConflictChoice model={model} field={field} id={id} onChosen={() => setFocusTarget({ id: `${id}-${CONTROL_OF.get(field)}` })} />
  );
  const end = async () => {
    // Two versions of a field wait for the mentor: the first is where to choose.
    if (conflicts[0]) return setFocusTarget({ id: `${id}-${conflicts[0].field}-conflict-heading` });
    const found = await model.end();
    if (found) setFocusTarget({ id: found[0] ? targetOf(found[0]) : `${id}-delivery` });
  };

  const when = (instant: string) => formatDateTime(instant, 'full', { language, timezone });
  const counts = reviewCounts(view.reviewed);
  const outcomes = OUTCOME_CHOICES.filter((outcome) => counts[outcome] > 0);
  const ended = view.draft.ended !== null;
  const count = new Intl.NumberFormat(language).format;
  // Text past a limit stays in the field, whole: the message says how long it is and what is taken.
  const tooLongToKeep = (text: string) =>
    text.length > DRAFT_TEXT_MAX ? t('reportTextTooLongToKeep', count(text.length), count(DRAFT_TEXT_MAX)) : null;
  const summaryError =
    tooLongToKeep(fields.summary) ??
    (summaryProblem?.kind === 'empty'
      ? t('reportSummaryEmpty')
      : summaryProblem
        ? t('reportSummaryTooLong', count(input.summary.length), count(reportInputSchema.shape.summary.maxLength!))
        : null);
  const privateError = tooLongToKeep(fields.privateNotes);
  const saveState = conflicts.length > 0 ? 'conflict' : save.state;
  const saveText =
    conflicts.length > 0 ? (
      t('reportConflictStatus', conflicts.length)
    ) : save.state === 'saving' ? (
      // Said on screen, not aloud: the status speaks when the words are saved, not at every keystroke.
      <span aria-hidden="true">{t('reportSaving')}</span>
    ) : save.state === 'saved' ? (
      t('reportSaved')
    ) : (
      t(SAVE_ERRORS[save.error!] ?? 'reportSaveErrorOther')
    );

  return (
    <section class="report-editor" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reportHeading')}</h2>
      <p class="hint" dir="auto">
        {t('reportSessionWith', view.student.name, when(view.session.start))}
      </p>
      {view.kind && <p class="hint report-kind">{t('reportKind', t(SESSION_KIND_NAMES[view.kind]))}</p>}
      <div class="report-save-bar">
        <p class="report-save-state" role="status" data-testid="report-save-state" data-state={saveState}>
          {saveText}
        </p>
        {save.state === 'error' && (
          <button type="button" class="secondary" onClick={model.flush}>
            {t('reportTryAgain')}
          </button>
        )}
      </div>

      {conflictFor('attendance')}
      <ReportAttendance model={model} id={id} place={{ language, timezone }} />

      {conflictFor('summary')}
      <TextField
        multiline
        id={`${id}-summary`}
        label={t('reportSummary')}
        value={fields.summary}
        onValue={model.setSummary}
        error={summaryError}
        hint={t('reportSummaryHint')}
        class="report-summary"
        rows={8}
        onBlur={model.flush}
      />

      {conflictFor('privateNotes')}
      <TextField
        multiline
        id={`${id}-private`}
        label={t('reportPrivateNotes')}
        value={fields.privateNotes}
        onValue={model.setPrivateNotes}
        error={privateError}
        hint={t('reportPrivateNotesHint')}
        rows={3}
        onBlur={model.flush}
      />

      {conflictFor('skillEvaluations')}
      <SkillEvaluations model={model} id={id} language={language} />

      <section class="report-next-week" aria-labelledby={`${id}-next-week`}>
        <h3 id={`${id}-next-week`} tabIndex={-1}>
          {t('reportNextWeek')}
        </h3>
        <p class="hint">{t(onOwnPage ? 'reportNextWeekHintPage' : 'reportNextWeekHint')}</p>
        {goalsProblem && <p class="field-error">{t(onOwnPage ? 'reportGoalsTooManyPage' : 'reportGoalsTooMany')}</p>}
        {view.goals.length === 0 ? (
          <p>{t('reportGoalsNone')}</p>
        ) : (
          <ul class="report-goals">
            {view.goals.map((goal) => (
              <li key={goal.id}>
                <bdi>{goal.title}</bdi> · {formatMinutes(goal.estimatedMinutes, language)}
              </li>
            ))}
          </ul>
        )}
        <p>{view.nextSession ? t('reportNextDate', when(view.nextSession.start)) : t('reportNextDateNone')}</p>
      </section>

      <section class="report-review" aria-labelledby={`${id}-review-heading`}>
        <h3 id={`${id}-review-heading`}>{t('reportReview')}</h3>
        {outcomes.length === 0 ? (
          <p class="hint">{t('reportReviewNone')}</p>
        ) : (
          <ul class="report-review-counts">
            {outcomes.map((outcome) => (
              <li key={outcome}>{t('reportReviewCount', t(OUTCOME_NAMES[outcome]), counts[outcome])}</li>
            ))}
          </ul>
        )}
      </section>

      <button
        type="button"
        class="secondary report-preview-toggle disclosure"
        aria-expanded={previewing}
        aria-controls={previewing ? `${id}-preview` : undefined}
        onClick={() => setPreviewing(!previewing)}
      >
        {t('reportPreview')}
      </button>
      {previewing && <ReportPreview input={input} view={view} id={`${id}-preview`} language={language} timezone={timezone} />}

      <div id={`${id}-delivery`} class="report-delivery-area" tabIndex={-1}>
        <ReportDelivery
          delivery={view.delivery}
          connected={view.connected}
          toPlatform={view.toPlatform}
          correction={view.changedSinceEnd}
          language={language}
          timezone={timezone}
        />
      </div>
      {model.endError.value && (
        <p class="form-error" role="alert">
          {t(END_ERRORS[model.endError.value] ?? 'errorGeneric')}
        </p>
      )}
      {(!ended || view.changedSinceEnd) && (
        <div class="actions">
          <button type="button" aria-busy={model.ending.value} onClick={() => void end()}>
            {t(LAST_STEP[view.toPlatform ? 'send' : 'keep'][ended ? 'correction' : 'report'])}
          </button>
        </div>
      )}
    </section>
  );
}
