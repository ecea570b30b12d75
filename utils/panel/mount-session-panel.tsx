import { signal as createSignal } from '@preact/signals';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import builtInMessages from 'virtual:built-in-panel-messages';
import { SessionPanel } from '../../components/session-panel';
import panelCss from '../../components/session-panel.css?inline';
import { fetchCatalogue, mentorLanguage, provideMessages } from '../i18n';
import { watchCallState } from '../meet/call-watcher';
import { sendToBackground } from '../messaging/send-to-background';
import { watchSidePanelPorts } from '../messaging/side-panel-port';
import { panelCollapsedItem } from '../storage-items';
import { refuseUntrustedEvents } from './forged-page-events';
import { panelPainted } from './paint-marks';
import { createSessionPanelModel } from './session-panel-model';
import { workspaceUrl } from './workspace-url';

const PANEL_NAME = 'cadence-panel';
/** On the panel's host while it steps aside for the side panel (session-panel.css hides it). */
const BESIDE_SIDE_PANEL = 'data-beside-side-panel';

/**
 * Shows the session panel for one meeting until `leave` aborts (the mentor
 * left this meeting's page). When the extension is reloaded or updated under
 * it, the panel stays, frozen: it says what is safe and how to go on.
 */
export async function mountSessionPanel(ctx: ContentScriptContext, meetingCode: string, leave: AbortSignal) {
  // The first frame's texts and the frozen notice's come with this script (see BUILT_IN_PANEL_MESSAGES).
  provideMessages(builtInMessages[mentorLanguage()]);
  // Asked now, while the extension answers: a frozen panel still needs it once it is gone.
  workspaceUrl('');
  // A panel an earlier copy of this script left frozen (Firefox injects the new one into open tabs).
  for (const stale of document.querySelectorAll(PANEL_NAME)) stale.remove();

  const alive = AbortSignal.any([leave, ctx.signal]);
  // The panel's first frame comes first: its requests, and the page's first reading, wait for it.
  let painted: () => void = () => {};
  const firstFrame = new Promise<void>((resolve) => (painted = resolve));
  const send: typeof sendToBackground = async (message) => {
    await firstFrame;
    // An extension that is gone never answers: the panel freezes rather than show an error.
    if (ctx.isInvalid) return ctx.block();
    const reply = await sendToBackground(message);
    return ctx.isInvalid ? ctx.block() : reply;
  };
  const model = createSessionPanelModel({ meetingCode, send, now: Date.now, signal: alive });
  const collapsed = createSignal(false);
  const ui = await createShadowRootUi(meetingPageLifetime(ctx, leave), {
    name: PANEL_NAME,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: panelCss,
    isolateEvents: true,
    onMount(container, shadow) {
      refuseUntrustedEvents(shadow, leave);
      render(
        <SessionPanel
          model={model}
          collapsed={collapsed}
          onCollapsedChange={(value) => {
            collapsed.value = value;
            // Frozen, there is nowhere left to keep it.
            if (!model.frozen.peek()) void panelCollapsedItem.setValue(value);
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
  if (alive.aborted) return;
  // Asked now, applied when it comes: nearly always before the first frame.
  panelCollapsedItem.getValue().then(
    (value) => (collapsed.value = value),
    () => {}, // The extension went away meanwhile: the panel freezes as it is.
  );
  const unwatchCollapsed = panelCollapsedItem.watch((value) => (collapsed.value = value));
  leave.addEventListener('abort', () => ctx.isValid && unwatchCollapsed(), { once: true });
  ctx.onInvalidated(() => {
    if (!leave.aborted) model.frozen.value = true;
  });
  // Chromium tells an orphaned content script nothing: it finds out by asking.
  const noticeInvalidation = setInterval(() => ctx.isInvalid, 1_000);
  alive.addEventListener('abort', () => clearInterval(noticeInvalidation), { once: true });
  // Asked before the mount, so the mark follows the first frame and not the effects Preact runs after it.
  const firstFramePainted = panelPainted();
  ui.mount();
  // Beside the browser's side panel showing this call, the panel steps aside: hidden, not taken
  // down, so that a draft typed in it a moment before is saved as usual.
  watchSidePanelPorts(browser.runtime, meetingCode, alive, (open) => {
    ui.shadowHost.toggleAttribute(BESIDE_SIDE_PANEL, open);
    model.setInSight(!open);
  });
  await firstFramePainted;
  painted();
  // The rest of the panel's texts, fetched while the background reads the session (the requests go first).
  setTimeout(fetchCatalogue);
  watchCallState(document, alive, (state) => (model.callState.value = state));
}

/**
 * WXT removes a UI when its script's context is invalidated; this panel
 * outlives that (frozen), so its UI lasts as long as the meeting's page.
 */
function meetingPageLifetime(ctx: ContentScriptContext, leave: AbortSignal): ContentScriptContext {
  const lifetime: ContentScriptContext = Object.create(ctx);
  lifetime.onInvalidated = (callback) => {
    leave.addEventListener('abort', callback, { once: true });
    return () => leave.removeEventListener('abort', callback);
  };
  return lifetime;
}
