import { t } from '@/utils/shared/i18n';
import type { Outcome } from '@/utils/core/review/assignment';
import { OUTCOME_SEGMENTS, type OutcomeSegment, SEGMENT_NAMES, segmentOf } from '@/components/common/review-work';

interface Props {
  /** Unique on the page: the radios' ids and their group's name start with it. */
  id: string;
  outcome: Outcome | null;
  onChoose(segment: OutcomeSegment): void;
}

/**
 * The outcome as one row of three segments. They are native radios, so the
 * arrow keys move and choose as in any radio group, and a reload or a refused
 * save puts the saved one back; the chosen one wears a tick (style sheet), not
 * only a colour.
 */
export function OutcomeChoice({ id, outcome, onChoose }: Props) {
  const chosen = outcome && segmentOf(outcome);
  return (
    <div class="review-segments" role="radiogroup" aria-label={t('reviewOutcomeGroup')}>
      {OUTCOME_SEGMENTS.map((segment) => (
        <span class="review-segment" key={segment} data-segment={segment}>
          <input
            type="radio"
            id={`${id}-${segment}`}
            name={`${id}-outcome`}
            value={segment}
            checked={chosen === segment}
            onChange={() => onChoose(segment)}
          />
          <label for={`${id}-${segment}`}>{t(SEGMENT_NAMES[segment])}</label>
        </span>
      ))}
    </div>
  );
}
