import { type ReadonlySignal, useComputed } from '@preact/signals';
import type { AgendaClock } from '../utils/agenda/agenda-clock';
import { formatClock, formatTimeOfDay } from '../utils/format-duration';
import { mentorLocale, t } from '../utils/i18n';

interface Props {
  clock: ReadonlySignal<AgendaClock | null>;
  overtime: boolean;
}

/** The whole session against its planned end. */
export function SessionClock({ clock, overtime }: Props) {
  const elapsed = useComputed(() => {
    const value = clock.value;
    if (!value) return '';
    const planned = formatClock(value.plannedMs);
    return value.overtime
      ? t('sessionOvertime', formatClock(-value.remainingMs), planned)
      : t('sessionElapsed', formatClock(value.elapsedMs), planned);
  });
  const plannedEnd = useComputed(() =>
    clock.value ? t('sessionEndsAt', formatTimeOfDay(clock.value.plannedEndAt, mentorLocale())) : '',
  );
  return (
    <p class="session-clock" data-overtime={String(overtime)}>
      <span class="session-elapsed" data-testid="session-elapsed">
        {elapsed}
      </span>
      <span class="session-end">{plannedEnd}</span>
    </p>
  );
}
