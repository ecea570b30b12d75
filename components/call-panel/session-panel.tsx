import type { Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { keepFocusWithin } from '@/components/common/focus-rescue';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import type { SessionPanelModel } from './model';
import { MEET_SIDE_PANEL_INSET_PX } from '@/utils/meet/meet-selectors';
import { PANEL_WIDTH } from './panel-width';
import { AgendaLine } from './agenda-line';
import { ErrorNotice } from './error-notice';
import { FrozenNotice } from './frozen-notice';
import { GlanceStrip } from './glance-strip';
import { PhaseAnnouncer } from './phase-announcer';
import { PhaseMoves } from './phase-moves';
import { SessionEnd } from './session-end';
import { SessionStart } from './session-start';
import { WidthHandle } from './width-handle';
import { WorkArea } from './work-area';

interface Props {
  model: SessionPanelModel;
  /** Without them the panel does not fold: the browser opens and closes its side panel. */
  collapsed?: Signal<boolean>;
  onCollapsedChange?: (collapsed: boolean) => void;
  /** Without them the panel takes the width it is given (the browser's side panel). */
  width?: Signal<number | null>;
  onWidthChange?: (width: number) => void;
  /** Opens the browser's side panel from the strip; null: the browser's own buttons do (Firefox). */
  onOpenBeside?: (() => void) | null;
  /** What the host says under the strip (the side panel: which call it follows). */
  children?: ComponentChildren;
}

/**
 * The in-call panel: a landmark at the right edge, under Meet's top and above
 * its control bar. Its strip (who, which phase, the time) is always in view;
 * folded, the panel is that strip alone.
 */
export function SessionPanel({ model, collapsed, onCollapsedChange, width, onWidthChange, onOpenBeside, children }: Props) {
  const session = model.session.value;
  const frozen = model.frozen.value;
  const running = !!session && !session.endedAt;
  // Folding or opening from inside the panel keeps focus in it; the shortcut never steals it.
  const focusAfterToggle = useRef(false);
  const folded = !!collapsed?.value;
  const toggle = () => {
    focusAfterToggle.current = true;
    onCollapsedChange?.(!folded);
  };
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
      data-work-open={String(!folded && !frozen && model.workOpen.value)}
      data-beside-meet-panel={String(model.meetPanelOpen.value)}
      style={{
        '--meet-panel-inset': `${MEET_SIDE_PANEL_INSET_PX}px`,
        ...(width?.value ? { '--panel-width': `${PANEL_WIDTH.clamp(width.value)}px` } : {}),
      }}
    >
      {width && onWidthChange && !folded && !frozen && <WidthHandle width={width} onChange={onWidthChange} />}
      <GlanceStrip
        model={model}
        folded={folded}
        focusOnMount={focusOnMount}
        // Beside one of Meet's own panels the strip is all there is room for, until Meet's panel closes.
        onToggleFold={onCollapsedChange && !model.meetPanelOpen.value ? toggle : undefined}
        onOpenBeside={frozen ? undefined : onOpenBeside}
      />
      {!folded && (
        <div class="panel-body" id="cadence-panel-body">
          {children}
          {frozen ? (
            <FrozenNotice session={session} elapsedMs={model.timesAt(model.clock.now())?.elapsedMs ?? null} />
          ) : (
            <ErrorNotice error={model.error} />
          )}
          {/* Frozen, the controls stay in view but do nothing: no one is left to answer them. */}
          {(!frozen || openWhenAlive.current) && (
            <fieldset class="panel-controls" role="none" disabled={frozen}>
              {running ? (
                model.agenda.value && (
                  <>
                    <AgendaLine model={model} />
                    <PhaseMoves agenda={model.agenda.value} onGoTo={model.goToPhase} />
                  </>
                )
              ) : (
                <SessionStart model={model} />
              )}
              {/* Frozen, the work's page is gone with the extension: the notice says how to reach it. */}
              {!frozen && <WorkArea model={model} />}
              {running && model.agenda.value && <SessionEnd onEnd={model.end} />}
            </fieldset>
          )}
        </div>
      )}
      <PhaseAnnouncer agenda={model.agenda} />
    </aside>
  );
}
