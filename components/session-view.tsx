import type { SessionPanelModel } from '../utils/panel/session-panel-model';
import { CurrentPhase } from './current-phase';
import { PhaseChecklist } from './phase-checklist';
import { PhaseList } from './phase-list';
import { SessionClock } from './session-clock';
import { SessionFooter } from './session-footer';

/** A running session: the clock, the agenda, the phase at hand and its checklist. */
export function SessionView({ model }: { model: SessionPanelModel }) {
  const clock = model.clock.value;
  const session = model.session.value;
  if (!clock || !session) return null;
  return (
    <div class="session-view">
      <SessionClock clock={clock} />
      <PhaseList clock={clock} />
      <CurrentPhase clock={clock} onGoTo={model.goToPhase} />
      <PhaseChecklist phase={clock.current.key} checked={session.checked} onChange={model.setChecked} />
      <SessionFooter onEnd={model.end} />
    </div>
  );
}
