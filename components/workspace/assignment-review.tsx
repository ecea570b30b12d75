import { useId } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import { reviewProgress, settingDate } from '@/components/common/review-work';
import type { WorkspaceModel } from './model';
import { AssignmentOutcome } from './assignment-outcome';
import { NotDoneNotice } from './not-done-notice';
import { UnaskedWorkForm } from './unasked-work-form';

/** The progress phase: each piece of last week's work and how it went, one compact row each. */
export function AssignmentReview({ model }: { model: WorkspaceModel }) {
  const headingId = useId();
  const view = model.view.value;
  if (!view) return null;
  const { reviewed, total } = reviewProgress(view.review);
  // The sessions whose dates the view knows: enough to date last week's goals.
  const sessions = [view.previous, view.session, ...view.upcoming];
  return (
    <section class="review" aria-labelledby={headingId}>
      <div class="review-header">
        <h2 id={headingId}>{t('reviewHeading')}</h2>
        {total > 0 && <p class="review-progress">{t('reviewProgress', reviewed, total)}</p>}
      </div>
      <NotDoneNotice model={model} />
      {total === 0 && <p class="hint">{t('reviewNothingSet')}</p>}
      {view.review.length > 0 && (
        <ul class="review-list">
          {view.review.map((assignment) => (
            <li key={assignment.id}>
              <AssignmentOutcome model={model} assignment={assignment} setOn={settingDate(assignment, sessions)} />
            </li>
          ))}
        </ul>
      )}
      <UnaskedWorkForm model={model} />
    </section>
  );
}
