import type { SessionPanelModel } from '../utils/panel/session-panel-model';
import { CurrentPhase } from './current-phase';
import { PhaseChecklist } from './phase-checklist';
import { PhaseList } from './phase-list';
import { SessionClock } from './session-clock';

/**
 * A running session: the clock, the agenda, the phase at hand and its
 * checklist (the panel puts the session's work and the end button under it).
 * It redraws when the agenda's shape changes; the seconds only touch the
 * clock texts.
 */
export function SessionView({ model }: { model: SessionPanelModel }) {
  const agenda = model.agenda.value;
  const session = model.session.value;
  if (!agenda || !session) return null;
  const current = agenda.phases[agenda.currentIndex]!;
  return (
    <div class="session-view">
      <SessionClock clock={model.clock} overtime={agenda.sessionOvertime} />
      <PhaseList agenda={agenda} />
      <CurrentPhase agenda={agenda} clock={model.clock} onGoTo={model.goToPhase} />
      <PhaseChecklist phase={current.key} checked={session.checked} onChange={model.setChecked} />
    </div>
  );
}
