import { browser } from 'wxt/browser';
import type { AgendaClock } from '../utils/agenda/agenda-clock';
import { formatClock, formatTimeOfDay } from '../utils/format-duration';
import { t } from '../utils/i18n';

/** The whole session against its planned end. */
export function SessionClock({ clock }: { clock: AgendaClock }) {
  const planned = formatClock(clock.plannedMs);
  return (
    <p class="session-clock" data-overtime={String(clock.overtime)}>
      <span class="session-elapsed" data-testid="session-elapsed">
        {clock.overtime
          ? t('sessionOvertime', formatClock(-clock.remainingMs), planned)
          : t('sessionElapsed', formatClock(clock.elapsedMs), planned)}
      </span>
      <span class="session-end">
        {t('sessionEndsAt', formatTimeOfDay(clock.plannedEndAt, browser.i18n.getUILanguage()))}
      </span>
    </p>
  );
}
