import type { Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { keepFocusWithin } from '../utils/focus/focus-rescue';
import { mentorLanguage, t } from '../utils/i18n';
import type { SessionPanelModel } from '../utils/panel/session-panel-model';
import { ErrorNotice } from './error-notice';
import { FrozenNotice } from './frozen-notice';
import { PanelHeader } from './panel-header';
import { PanelTab } from './panel-tab';
import { PhaseAnnouncer } from './phase-announcer';
import { SessionStart } from './session-start';
import { SessionFooter } from './session-footer';
import { SessionView } from './session-view';
import { WorkspaceFrame } from './workspace-frame';

interface Props {
  model: SessionPanelModel;
  /** Without them the panel does not fold: the browser opens and closes its side panel. */
  collapsed?: Signal<boolean>;
  onCollapsedChange?: (collapsed: boolean) => void;
  /** What the host says under the header (the side panel: which call it follows). */
  children?: ComponentChildren;
}

/** The in-call panel: a landmark docked at the right edge, or its tab when folded. */
export function SessionPanel({ model, collapsed, onCollapsedChange, children }: Props) {
  const session = model.session.value;
  const frozen = model.frozen.value;
  const running = !!session && !session.endedAt;
  // Folding or opening from inside the panel keeps focus in it; the shortcut never steals it.
  const focusAfterToggle = useRef(false);
  const toggle = (next: boolean) => {
    focusAfterToggle.current = true;
    onCollapsedChange?.(next);
  };
  const folded = !!collapsed?.value;
  const focusOnMount = focusAfterToggle.current;
  // Frozen, the browser gives no more texts: only controls that were on screen can show again.
  const openWhenAlive = useRef(false);
  if (!frozen) openWhenAlive.current = !folded;
  useEffect(() => {
    focusAfterToggle.current = false;
  });
  // A redraw that takes the focused button away (the session starts, the last phase) keeps the focus in the panel.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => keepFocusWithin(panel.current!), []);
  return (
    <aside
      ref={panel}
      class="panel"
      // Meet's page may be in another language: screen readers read the panel in its own.
      lang={mentorLanguage()}
      role="complementary"
      aria-label={t('panelLabel')}
      data-call-state={model.callState.value}
      data-collapsed={String(folded)}
    >
      {folded ? (
        <PanelTab focusOnMount={focusOnMount} onOpen={() => toggle(false)} />
      ) : (
        <div class="panel-body">
          <PanelHeader
            callState={frozen ? null : model.callState.value}
            focusOnMount={focusOnMount}
            onCollapse={onCollapsedChange && (() => toggle(true))}
          />
          {children}
          {frozen ? <FrozenNotice session={session} clock={model.clock} /> : <ErrorNotice error={model.error} />}
          {/* Frozen, the controls stay in view but do nothing: no one is left to answer them. */}
          {(!frozen || openWhenAlive.current) && (
            <fieldset class="panel-controls" role="none" disabled={frozen}>
              {running ? <SessionView model={model} /> : <SessionStart model={model} />}
              {/* One frame for the session's work, running or just ended: the call's end must not
                  load it again under the mentor's typing. Frozen, its page is gone with the extension. */}
              {session && (!running || model.agenda.value) && !frozen && <WorkspaceFrame liveSessionId={session.id} />}
              {running && model.agenda.value && <SessionFooter onEnd={model.end} />}
            </fieldset>
          )}
        </div>
      )}
      <PhaseAnnouncer agenda={model.agenda} />
    </aside>
  );
}
