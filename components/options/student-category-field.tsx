import { t } from '@/utils/shared/i18n';
import type { PayCategory } from '@/utils/core/month/pay-rates';

interface Props {
  id: string;
  categories: readonly PayCategory[];
  /** The category's id, or '' for none. */
  value: string;
  onValue: (value: string) => void;
}

/** Which of the mentor's pay categories a student is in: the month prices their sessions at its rate. */
export function StudentCategoryField({ id, categories, value, onValue }: Props) {
  return (
    <div class="field">
      <label for={id}>{t('studentCategoryField')}</label>
      <select id={id} value={value} aria-describedby={`${id}-hint`} onChange={(event) => onValue(event.currentTarget.value)}>
        <option value="">{t('monthNoCategory')}</option>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} class="hint">
        {t('studentCategoryHint')}
      </p>
    </div>
  );
}
