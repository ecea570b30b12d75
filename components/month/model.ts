import { batch, computed, signal } from '@preact/signals';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import type { MonthView } from '@/utils/protocol/reply-views';
import { isMonth, monthOf, shiftMonth } from '@/utils/core/month/calendar-month';
import { csvDialectFor, monthCsv, type MonthCsvWords } from '@/utils/core/month/month-csv';
import { t } from '@/utils/shared/i18n';
import { lineNote, lineStatus, platformName } from './month-words';

export interface MonthModelDeps {
  /** The background's door; a test gives its own. */
  send?: typeof sendToBackground;
  now: () => number;
  /** The mentor's language tag, region included: it decides the CSV's separator and decimal mark too. */
  language: string;
  /** The mentor's zone: the month is a month of the mentor's clock. */
  timezone: string;
  /** The month named in the address (`month.html#2026-12`); this month when absent or not one. */
  asked: string | null;
}

export type MonthModel = ReturnType<typeof createMonthModel>;

/** The month page's state and actions: the one part of the page that asks the background. */
export function createMonthModel(deps: MonthModelDeps) {
  const thisMonth = monthOf(deps.now(), deps.timezone);
  const month = signal(deps.asked && isMonth(deps.asked) ? deps.asked : thisMonth);
  const view = signal<MonthView | null>(null);
  const error = signal<ErrorCode | null>(null);
  /** The view of the month chosen: null while it is read (the last month's figures never pass for this one's). */
  const shown = computed(() => (view.value?.statement.month === month.value ? view.value : null));
  let requests = 0;

  async function load(): Promise<void> {
    const request = ++requests;
    const reply = await (deps.send ?? sendToBackground)({ type: 'month/statement', month: month.value, timezone: deps.timezone });
    // A month chosen since is the one to show.
    if (request !== requests) return;
    batch(() => {
      if (reply.ok) view.value = reply.value;
      error.value = reply.ok ? null : reply.error.code;
    });
  }

  const go = (to: string) => {
    month.value = to;
    void load();
  };

  const place = { language: deps.language, timezone: deps.timezone };
  const words: MonthCsvWords = {
    headers: {
      start: t('monthCsvStart'),
      student: t('monthColumnStudent'),
      category: t('monthColumnCategory'),
      status: t('monthColumnStatus'),
      minutes: t('monthCsvMinutes'),
      units: t('monthColumnUnits'),
      amount: t('monthColumnAmount'),
      currency: t('monthCsvCurrency'),
      platform: t('monthCsvPlatform'),
      note: t('monthColumnDetails'),
      session: t('monthCsvSession'),
    },
    status: lineStatus,
    platform: (line) => (line.platform ? platformName(line.platform) : ''),
    note: (line) => lineNote(line, place),
    unknownStudent: t('monthUnknownStudent'),
  };

  return {
    month,
    shown,
    error,
    thisMonth,
    load,
    previous: () => go(shiftMonth(month.value, -1)),
    next: () => go(shiftMonth(month.value, 1)),
    toThisMonth: () => go(thisMonth),
    /** The month shown, as a CSV file a spreadsheet opens in the mentor's region; null while none is shown. */
    csvFile(): { text: string; fileName: string } | null {
      const current = shown.value;
      if (!current) return null;
      return {
        text: monthCsv(current.statement, words, csvDialectFor(deps.language)),
        fileName: `cadence-${current.statement.month}.csv`,
      };
    },
  };
}
