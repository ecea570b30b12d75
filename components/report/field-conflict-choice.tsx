import { useEffect, useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/utils/shared/i18n';
import type { ReportFields } from '@/utils/core/report/report-draft';
import type { ReportFieldKey } from '@/utils/core/report/draft-merge';
import { LEVEL_NAMES } from '@/components/common/level-names';
import type { ReportModel } from './model';

interface Props {
  model: ReportModel;
  field: ReportFieldKey;
  /** The editor's prefix for ids. */
  id: string;
  /** Where the focus goes once the mentor has chosen: the field's own control. */
  onChosen: () => void;
}

const FIELD_NAMES: Record<ReportFieldKey, MessageKey> = {
  attendance: 'reportAttendance',
  summary: 'reportSummary',
  privateNotes: 'reportPrivateNotes',
  skillEvaluations: 'reportSkills',
};

const isText = (field: ReportFieldKey): field is 'summary' | 'privateNotes' => field === 'summary' || field === 'privateNotes';

/** One version of a field, as the mentor reads it. */
function versionOf<K extends ReportFieldKey>(field: K, value: ReportFields[K]) {
  if (field === 'attendance') {
    const attendance = value as ReportFields['attendance'];
    return <p>{attendance.status === 'late' ? t('reportConflictLate', attendance.lateMinutes) : t('reportPresent')}</p>;
  }
  if (field === 'skillEvaluations') {
    const evaluations = value as ReportFields['skillEvaluations'];
    if (evaluations.length === 0) return <p>{t('reportConflictNoSkills')}</p>;
    return (
      <ul>
        {evaluations.map((evaluation, index) => (
          <li key={index} dir="auto">
            {t(
              'reportConflictSkill',
              evaluation.skill,
              evaluation.level === null ? t('reportConflictNoLevel') : t(LEVEL_NAMES[evaluation.level]!),
              evaluation.comment,
            )}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <p class="report-conflict-text" dir="auto">
      {value as string}
    </p>
  );
}

/**
 * A field changed here and in another window since this one last read it:
 * both texts side by side, "Saved in another window" and "Yours", and the
 * mentor keeps one, or (for the texts) writes the two into one. Nothing is
 * saved over the other text until then.
 */
export function FieldConflictChoice({ model, field, id, onChosen }: Props) {
  const [merging, setMerging] = useState<string | null>(null);
  const mergedText = useRef<HTMLTextAreaElement>(null);
  // "Merge them" opens the combined text: the mentor goes on typing there.
  const mergeOpen = merging !== null;
  useEffect(() => {
    if (mergeOpen) mergedText.current?.focus();
  }, [mergeOpen]);
  const conflict = model.conflicts.value.find((c) => c.field === field);
  const mine = model.fields.value?.[field];
  if (!conflict || mine === undefined) return null;
  const prefix = `${id}-${field}-conflict`;
  const choose = (value: ReportFields[typeof field]) => {
    setMerging(null);
    model.choose(field, value);
    onChosen();
  };
  return (
    <section class="report-conflict" aria-labelledby={`${prefix}-heading`} data-testid={`conflict-${field}`}>
      <h3 id={`${prefix}-heading`} tabIndex={-1}>
        {t('reportConflictHeading', t(FIELD_NAMES[field]))}
      </h3>
      <p class="hint">{t('reportConflictHint')}</p>
      <div class="report-conflict-versions">
        <section aria-labelledby={`${prefix}-theirs`}>
          <h4 id={`${prefix}-theirs`}>{t('reportConflictTheirs')}</h4>
          {versionOf(field, conflict.theirs)}
        </section>
        <section aria-labelledby={`${prefix}-yours`}>
          <h4 id={`${prefix}-yours`}>{t('reportConflictYours')}</h4>
          {versionOf(field, mine)}
        </section>
      </div>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => choose(conflict.theirs)}>
          {t('reportConflictKeepTheirs')}
        </button>
        <button type="button" class="secondary" onClick={() => choose(mine)}>
          {t('reportConflictKeepYours')}
        </button>
        {isText(field) && (
          <button
            type="button"
            class="secondary"
            aria-expanded={merging !== null}
            aria-controls={merging !== null ? `${prefix}-merged` : undefined}
            onClick={() => setMerging(merging === null ? `${conflict.theirs as string}\n\n${mine as string}` : null)}
          >
            {t('reportConflictMerge')}
          </button>
        )}
      </div>
      {merging !== null && isText(field) && (
        <div class="field">
          <label for={`${prefix}-merged`}>{t('reportConflictMerged')}</label>
          <textarea
            id={`${prefix}-merged`}
            rows={8}
            dir="auto"
            value={merging}
            ref={mergedText}
            onInput={(event) => setMerging(event.currentTarget.value)}
          />
          <div class="actions">
            <button type="button" onClick={() => choose(merging)}>
              {t('reportConflictUseMerged')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
