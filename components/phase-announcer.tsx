import { type ReadonlySignal, useSignal, useSignalEffect } from '@preact/signals';
import type { AgendaClock } from '../utils/agenda/agenda-clock';
import { PHASE_NAMES } from '../utils/agenda/phases';
import { t } from '../utils/i18n';

/**
 * Tells screen readers when the phase changes, nears its end or runs over:
 * only those moments, never the ticking clock.
 */
export function PhaseAnnouncer({ clock }: { clock: ReadonlySignal<AgendaClock | null> }) {
  const message = useSignal('');
  const last = useSignal('');
  useSignalEffect(() => {
    const value = clock.value;
    if (!value || value.ended) return;
    const { current, currentIndex } = value;
    const moment = current.overtime ? 'over' : current.warning ? 'warning' : 'now';
    const key = `${currentIndex}:${moment}`;
    if (key === last.peek()) return;
    const first = last.peek() === '';
    last.value = key;
    if (first) return;
    const name = t(PHASE_NAMES[current.key]);
    message.value =
      moment === 'over' ? t('announcePhaseOver', name) : moment === 'warning' ? t('announcePhaseWarning', name) : t('announcePhaseNow', name);
  });
  return (
    <p class="visually-hidden" aria-live="polite">
      {message.value}
    </p>
  );
}
