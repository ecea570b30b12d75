import { useEffect, useId, useReducer, useRef, useState } from 'preact/hooks';
import { formatDateTime } from '../utils/format-date-time';
import { formatMinutes } from '../utils/format-duration';
import { t } from '../utils/i18n';
import type { Assignment, Outcome } from '../utils/review/assignment';
import { KIND_NAMES, OUTCOME_CHOICES, OUTCOME_NAMES } from '../utils/review/review-work';
import type { WorkspaceModel } from '../utils/workspace/workspace-model';
import { OutcomeGuidance } from './outcome-guidance';

interface Props {
  model: WorkspaceModel;
  assignment: Assignment;
  /** When it was set (the start of its session), if known. */
  setOn: string | null;
}

/** One piece of last week's work: what it was, how it went, and the mentor's note. */
export function AssignmentOutcome({ model, assignment, setOn }: Props) {
  const id = useId();
  const { title, review } = assignment;
  const outcome = review?.outcome ?? null;
  const savedNote = review?.note ?? null;
  const [note, setNote] = useState(savedNote ?? '');
  const [noteSaved, setNoteSaved] = useState(false);
  // A choice the background refused must not stay checked: drawing again puts the saved one back.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const typing = useRef(false);
  const sent = useRef(savedNote);
  useEffect(() => {
    sent.current = savedNote;
    // The saved note shows unless the mentor is typing; a cleared outcome leaves their text in place.
    if (!typing.current && savedNote !== null) setNote(savedNote);
  }, [savedNote]);

  const choose = async (choice: Outcome | null) => {
    setNoteSaved(false);
    sent.current = choice ? note : null;
    if (!(await model.setOutcome(assignment.id, choice, choice ? note : ''))) redraw(0);
  };
  const saveNote = async () => {
    if (!outcome || note === sent.current) return;
    sent.current = note;
    const saved = await model.setOutcome(assignment.id, outcome, note);
    if (!saved) sent.current = null;
    setNoteSaved(saved);
  };

  const when = setOn ? t('reviewSetOn', formatDateTime(setOn, 'date', model)) : null;
  const meta = [
    t(KIND_NAMES[assignment.kind]),
    formatMinutes(assignment.estimatedMinutes, model.language),
    assignment.origin === 'unasked' ? t('reviewDoneUnasked') : when,
  ].filter(Boolean);
  const ace = (
    <span class="review-ace-mark" aria-hidden="true">
      ★
    </span>
  );

  return (
    <fieldset
      class="review-item"
      data-outcome={outcome ?? undefined}
      aria-busy={model.busy.value === `outcome:${assignment.id}`}
    >
      <legend dir="auto">
        {outcome === 'aced' && ace}
        {title}
      </legend>
      <p class="review-meta">{meta.join(' · ')}</p>
      {assignment.skills.length > 0 && <p class="review-meta" dir="auto">{t('reviewSkills', assignment.skills.join(', '))}</p>}
      {assignment.url && (
        <p class="review-meta">
          <a href={assignment.url} target="_blank" rel="noopener noreferrer">
            {t('reviewOpenLink')}
          </a>
        </p>
      )}
      <div class="review-choices">
        {OUTCOME_CHOICES.map((choice) => (
          <div class="review-choice" key={choice}>
            <input
              type="radio"
              id={`${id}-${choice}`}
              name={`${id}-outcome`}
              value={choice}
              checked={outcome === choice}
              onChange={() => void choose(choice)}
            />
            <label for={`${id}-${choice}`}>
              {choice === 'aced' && ace}
              {t(OUTCOME_NAMES[choice])}
            </label>
          </div>
        ))}
      </div>
      {/* Work done unasked exists only through its review: clearing it would lose it. */}
      {outcome && assignment.origin === 'goal' && (
        <button type="button" class="link-button" aria-label={t('reviewClearLabel', title)} onClick={() => void choose(null)}>
          {t('reviewClear')}
        </button>
      )}
      {outcome && <OutcomeGuidance outcome={outcome} />}
      <div class="field">
        <label for={`${id}-note`}>{t('reviewNote')}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={2000}
          dir="auto"
          value={note}
          aria-describedby={outcome ? undefined : `${id}-note-hint`}
          onFocus={() => (typing.current = true)}
          onInput={(event) => {
            setNote(event.currentTarget.value);
            setNoteSaved(false);
          }}
          onBlur={() => {
            typing.current = false;
            void saveNote();
          }}
        />
        {!outcome && (
          <p id={`${id}-note-hint`} class="hint">
            {t('reviewNoteHint')}
          </p>
        )}
      </div>
      {outcome && (
        <div class="inline">
          <button type="button" class="secondary" aria-label={t('reviewSaveNoteLabel', title)} onClick={() => void saveNote()}>
            {t('reviewSaveNote')}
          </button>
          <p class="hint" role="status">
            {noteSaved ? t('reviewNoteSaved') : ''}
          </p>
        </div>
      )}
    </fieldset>
  );
}
