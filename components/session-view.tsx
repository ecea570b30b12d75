import type { SessionPanelModel } from '../utils/panel/session-panel-model';
import { CurrentPhase } from './current-phase';
import { PhaseChecklist } from './phase-checklist';
import { PhaseList } from './phase-list';
import { SessionClock } from './session-clock';
import { SessionFooter } from './session-footer';
import { WorkspaceFrame } from './workspace-frame';

/**
 * A running session: the clock, the agenda, the phase at hand and its
 * checklist. It redraws when the agenda's shape changes; the seconds only
 * touch the clock texts.
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
      {/* Frozen, the frame's page is gone with the extension: the panel's notice stands for it. */}
      {!model.frozen.value && <WorkspaceFrame liveSessionId={session.id} />}
      <SessionFooter onEnd={model.end} />
    </div>
  );
}
