import { useLayoutEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/utils/shared/i18n';
import { reportInputSchema } from '@/utils/core/platform/platform-schemas';
import { DRAFT_COMMENT_MAX, type ReportProblem, SKILL_LEVELS } from '@/utils/core/report/report-draft';
import { LEVEL_NAMES } from '@/components/common/level-names';
import { TextField } from '@/components/common/text-field';
import type { ReportModel } from './model';
import { SKILL_NAME_MAX } from '@/utils/core/rules/limits';

const PROBLEM_MESSAGES: Record<Exclude<Extract<ReportProblem, { field: `skill-${number}` }>['kind'], 'comment-too-long'>, MessageKey> = {
  'no-level': 'reportSkillNoLevel',
  'no-skill': 'reportSkillNoName',
};
/** What the platform takes for a comment. */
const COMMENT_MAX = reportInputSchema.shape.skillEvaluations.element.shape.comment.maxLength!;

interface Props {
  model: ReportModel;
  /** The editor's prefix for ids, so it can move the focus to a skill. */
  id: string;
  /** The mentor's language, for numbers. */
  language: string;
}

/** The skills worked on this session, each with a level on the rubric and a one-line comment. */
export function SkillEvaluations({ model, id, language }: Props) {
  const [skill, setSkill] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // A fresh object each time, so asking for the same element twice still moves the focus.
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);
  useLayoutEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const evaluations = model.fields.value?.skillEvaluations ?? [];
  const problems = model.problems.value;
  const addId = `${id}-skill-new`;
  const itemId = (index: number) => `${id}-skill-${index}`;
  const count = new Intl.NumberFormat(language).format;
  const problemOf = (index: number, comment: boolean) => {
    const found = problems.find((p) => p.field === `skill-${index}` && (p.kind === 'comment-too-long') === comment);
    if (!found) return null;
    if (found.kind !== 'comment-too-long') return t(PROBLEM_MESSAGES[found.kind as keyof typeof PROBLEM_MESSAGES]);
    // The comment stays as typed: the message says how long it is, and what is taken.
    const length = evaluations[index]!.comment.trim().length;
    return length > DRAFT_COMMENT_MAX
      ? t('reportTextTooLongToKeep', count(length), count(DRAFT_COMMENT_MAX))
      : t('reportSkillCommentTooLong', count(length), count(COMMENT_MAX));
  };

  const add = (event: Event) => {
    event.preventDefault();
    const name = skill.trim();
    const error = !name ? t('reportSkillMissing') : model.addSkill(name) ? null : t('reportSkillAlready', name);
    setAddError(error);
    if (error) return setFocusTarget({ id: addId });
    model.flush();
    setSkill('');
    setStatus(t('reportSkillAdded', name));
    setFocusTarget({ id: `${itemId(evaluations.length)}-level-1` });
  };
  const remove = (index: number) => {
    const name = evaluations[index]!.skill;
    model.removeSkill(index);
    model.flush();
    setStatus(t('reportSkillRemoved', name));
    // The focus goes to the skill that took its place, else the one before, else the new skill's field.
    const next = index < evaluations.length - 1 ? index : index - 1;
    setFocusTarget({ id: next >= 0 ? `${itemId(next)}-level-1` : addId });
  };

  const addDescribedBy = [addError && `${addId}-error`, `${addId}-hint`].filter(Boolean).join(' ');
  return (
    <section class="report-skills" aria-labelledby={`${id}-skills-heading`}>
      <h3 id={`${id}-skills-heading`}>{t('reportSkills')}</h3>
      <p class="hint">{t('reportSkillsHint')}</p>
      {evaluations.length > 0 && (
        <ul class="report-skill-list">
          {evaluations.map((evaluation, index) => {
            const base = itemId(index);
            const levelError = problemOf(index, false);
            return (
              <li key={evaluation.skill}>
                <fieldset class="report-skill">
                  <legend dir="auto">{evaluation.skill}</legend>
                  <fieldset class="report-levels" aria-describedby={levelError ? `${base}-level-error` : undefined}>
                    <legend>{t('reportSkillLevel')}</legend>
                    {SKILL_LEVELS.map((level) => (
                      <div class="report-choice" key={level}>
                        <input
                          type="radio"
                          id={`${base}-level-${level}`}
                          name={`${base}-level`}
                          checked={evaluation.level === level}
                          aria-invalid={levelError ? true : undefined}
                          onChange={() => {
                            model.setSkillLevel(index, level);
                            model.flush();
                          }}
                        />
                        <label for={`${base}-level-${level}`}>{t(LEVEL_NAMES[level]!)}</label>
                      </div>
                    ))}
                  </fieldset>
                  {levelError && (
                    <p id={`${base}-level-error`} class="field-error">
                      {levelError}
                    </p>
                  )}
                  <TextField
                    id={`${base}-comment`}
                    class="wide"
                    label={t('reportSkillComment')}
                    value={evaluation.comment}
                    onValue={(comment) => model.setSkillComment(index, comment)}
                    error={problemOf(index, true)}
                    dir="auto"
                    onBlur={model.flush}
                  />
                  <button
                    type="button"
                    class="secondary"
                    aria-label={t('reportSkillRemoveLabel', evaluation.skill)}
                    onClick={() => remove(index)}
                  >
                    {t('reportSkillRemove')}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
      <form class="report-skill-add" noValidate onSubmit={add}>
        <div class="field">
          <label for={addId}>{t('reportSkillToAdd')}</label>
          <input
            id={addId}
            class="wide"
            list={`${addId}-suggestions`}
            dir="auto"
            value={skill}
            maxLength={SKILL_NAME_MAX}
            autoComplete="off"
            aria-invalid={!!addError}
            aria-describedby={addDescribedBy}
            onInput={(event) => setSkill(event.currentTarget.value)}
          />
          <datalist id={`${addId}-suggestions`}>
            {model.skillSuggestions.value.map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
          </datalist>
          <p id={`${addId}-hint`} class="hint">
            {t('reportSkillToAddHint')}
          </p>
          {addError && (
            <p id={`${addId}-error`} class="field-error">
              {addError}
            </p>
          )}
        </div>
        <button type="submit" class="secondary">
          {t('reportSkillAdd')}
        </button>
      </form>
      <p class="report-skill-status" role="status">
        {status}
      </p>
    </section>
  );
}
