import { t } from '@/utils/shared/i18n';
import { download } from '@/components/common/download';
import type { MonthModel } from './model';

/** The month as a CSV file, one row per session, that a spreadsheet opens as it is. */
export function MonthExport({ model }: { model: MonthModel }) {
  return (
    <section aria-labelledby="month-export-heading">
      <h2 id="month-export-heading">{t('monthExportHeading')}</h2>
      <p class="hint">{t('monthExportHint')}</p>
      <button
        type="button"
        onClick={() => {
          const file = model.csvFile();
          if (file) download(file.text, file.fileName, 'text/csv;charset=utf-8');
        }}
      >
        {t('monthExport')}
      </button>
    </section>
  );
}
