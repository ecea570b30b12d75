import { type MessageKey, t } from '@/utils/shared/i18n';
import type { Outcome } from '@/utils/core/review/assignment';

const ADVICE: Record<Outcome, MessageKey[]> = {
  done: ['reviewGuidanceDone1', 'reviewGuidanceDone2', 'reviewGuidanceDone3'],
  aced: ['reviewGuidanceAced1', 'reviewGuidanceAced2', 'reviewGuidanceAced3'],
  difficulties: ['reviewGuidanceDifficulties1', 'reviewGuidanceDifficulties2', 'reviewGuidanceDifficulties3'],
  'not-done': ['reviewGuidanceNotDone1', 'reviewGuidanceNotDone2'],
};

/** A reminder of how to handle an outcome, while the student is still on the call. */
export function OutcomeGuidance({ outcome }: { outcome: Outcome }) {
  return (
    <div class="review-guidance" data-outcome={outcome}>
      <p class="review-guidance-heading">{t('reviewGuidanceHeading')}</p>
      <ul>
        {ADVICE[outcome].map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </div>
  );
}
