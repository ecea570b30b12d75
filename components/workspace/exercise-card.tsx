import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { skillsToText } from '@/utils/core/exercises/exercise-filter';
import type { ExerciseSource, SourcedExercise } from '@/utils/core/exercises/sourced-exercise';
import { formatMinutes } from '@/utils/shared/format-duration';
import { type MessageKey, t } from '@/utils/shared/i18n';
import type { WorkspaceModel } from './model';

const SOURCES: Record<ExerciseSource, MessageKey> = {
  platform: 'suggestSourcePlatform',
  'built-in': 'suggestSourceBuiltIn',
  mine: 'suggestSourceMine',
};

interface Props {
  model: WorkspaceModel;
  exercise: SourcedExercise;
  /** Why it is suggested, in words; none in search results. */
  reasons?: string[];
  /** Already had by the student, or in next week's goals: nothing to add. */
  given: boolean;
  onAdded: (exercise: SourcedExercise) => void;
}

/** One exercise of the collection, ready to be added to next week's work. */
export function ExerciseCard({ model, exercise, reasons = [], given, onAdded }: Props) {
  const id = useId();
  const givenNote = useRef<HTMLParagraphElement>(null);
  const addedHere = useRef(false);
  // The add button goes once the exercise is given: the focus goes to what replaced it.
  useLayoutEffect(() => {
    if (given && addedHere.current) givenNote.current?.focus();
    addedHere.current = false;
  }, [given]);

  const add = async () => {
    addedHere.current = true;
    const saved = await model.addGoal({
      kind: 'exercise',
      title: exercise.title,
      url: '',
      estimatedMinutes: exercise.minutes,
      skills: exercise.skills,
      exerciseId: exercise.id,
      level: exercise.level,
    });
    if (saved) onAdded(exercise);
    else addedHere.current = false;
  };

  return (
    <article class="exercise-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} dir="auto">
        {exercise.title}
      </h3>
      <p class="exercise-meta">
        <span class={`exercise-source exercise-source-${exercise.source}`}>{t(SOURCES[exercise.source])}</span>
        <span>{t('suggestLevel', exercise.level)}</span>
        <span>{formatMinutes(exercise.minutes, model.language)}</span>
      </p>
      {exercise.skills.length > 0 && (
        <p class="exercise-skills" dir="auto">
          {t('goalsSkills', skillsToText(exercise.skills, model.language))}
        </p>
      )}
      {reasons.length > 0 && (
        <ul class="exercise-reasons">
          {reasons.map((reason) => (
            <li key={reason} dir="auto">
              {reason}
            </li>
          ))}
        </ul>
      )}
      {exercise.instructions.trim() && (
        <details class="exercise-instructions">
          <summary>{t('suggestInstructions')}</summary>
          <p dir="auto">{exercise.instructions}</p>
        </details>
      )}
      {given ? (
        <p class="exercise-given" ref={givenNote} tabIndex={-1}>
          {t('suggestGiven')}
        </p>
      ) : (
        <button
          type="button"
          id={`${id}-add`}
          aria-labelledby={`${id}-add ${id}-title`}
          disabled={model.busy.value === 'add-goal'}
          onClick={add}
        >
          {t('suggestAdd')}
        </button>
      )}
    </article>
  );
}
