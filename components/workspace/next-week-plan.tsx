import type { WorkspaceModel } from './model';
import { ExerciseFinder } from './exercise-finder';
import { ExerciseSuggestions } from './exercise-suggestions';
import { NextSessionPicker } from './next-session-picker';
import { NextWeekGoals } from './next-week-goals';

/** The "Next week" tab: the work for the coming week, then the date of the next call. */
export function NextWeekPlan({ model }: { model: WorkspaceModel }) {
  return (
    <div class="next-week-plan">
      <NextWeekGoals model={model} />
      <ExerciseSuggestions model={model} />
      <ExerciseFinder model={model} />
      <NextSessionPicker model={model} />
    </div>
  );
}
