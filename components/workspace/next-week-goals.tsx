import { useId, useLayoutEffect, useState } from 'preact/hooks';
import { skillsToText } from '@/utils/core/exercises/exercise-filter';
import { formatMinutes } from '@/utils/shared/format-duration';
import { t } from '@/utils/shared/i18n';
import type { WorkInput } from '@/utils/protocol/page-to-background';
import type { Assignment } from '@/utils/core/review/assignment';
import { weekBudget } from '@/utils/core/workspace/week-budget';
import type { WorkspaceModel } from './model';
import { KIND_NAMES } from '@/components/common/review-work';
import { GoalForm } from './goal-form';

/** The form open: a goal's id, 'new', or none. */
type Editing = string | 'new' | null;

/** Next week's work as set so far, against the student's time this week. */
export function NextWeekGoals({ model }: { model: WorkspaceModel }) {
  const id = useId();
  const [editing, setEditing] = useState<Editing>(null);
  // A fresh object each time, so asking for the same element twice still moves the focus.
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);
  useLayoutEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const view = model.view.value;
  if (!view?.student) return null;
  const language = model.language;
  const budget = weekBudget(view.plan, view.student, view.goals);
  // The bar stops full; the words say by how much the week is over.
  const filled = budget.over ? 100 : budget.available > 0 ? (budget.planned / budget.available) * 100 : 0;
  const addId = `${id}-add`;
  const editId = (goal: Assignment) => `${id}-edit-${goal.id}`;
  const titleId = (goal: Assignment) => `${id}-title-${goal.id}`;

  const add = async (work: WorkInput) => {
    const saved = await model.addGoal(work);
    if (saved) {
      setEditing(null);
      model.say('goals', t('goalsAdded', work.title));
      setFocusTarget({ id: addId });
    }
    return saved;
  };
  const update = async (goal: Assignment, work: WorkInput) => {
    const saved = await model.updateGoal(goal.id, work);
    if (saved) {
      setEditing(null);
      model.say('goals', t('goalsSaved', work.title));
      setFocusTarget({ id: editId(goal) });
    }
    return saved;
  };
  const remove = async (goal: Assignment, index: number) => {
    if (!(await model.removeGoal(goal.id))) return;
    // The focus goes to the goal that took its place, else the one before, else "Add a goal".
    const rest = model.view.value?.goals ?? [];
    const next = rest[index] ?? rest[index - 1];
    model.say('goals', t('goalsRemoved', goal.title));
    setFocusTarget({ id: next ? editId(next) : addId });
  };
  const cancel = (focusId: string) => {
    setEditing(null);
    setFocusTarget({ id: focusId });
  };

  return (
    <section class="next-week-goals" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('goalsHeading')}</h2>
      <div class="week-budget">
        <p>{t('goalsBudget', formatMinutes(budget.planned, language), formatMinutes(budget.available, language))}</p>
        <div class={budget.over ? 'budget-bar budget-bar-over' : 'budget-bar'} aria-hidden="true">
          <span style={{ width: `${filled}%` }} />
        </div>
        <p class="budget-over" role="status">
          {budget.over ? t('goalsOver', formatMinutes(-budget.left, language)) : ''}
        </p>
      </div>
      {view.goals.length === 0 ? (
        <p class="hint">{t('goalsNone')}</p>
      ) : (
        <ul class="goal-list">
          {view.goals.map((goal, index) => (
            <li key={goal.id} class="goal">
              {editing === goal.id ? (
                <GoalForm goal={goal} language={language} onSave={(work) => update(goal, work)} onCancel={() => cancel(editId(goal))} />
              ) : (
                <>
                  <h3 id={titleId(goal)} class="goal-title" dir="auto">
                    {goal.url ? (
                      <a href={goal.url} target="_blank" rel="noopener noreferrer">
                        {goal.title}
                      </a>
                    ) : (
                      goal.title
                    )}
                  </h3>
                  <p class="goal-kind">
                    {t(KIND_NAMES[goal.kind])} · {formatMinutes(goal.estimatedMinutes, language)}
                    {goal.carriedOver && ` · ${t('workTimesGiven', goal.carriedOver.times)}`}
                  </p>
                  {goal.skills.length > 0 && (
                    <p class="goal-skills" dir="auto">
                      {t('goalsSkills', skillsToText(goal.skills, language))}
                    </p>
                  )}
                  <div class="actions">
                    <button
                      type="button"
                      class="secondary"
                      id={editId(goal)}
                      aria-labelledby={`${editId(goal)} ${titleId(goal)}`}
                      onClick={() => setEditing(goal.id)}
                    >
                      {t('goalsEdit')}
                    </button>
                    <button
                      type="button"
                      class="secondary"
                      id={`${id}-remove-${goal.id}`}
                      aria-labelledby={`${id}-remove-${goal.id} ${titleId(goal)}`}
                      disabled={model.busy.value === `goal:${goal.id}`}
                      onClick={() => remove(goal, index)}
                    >
                      {t('goalsRemove')}
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing === 'new' ? (
        <GoalForm goal={null} language={language} onSave={add} onCancel={() => cancel(addId)} />
      ) : (
        <button type="button" id={addId} onClick={() => setEditing('new')}>
          {t('goalsAdd')}
        </button>
      )}
      <p class="goals-status" role="status">
        {model.saidBy('goals')}
      </p>
    </section>
  );
}
