import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { skillLabel } from '@/utils/core/exercises/built-in-exercises';
import { collectionSkills, filterExercises, givenExerciseIds, LENGTH_BUCKETS, NO_FILTER } from '@/utils/core/exercises/exercise-filter';
import type { ExerciseFilter, LengthBucket } from '@/utils/core/exercises/exercise-filter';
import { EXERCISE_SOURCES, type ExerciseSource, type SourcedExercise } from '@/utils/core/exercises/sourced-exercise';
import { type MessageKey, t } from '@/utils/shared/i18n';
import type { WorkspaceModel } from './model';
import { ExerciseCard } from './exercise-card';

/** Results shown at first, and added by each "Show more". */
const PAGE = 20;
const LEVELS = [1, 2, 3, 4, 5];

/** A select's option: its value and its text. */
type Option = [value: string, text: string];

/** One of the finder's selects, and how its value sets the filter. */
interface FilterSelect {
  name: string;
  label: MessageKey;
  value: string;
  options: Option[];
  read(value: string): Partial<ExerciseFilter>;
}

const LENGTHS: Record<LengthBucket, MessageKey> = {
  'up-to-30': 'finderUpTo30',
  'up-to-60': 'finderUpTo60',
  'up-to-120': 'finderUpTo120',
  longer: 'finderLonger',
};

const SOURCES: Record<ExerciseSource, MessageKey> = {
  platform: 'finderSourcePlatform',
  'built-in': 'finderSourceBuiltIn',
  mine: 'finderSourceMine',
};

function countText(count: number, language: string): string {
  if (count === 0) return t('finderCountNone');
  const number = new Intl.NumberFormat(language).format(count);
  return new Intl.PluralRules(language).select(count) === 'one' ? t('finderCountOne', number) : t('finderCountOther', number);
}

/** The whole collection of exercises, searched and filtered, folded away until asked for. */
export function ExerciseFinder({ model }: { model: WorkspaceModel }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState<ExerciseFilter>(NO_FILTER);
  const [shown, setShown] = useState(PAGE);
  const list = useRef<HTMLUListElement>(null);
  // After "Show more", the focus goes to the first new result.
  const firstNew = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (firstNew.current === null) return;
    list.current?.children[firstNew.current]?.querySelector<HTMLElement>('h3')?.focus();
    firstNew.current = null;
  }, [shown]);

  const view = model.view.value;
  if (!view) return null;
  const language = model.language;
  const exercises = model.exercises.value;
  const results = filterExercises(exercises, filter, language);
  const given = givenExerciseIds(view.usedExerciseIds, view.goals);
  const fieldId = (name: string) => `${id}-${name}`;
  const change = (patch: Partial<ExerciseFilter>) => {
    setFilter((current) => ({ ...current, ...patch }));
    setShown(PAGE);
  };
  const skills = collectionSkills(exercises, language);
  const filters: FilterSelect[] = [
    {
      name: 'skill',
      label: 'finderSkill',
      value: filter.skill ?? '',
      options: [['', t('finderAnySkill')], ...skills.map((skill): Option => [skill, skillLabel(skill, language)])],
      read: (value) => ({ skill: value || null }),
    },
    {
      name: 'level',
      label: 'finderLevel',
      value: filter.level === null ? '' : String(filter.level),
      options: [['', t('finderAnyLevel')], ...LEVELS.map((level): Option => [String(level), t('suggestLevel', level)])],
      read: (value) => ({ level: value ? Number(value) : null }),
    },
    {
      name: 'length',
      label: 'finderLength',
      value: filter.length ?? '',
      options: [['', t('finderAnyLength')], ...LENGTH_BUCKETS.map((length): Option => [length, t(LENGTHS[length])])],
      read: (value) => ({ length: (value || null) as LengthBucket | null }),
    },
    {
      name: 'source',
      label: 'finderSource',
      value: filter.source ?? '',
      options: [['', t('finderAnySource')], ...EXERCISE_SOURCES.map((source): Option => [source, t(SOURCES[source])])],
      read: (value) => ({ source: (value || null) as ExerciseSource | null }),
    },
  ];

  return (
    <section class="exercise-finder" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <button
          type="button"
          class="finder-toggle disclosure"
          aria-expanded={open}
          aria-controls={fieldId('body')}
          onClick={() => setOpen(!open)}
        >
          {t('finderHeading')}
        </button>
      </h2>
      <div id={fieldId('body')} hidden={!open}>
        <div class="finder-filters" role="search">
          <div class="field">
            <label for={fieldId('text')}>{t('finderSearch')}</label>
            <input
              id={fieldId('text')}
              type="search"
              dir="auto"
              value={filter.text}
              aria-describedby={`${fieldId('text')}-hint`}
              onInput={(event) => change({ text: event.currentTarget.value })}
            />
            <p id={`${fieldId('text')}-hint`} class="hint">
              {t('finderSearchHint')}
            </p>
          </div>
          {filters.map(({ name, label, value, options, read }) => (
            <div class="field" key={name}>
              <label for={fieldId(name)}>{t(label)}</label>
              <select id={fieldId(name)} value={value} onChange={(event) => change(read(event.currentTarget.value))}>
                {options.map(([optionValue, text]) => (
                  <option key={optionValue} value={optionValue}>
                    {text}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="button" class="secondary" onClick={() => change(NO_FILTER)}>
            {t('finderReset')}
          </button>
        </div>
        <p class="finder-count" role="status">
          {open ? countText(results.length, language) : ''}
        </p>
        <ul class="exercise-list" ref={list}>
          {results.slice(0, shown).map((exercise) => (
            <li key={exercise.id}>
              <ExerciseCard
                model={model}
                exercise={exercise}
                given={given.has(exercise.id)}
                onAdded={(added: SourcedExercise) => model.say('finder', t('goalsAdded', added.title))}
              />
            </li>
          ))}
        </ul>
        {results.length > shown && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              firstNew.current = shown;
              setShown(shown + PAGE);
            }}
          >
            {t('finderShowMore')}
          </button>
        )}
        <p class="finder-status" role="status">
          {model.saidBy('finder')}
        </p>
      </div>
    </section>
  );
}
