import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { formatMinutes } from '@/utils/shared/format-duration';
import { t } from '@/utils/shared/i18n';
import type { Assignment, Outcome } from '@/utils/core/review/assignment';
import { KIND_NAMES } from '@/components/common/review-work';
import type { WorkspaceModel } from './model';
import { OutcomeChoice } from './outcome-choice';
import { OutcomeGuidance } from './outcome-guidance';
import { NOTE_MAX } from '@/utils/core/rules/limits';
import { GiveAgain } from './give-again';
import { TextField } from '@/components/common/text-field';

interface Props {
  model: WorkspaceModel;
  assignment: Assignment;
  /** When it was set (the start of its session), if known. */
  setOn: string | null;
}

/**
 * One piece of last week's work in one compact row: what it was, how it went
 * (three segments; "aced it" beside "done"), and on demand the advice for that
 * outcome and the mentor's note.
 */
export function AssignmentOutcome({ model, assignment, setOn }: Props) {
  const id = useId();
  const { title, review } = assignment;
  // The choice on its way shows at once, not the saved one, so that it does not flicker back meanwhile.
  const [asked, setAsked] = useState<{ outcome: Outcome | null } | null>(null);
  const outcome = asked ? asked.outcome : (review?.outcome ?? null);
  const lastAsked = useRef(0);
  const savedNote = review?.note ?? null;
  const [note, setNote] = useState(savedNote ?? '');
  const [noteSaved, setNoteSaved] = useState(false);
  const [open, setOpen] = useState(false);
  const typing = useRef(false);
  const sent = useRef(savedNote);
  // The words as typed, at once: a save asked for before the next drawing must not send older ones.
  const typed = useRef(note);
  const edit = (text: string) => {
    typed.current = text;
    setNote(text);
  };
  useEffect(() => {
    sent.current = savedNote;
    // The saved note shows unless the mentor is typing; a cleared outcome leaves their text in place.
    if (!typing.current && savedNote !== null) edit(savedNote);
  }, [savedNote]);

  const choose = async (choice: Outcome | null) => {
    setNoteSaved(false);
    setAsked({ outcome: choice });
    const mine = ++lastAsked.current;
    sent.current = choice ? typed.current : null;
    await model.setOutcome(assignment.id, choice, choice ? typed.current : '');
    // Answered: the view shows what is on disk; a choice the background refused does not stay checked.
    if (lastAsked.current === mine) setAsked(null);
  };
  /** Saves the note typed; true once it is on disk, or when there is nothing it can be saved with yet. */
  const saveNote = async (): Promise<boolean> => {
    // A note is kept with an outcome: without one it waits on screen, as its hint says.
    const text = typed.current;
    if (!outcome || text === sent.current) return true;
    sent.current = text;
    const saved = await model.setOutcome(assignment.id, outcome, text);
    if (!saved) sent.current = null;
    setNoteSaved(saved);
    return saved;
  };
  // The frame may be taken away while the mentor is still in the note: the page saves it first.
  // Registered as soon as the row is drawn, not after the next frame. The row itself may go with the
  // note unsaved (the agenda moved to the next tab, and a removed field gets no blur): it saves then.
  const latestSave = useRef(saveNote);
  latestSave.current = saveNote;
  useLayoutEffect(() => {
    const remove = model.pending.add(() => latestSave.current());
    return () => {
      remove();
      void latestSave.current();
    };
  }, [model]);

  const when = setOn ? t('reviewSetOn', formatDateTime(setOn, 'date', model)) : null;
  const meta = [
    t(KIND_NAMES[assignment.kind]),
    formatMinutes(assignment.estimatedMinutes, model.language),
    assignment.origin === 'unasked' ? t('reviewDoneUnasked') : when,
    assignment.carriedOver ? t('workTimesGiven', assignment.carriedOver.times) : null,
  ].filter(Boolean);
  const titleId = `${id}-title`;
  const moreId = `${id}-more`;
  const done = outcome === 'done' || outcome === 'aced';

  return (
    <div
      class="review-item"
      role="group"
      aria-labelledby={titleId}
      data-outcome={outcome ?? undefined}
      aria-busy={model.busy.value === `outcome:${assignment.id}`}
    >
      <h3 class="review-title" id={titleId} dir="auto">
        {outcome === 'aced' && (
          <span class="review-ace-mark" aria-hidden="true">
            ★
          </span>
        )}
        {assignment.url ? (
          // The course page or the exercise, to open and share while reviewing it.
          <a href={assignment.url} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </h3>
      <p class="review-meta">{meta.join(' · ')}</p>
      <OutcomeChoice id={id} outcome={outcome} onChoose={(segment) => void choose(segment)} />
      <div class="review-row-actions">
        {done && (
          <span class="review-aced">
            <input
              type="checkbox"
              id={`${id}-aced`}
              checked={outcome === 'aced'}
              onChange={(event) => void choose(event.currentTarget.checked ? 'aced' : 'done')}
            />
            <label for={`${id}-aced`}>{t('reviewOutcomeAced')}</label>
          </span>
        )}
        <button
          type="button"
          class="link-button review-more-toggle disclosure"
          aria-expanded={open}
          aria-controls={moreId}
          onClick={() => setOpen(!open)}
        >
          {t(outcome ? 'reviewAdviceAndNote' : 'reviewWriteNote')}
        </button>
        {/* Only once the unfinished outcome is on disk: the background gives again what it holds. */}
        {asked === null && <GiveAgain model={model} assignment={assignment} />}
      </div>
      {!open && savedNote && (
        <p class="review-note-preview" dir="auto">
          {t('reviewNotePreview', savedNote)}
        </p>
      )}
      {/* Hidden, not removed: a note being typed stays as it is when the row folds. */}
      <div class="review-more" id={moreId} hidden={!open}>
        {assignment.skills.length > 0 && (
          <p class="review-meta" dir="auto">
            {t('reviewSkills', assignment.skills.join(', '))}
          </p>
        )}
        {outcome && <OutcomeGuidance outcome={outcome} />}
        <TextField
          multiline
          id={`${id}-note`}
          label={t('reviewNote')}
          value={note}
          onValue={(value) => {
            edit(value);
            setNoteSaved(false);
          }}
          error={null}
          hint={outcome ? undefined : t('reviewNoteHint')}
          rows={2}
          maxLength={NOTE_MAX}
          onFocus={() => (typing.current = true)}
          onBlur={() => {
            typing.current = false;
            void saveNote();
          }}
        />
        {outcome && (
          <div class="inline">
            <button type="button" class="secondary" aria-label={t('reviewSaveNoteLabel', title)} onClick={() => void saveNote()}>
              {t('reviewSaveNote')}
            </button>
            {/* Work done unasked exists only through its review: clearing it would lose it. */}
            {assignment.origin === 'goal' && (
              <button type="button" class="link-button" aria-label={t('reviewClearLabel', title)} onClick={() => void choose(null)}>
                {t('reviewClear')}
              </button>
            )}
          </div>
        )}
        <p class="hint" role="status">
          {noteSaved ? t('reviewNoteSaved') : ''}
        </p>
      </div>
    </div>
  );
}
