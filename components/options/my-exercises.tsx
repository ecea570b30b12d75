import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import type { Exercise } from '@/utils/core/platform/platform-schemas';
import { ConfirmStep } from './confirm-step';
import { ExerciseForm } from './exercise-form';
import { RecordActions } from './record-actions';
import { useRecordList } from './use-record-list';
import { PageError } from '@/components/common/page-error';
import type { OptionsModel } from './model';

/** The exercises the mentor wrote, offered beside the platform's and Cadence's own. */
export function MyExercises({ model }: { model: OptionsModel }) {
  const [mine, setMine] = useState<Exercise[] | null>(null);
  const list = useRecordList((exerciseId) => `edit-exercise-${exerciseId}`);
  const { editing, deleting } = list;

  const load = useCallback(async () => {
    const reply = await model.readExercises();
    if (reply.ok) setMine(reply.value.mine);
    else list.setError(reply.error.code);
  }, []);
  // An import or a wipe elsewhere on the page changes the list too.
  useEffect(() => void load(), [model.recordsVersion.value, load]);

  const saved = (exercise: Exercise) => {
    list.saved(t('myExercisesAdded', exercise.title), t('myExercisesSaved', exercise.title));
    void load();
  };
  const remove = async (exercise: Exercise) => {
    await list.remove(() => model.deleteExercise(exercise.id), t('myExercisesDeleted', exercise.title));
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
              <RecordActions
                editId={`edit-exercise-${exercise.id}`}
                editLabel={t('myExercisesEdit', exercise.title)}
                deleteLabel={t('myExercisesDelete', exercise.title)}
                editing={editing === exercise.id}
                deleting={deleting === exercise.id}
                onEdit={() => list.toggleForm(exercise.id)}
                onDelete={() => list.askToDelete(exercise.id)}
              />
              {editing === exercise.id && <ExerciseForm model={model} exercise={exercise} onSaved={saved} onCancel={list.closeForm} />}
              {deleting === exercise.id && (
                <ConfirmStep
                  confirmLabel={t('optionsDeleteConfirm')}
                  busy={list.busy}
                  onConfirm={() => void remove(exercise)}
                  onCancel={list.keep}
                >
                  <p>{t('myExercisesDeleteQuestion', exercise.title)}</p>
                </ConfirmStep>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" ref={list.addButton} aria-expanded={editing === 'new'} onClick={() => list.toggleForm('new')}>
        {t('myExercisesNew')}
      </button>
      {editing === 'new' && <ExerciseForm model={model} exercise={null} onSaved={saved} onCancel={list.closeForm} />}
      {list.notice && <p role="status">{list.notice}</p>}
      <PageError code={list.error} />
    </section>
  );
}
