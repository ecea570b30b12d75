import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import type { Assignment } from '@/utils/core/review/assignment';
import { canGiveAgain, givenAgainAs } from '@/utils/core/review/carry-over';
import type { WorkspaceModel } from './model';

/**
 * "Give again next week" under a piece of last week's work left unfinished:
 * one action sets the same work for next week, linked to the first time. Once
 * given, the row says so where the button was, and the focus stays there.
 */
export function GiveAgain({ model, assignment }: { model: WorkspaceModel; assignment: Assignment }) {
  const given = givenAgainAs(assignment, model.view.value?.goals ?? []);
  const said = useRef<HTMLParagraphElement>(null);
  const asked = useRef(false);
  useLayoutEffect(() => {
    // The button is gone under the mentor's focus: the words that replaced it take it.
    if (given && asked.current) said.current?.focus();
    asked.current = false;
  }, [given]);
  if (!given && !canGiveAgain(assignment)) return null;
  const give = async () => {
    asked.current = true;
    if (!(await model.giveAgain(assignment.id))) asked.current = false;
  };
  return (
    <>
      {!given && (
        <button
          type="button"
          class="secondary review-give-again"
          aria-label={t('reviewGiveAgainLabel', assignment.title)}
          disabled={model.busy.value === `give-again:${assignment.id}`}
          onClick={() => void give()}
        >
          {t('reviewGiveAgain')}
        </button>
      )}
      <p class="review-given-again" role="status" tabIndex={-1} ref={said}>
        {given ? t('reviewGivenAgain', given.carriedOver?.times ?? 2) : ''}
      </p>
    </>
  );
}
