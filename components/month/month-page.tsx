import { useEffect } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import { PageError } from '@/components/common/page-error';
import { markNextFrame, MONTH_PAINTED_MARK } from '@/components/common/paint-marks';
import type { MonthModel } from './model';
import { MonthExport } from './month-export';
import { MonthNavigation } from './month-navigation';
import { MonthNoShows } from './month-no-shows';
import { MonthSessions } from './month-sessions';
import { MonthStudents } from './month-students';
import { MonthToSettle } from './month-to-settle';
import { MonthTotals } from './month-totals';

interface Props {
  model: MonthModel;
  language: string;
  timezone: string;
}

/** The mentor's month (its model asked for it already): what each session pays, per student and in all, what is left to settle, and its CSV. */
export function MonthPage({ model, language, timezone }: Props) {
  const view = model.shown.value;
  // For `npm run bench`: the first frame that shows a month.
  const painted = view !== null;
  useEffect(() => {
    if (painted) void markNextFrame(MONTH_PAINTED_MARK);
  }, [painted]);
  const place = { language, timezone };

  return (
    <main class="page month-page">
      <h1>{t('monthTitle')}</h1>
      <MonthNavigation model={model} language={language} />
      <p class="hint">{t('monthZoneNote', timezone)}</p>
      {!view && !model.error.value && <p role="status">{t('monthLoading')}</p>}
      <PageError code={model.error.value} />
      {view &&
        (view.statement.lines.length === 0 ? (
          <p>{t('monthEmpty')}</p>
        ) : (
          <>
            <MonthTotals statement={view.statement} connected={view.connected} language={language} />
            <MonthToSettle statement={view.statement} place={place} />
            <MonthNoShows statement={view.statement} />
            <MonthStudents statement={view.statement} language={language} />
            <MonthSessions statement={view.statement} connected={view.connected} place={place} />
            <MonthExport model={model} />
          </>
        ))}
    </main>
  );
}
