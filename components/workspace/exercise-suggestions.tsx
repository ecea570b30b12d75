import { useId, useRef } from 'preact/hooks';
import { skillLabel } from '@/utils/core/exercises/built-in-exercises';
import { givenExerciseIds } from '@/utils/core/exercises/exercise-filter';
import { rankExercises, type SuggestionReason } from '@/utils/core/exercises/rank-exercises';
import type { SourcedExercise } from '@/utils/core/exercises/sourced-exercise';
import { t } from '@/utils/shared/i18n';
import { skillSignals } from '@/utils/core/review/outcome-history';
import { weekBudget } from '@/utils/core/workspace/week-budget';
import type { WorkspaceModel } from './model';
import { ExerciseCard } from './exercise-card';

const SUGGESTIONS = 5;

function reasonText(reason: SuggestionReason, language: string): string {
  switch (reason.kind) {
    case 'struggled':
      return t('suggestReasonStruggled', skillLabel(reason.skill, language));
    case 'aced':
      return t('suggestReasonAced', skillLabel(reason.skill, language));
    case 'project':
      return t('suggestReasonProject', reason.name);
    case 'path':
      return t('suggestReasonPath', reason.name);
    case 'level':
      return t('suggestReasonLevel');
  }
}

/** The exercises that fit next week best, from last week's review, the path, the project and the level. */
export function ExerciseSuggestions({ model }: { model: WorkspaceModel }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  const view = model.view.value;
  if (!view?.student) return null;
  const { student } = view;
  const reviewed = view.review.filter((assignment) => assignment.review);
  const budget = weekBudget(view.plan, student, view.goals);
  const suggestions = rankExercises({
    exercises: model.exercises.value,
    student: { level: student.level, pathName: student.path.name, projectName: student.currentProject?.name ?? null },
    signals: skillSignals(reviewed, student.level),
    excludedIds: givenExerciseIds(view.usedExerciseIds, view.goals),
    budgetMinutes: budget.left,
    limit: SUGGESTIONS,
  });

  const added = (exercise: SourcedExercise) => {
    model.say('suggestions', t('goalsAdded', exercise.title));
    // Its card leaves the list; the heading is the nearest stable place to go on from.
    heading.current?.focus();
  };

  return (
    <section class="exercise-suggestions" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('suggestHeading')}
      </h2>
      {reviewed.length === 0 && <p class="hint">{t('suggestNoReview')}</p>}
      {suggestions.length === 0 ? (
        <p class="hint">{budget.left <= 0 ? t('suggestNoTime') : t('suggestNone')}</p>
      ) : (
        <ul class="exercise-list">
          {suggestions.map(({ exercise, reasons }) => (
            <li key={exercise.id}>
              <ExerciseCard
                model={model}
                exercise={exercise}
                reasons={reasons.map((reason) => reasonText(reason, model.language))}
                given={false}
                onAdded={added}
              />
            </li>
          ))}
        </ul>
      )}
      <p class="suggest-status" role="status">
        {model.saidBy('suggestions')}
      </p>
    </section>
  );
}
