import { effect, type ReadonlySignal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { AgendaShape } from '@/utils/core/agenda/agenda-shape';
import { t } from '@/utils/shared/i18n';

/**
 * Tells screen readers when the phase changes, nears its end or runs over:
 * only those moments, never the ticking clock.
 */
export function PhaseAnnouncer({ agenda }: { agenda: ReadonlySignal<AgendaShape | null> }) {
  const message = useSignal('');
  const last = useSignal('');
  // An effect of the signals' own, for as long as the announcer is there. Not useSignalEffect: it
  // defers each run to an animation frame, a callback more on Meet's page, and its scheduling code
  // weighed 130 B of the content script's 20 KB gzip budget.
  useEffect(
    () =>
      effect(() => {
        const value = agenda.value;
        if (!value) return;
        const moment = value.overtime ? 'over' : value.warning ? 'warning' : 'now';
        const key = `${value.currentIndex}:${moment}`;
        if (key === last.peek()) return;
        const first = last.peek() === '';
        last.value = key;
        if (first) return;
        const name = t(value.phases[value.currentIndex]!.name);
        message.value =
          moment === 'over'
            ? t('announcePhaseOver', name)
            : moment === 'warning'
              ? t('announcePhaseWarning', name)
              : t('announcePhaseNow', name);
      }),
    [],
  );
  return (
    <p class="visually-hidden" aria-live="polite">
      {message}
    </p>
  );
}
