import { t } from '@/utils/shared/i18n';
import { MAX_LEVEL, MIN_LEVEL } from '@/utils/core/rules/limits';

const LEVELS = Array.from({ length: MAX_LEVEL - MIN_LEVEL + 1 }, (_, index) => MIN_LEVEL + index);

/** A level from 1 (beginner) to 5 (autonomous), with the words that say what each means. */
export function LevelField({ id, label, value, onValue }: { id: string; label: string; value: string; onValue: (value: string) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} aria-describedby={`${id}-hint`} onChange={(event) => onValue(event.currentTarget.value)}>
        {LEVELS.map((level) => (
          <option key={level} value={String(level)}>
            {level}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} class="hint">
        {t('optionsStudentLevelHint')}
      </p>
    </div>
  );
}
