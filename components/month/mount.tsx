import { effect } from '@preact/signals';
import { render } from 'preact';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { MONTH_START_MARK } from '@/components/common/paint-marks';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { createMonthModel, type MonthModelDeps } from './model';
import { MonthPage } from './month-page';

/**
 * Shows the month named in the address (`month.html#2026-12`), this month
 * without one, and keeps the address on the month shown: a reload or a
 * bookmark comes back to it.
 */
export function mountMonthPage(root: HTMLElement, deps: Omit<MonthModelDeps, 'asked'> = { now: Date.now, ...mentorPlace() }): void {
  performance.mark(MONTH_START_MARK);
  document.title = t('monthTitle');
  document.documentElement.lang = mentorLanguage();
  const model = createMonthModel({ ...deps, asked: location.hash.slice(1) || null });
  effect(() => history.replaceState(null, '', `#${model.month.value}`));
  // Asked before anything is drawn: the background reads the month while the page draws its frame.
  void model.load();
  render(<MonthPage model={model} language={deps.language} timezone={deps.timezone} />, root);
}
