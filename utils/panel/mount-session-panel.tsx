import { signal as createSignal } from '@preact/signals';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SessionPanel } from '../../components/session-panel';
import panelCss from '../../components/session-panel.css?inline';
import { watchCallState } from '../meet/call-watcher';
import { sendToBackground } from '../messaging/send-to-background';
import { panelCollapsedItem } from '../storage-items';
import { refuseUntrustedEvents } from './forged-page-events';
import { panelPainted } from './paint-marks';
import { createSessionPanelModel } from './session-panel-model';

/**
 * Shows the session panel for one meeting until `signal` aborts (the mentor
 * left this meeting's page, or the extension was reloaded).
 */
export async function mountSessionPanel(ctx: ContentScriptContext, meetingCode: string, signal: AbortSignal) {
  // The panel's first frame comes first: its requests, and the page's first reading, wait for it.
  let painted: () => void = () => {};
  const firstFrame = new Promise<void>((resolve) => (painted = resolve));
  const send: typeof sendToBackground = (message) => firstFrame.then(() => sendToBackground(message));
  const model = createSessionPanelModel({ meetingCode, send, now: Date.now, signal });
  const collapsed = createSignal(false);
  const ui = await createShadowRootUi(ctx, {
    name: 'cadence-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: panelCss,
    isolateEvents: true,
    onMount(container, shadow) {
      refuseUntrustedEvents(shadow, signal);
      render(
        <SessionPanel
          model={model}
          collapsed={collapsed}
          onCollapsedChange={(value) => {
            collapsed.value = value;
            void panelCollapsedItem.setValue(value);
          }}
        />,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  if (signal.aborted) return;
  // Asked now, applied when it comes: nearly always before the first frame.
  void panelCollapsedItem.getValue().then((value) => (collapsed.value = value));
  const unwatchCollapsed = panelCollapsedItem.watch((value) => (collapsed.value = value));
  signal.addEventListener(
    'abort',
    () => {
      unwatchCollapsed();
      ui.remove();
    },
    { once: true },
  );
  ui.mount();
  await panelPainted();
  painted();
  watchCallState(document, signal, (state) => (model.callState.value = state));
}
