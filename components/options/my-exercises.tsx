import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import type { Exercise } from '@/utils/core/platform/platform-schemas';
import { ConfirmStep } from './confirm-step';
import { ExerciseForm } from './exercise-form';
import { PageError } from '@/components/common/page-error';
import type { OptionsModel } from './model';

/** The exercises the mentor wrote, offered beside the platform's and Cadence's own. */
export function MyExercises({ model }: { model: OptionsModel }) {
  const [mine, setMine] = useState<Exercise[] | null>(null);
  /** An exercise id, 'new' for the add form, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const load = useCallback(async () => {
    const reply = await model.readExercises();
    if (reply.ok) setMine(reply.value.mine);
    else setError(reply.error.code);
  }, []);
  // An import or a wipe elsewhere on the page changes the list too.
  useEffect(() => void load(), [model.recordsVersion.value, load]);

  /** Closes the form, giving focus back to the button that opened it. */
  const closeForm = () => {
    const opener = editing === 'new' ? newButton.current : document.getElementById(`edit-exercise-${editing}`);
    setEditing(null);
    opener?.focus();
  };
  const saved = (exercise: Exercise) => {
    setNotice(t(editing === 'new' ? 'myExercisesAdded' : 'myExercisesSaved', exercise.title));
    closeForm();
    void load();
  };
  const remove = async (exercise: Exercise) => {
    setBusy(true);
    setError(null);
    const reply = await model.deleteExercise(exercise.id);
    setBusy(false);
    setDeleting(null);
    if (!reply.ok) setError(reply.error.code);
    else {
      setNotice(t('myExercisesDeleted', exercise.title));
      newButton.current?.focus();
    }
    void load();
  };

  return (
    <section aria-labelledby="my-exercises-heading">
      <h2 id="my-exercises-heading">{t('myExercisesHeading')}</h2>
      <p class="hint">{t('myExercisesIntro')}</p>
      {mine && mine.length === 0 && <p>{t('myExercisesNone')}</p>}
      {mine && mine.length > 0 && (
        <ul class="record-list">
          {mine.map((exercise) => (
            <li key={exercise.id} class="record">
              <h3 dir="auto">{exercise.title}</h3>
              <p dir="auto">{t('myExercisesSummary', exercise.skills.join(', '), exercise.level, exercise.minutes)}</p>
              {exercise.paths.length > 0 && <p dir="auto">{t('myExercisesPaths', exercise.paths.join(', '))}</p>}
              {exercise.projects.length > 0 && <p dir="auto">{t('myExercisesProjects', exercise.projects.join(', '))}</p>}
              <div class="actions">
                <button
                  type="button"
                  class="secondary"
                  id={`edit-exercise-${exercise.id}`}
                  aria-expanded={editing === exercise.id}
                  onClick={() => {
                    setNotice(null);
                    setEditing(editing === exercise.id ? null : exercise.id);
                  }}
                  dir="auto"
                >
                  {t('myExercisesEdit', exercise.title)}
                </button>
                <button
                  type="button"
                  class="secondary"
                  aria-expanded={deleting === exercise.id}
                  onClick={() => {
                    setNotice(null);
                    setDeleting(exercise.id);
                  }}
                  dir="auto"
                >
                  {t('myExercisesDelete', exercise.title)}
                </button>
              </div>
              {editing === exercise.id && <ExerciseForm model={model} exercise={exercise} onSaved={saved} onCancel={closeForm} />}
              {deleting === exercise.id && (
                <ConfirmStep
                  confirmLabel={t('optionsDeleteConfirm')}
                  busy={busy}
                  onConfirm={() => void remove(exercise)}
                  onCancel={() => setDeleting(null)}
                >
                  <p>{t('myExercisesDeleteQuestion', exercise.title)}</p>
                </ConfirmStep>
              )}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        ref={newButton}
        aria-expanded={editing === 'new'}
        onClick={() => {
          setNotice(null);
          setEditing(editing === 'new' ? null : 'new');
        }}
      >
        {t('myExercisesNew')}
      </button>
      {editing === 'new' && <ExerciseForm model={model} exercise={null} onSaved={saved} onCancel={closeForm} />}
      {notice && <p role="status">{notice}</p>}
      <PageError code={error} />
    </section>
  );
}
