import { signal as createSignal } from '@preact/signals';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import builtInMessages from 'virtual:built-in-panel-messages';
import { FROZEN_NOTICE_MESSAGES } from './built-in-messages';
import { SessionPanel } from './session-panel';
import panelCss from './session-panel.css?inline';
import { fetchCatalogue, mentorLanguage, provideMessages } from '@/utils/shared/i18n';
import { createMeetWatcher } from '@/utils/meet/meet-watcher';
import { watchSidePanelPorts } from '@/utils/protocol/side-panel-port';
import { panelCollapsedItem, panelWidthItem, screenShadeItem } from '@/utils/shared/storage-items';
import { refuseUntrustedEvents } from './forged-page-events';
import { addPanelHost } from './panel-host';
import { panelPainted } from '@/components/common/paint-marks';
import { createSessionPanelModel, openBesideTheCall, sendFromMeetPage } from './model';
import { workspaceUrl } from '@/utils/shared/workspace-url';
import type { ShadeState } from '@/utils/core/session/screen-shade';

const PANEL_NAME = 'cadence-panel';
/** Whether the extension is still there is asked at most this often (see `readPage` below). */
const VALIDITY_EVERY_MS = 4_000;
/** The mentor's input on Meet's page: what they do there (join, open its chat, present) is read within a second. */
const INPUT_EVENTS = ['pointerdown', 'keydown'] as const;

/** On the panel's host while it steps aside for the side panel (session-panel.css hides it). */
const BESIDE_SIDE_PANEL = 'data-beside-side-panel';

/**
 * Shows the session panel for one meeting until `leave` aborts (the mentor
 * left this meeting's page). When the extension is reloaded or updated under
 * it, the panel stays, frozen: it says what is safe and how to go on.
 */
export async function mountSessionPanel(ctx: ContentScriptContext, meetingCode: string, leave: AbortSignal) {
  // The first frame's texts come with this script (see BUILT_IN_PANEL_MESSAGES); the frozen notice's follow it.
  provideMessages(builtInMessages[mentorLanguage()]);
  // Asked now, while the extension answers: a frozen panel still needs it once it is gone.
  workspaceUrl('');
  // A panel an earlier copy of this script left frozen (Firefox injects the new one into open tabs).
  for (const stale of document.querySelectorAll(PANEL_NAME)) stale.remove();

  const alive = AbortSignal.any([leave, ctx.signal]);
  // The panel's first frame comes first: its requests, and the page's first reading, wait for it.
  let painted: () => void = () => {};
  const firstFrame = new Promise<void>((resolve) => (painted = resolve));
  const send = sendFromMeetPage(firstFrame, ctx);
  const meet = createMeetWatcher(document, {
    onCallState: (state) => (model.callState.value = state),
    onSidePanel: (open) => (model.meetPanelOpen.value = open),
    onPresence: (snapshot) => model.presence(snapshot),
    onPresenting: (value) => model.setPresenting(value),
  });
  let validityAskedAt = -Infinity;
  /**
   * Meet's page is read on the panel's clock, one timer for both, when its reading is due. Chromium
   * tells an orphaned content script nothing: it finds out by asking (WXT then invalidates it: the
   * panel freezes, and the timer stops with `alive`). Asked every few seconds: the browser's answer
   * alone was a fifth of a reading's time (traced). Whatever the mentor does meanwhile asks at once
   * (`sendFromMeetPage`).
   */
  const readPage = (at: number) => {
    if (at < meet.nextReadAt()) return meet.nextReadAt();
    if (at - validityAskedAt >= VALIDITY_EVERY_MS) {
      validityAskedAt = at;
      if (ctx.isInvalid) return Infinity;
    }
    meet.read();
    return meet.nextReadAt();
  };
  const model = createSessionPanelModel({ meetingCode, send, now: Date.now, signal: alive, alongside: readPage });
  const collapsed = createSignal(false);
  /**
   * Folds or opens the panel; folding takes the work's frame down, once its page has saved. The
   * last request wins: an open asked for while a fold waits for that save is not undone by it.
   */
  let foldRequests = 0;
  /** What this panel wrote, in order: storage tells every writer of its own writes too. */
  const ownWrites: boolean[] = [];
  const keepFolded = (value: boolean) => {
    // Frozen, there is nowhere left to keep it.
    if (model.frozen.peek()) return;
    ownWrites.push(value);
    void panelCollapsedItem.setValue(value);
  };
  const fold = async (value: boolean, keep: boolean) => {
    const request = ++foldRequests;
    const closed = !value || (await model.closeWork());
    if (request !== foldRequests) return;
    if (!closed) {
      // The page could not save: the panel stays open, and so says the stored state.
      if (!keep) keepFolded(false);
      return;
    }
    collapsed.value = value;
    if (keep) keepFolded(value);
  };
  const width = createSignal<number | null>(null);
  if (alive.aborted) return;
  // Asked now, applied when it comes: nearly always before the first frame.
  panelCollapsedItem.getValue().then(
    (value) => void fold(value, false),
    () => {}, // The extension went away meanwhile: the panel freezes as it is.
  );
  panelWidthItem.getValue().then(
    (value) => (width.value = value),
    () => {},
  );
  // The shortcut (or another Meet tab) folds it through storage.
  const unwatchCollapsed = panelCollapsedItem.watch((value) => {
    if (ownWrites[0] === value) return void ownWrites.shift();
    void fold(value, false);
  });
  // The screen shade, as the background keeps it: the strip's button shows it.
  const showShade = (value: ShadeState) => (model.shade.value = value);
  screenShadeItem.getValue().then(showShade, () => {});
  const unwatchShade = screenShadeItem.watch(showShade);
  leave.addEventListener('abort', () => ctx.isValid && (unwatchCollapsed(), unwatchShade()), { once: true });
  ctx.onInvalidated(() => {
    if (!leave.aborted) model.frozen.value = true;
  });
  // Asked before the mount, so the mark follows the first frame and not the effects Preact runs after it.
  const firstFramePainted = panelPainted();
  // The panel lasts as long as the meeting's page, through an extension gone under it (frozen).
  const ui = addPanelHost(document, PANEL_NAME, panelCss, leave);
  refuseUntrustedEvents(ui.shadow, leave);
  render(
    <SessionPanel
      model={model}
      collapsed={collapsed}
      onCollapsedChange={(value) => void fold(value, true)}
      width={width}
      onWidthChange={(value) => {
        width.value = value;
        if (!model.frozen.peek()) void panelWidthItem.setValue(value);
      }}
      // Firefox opens its sidebar only from its own buttons: the strip says where they are.
      onOpenBeside={import.meta.env.FIREFOX ? null : openBesideTheCall}
    />,
    ui.container,
  );
  leave.addEventListener('abort', () => render(null, ui.container), { once: true });
  // Beside the browser's side panel showing this call, the panel steps aside: hidden at once, its
  // work's frame taken down once its page has saved (the side panel has the same work).
  watchSidePanelPorts(browser.runtime, meetingCode, alive, (open) => {
    ui.host.toggleAttribute(BESIDE_SIDE_PANEL, open);
    model.setInSight(!open);
    if (open) void model.closeWork();
  });
  await firstFramePainted;
  painted();
  // The rest of the panel's texts, fetched while the background reads the session (the requests go first),
  // and the frozen notice's kept for when the extension no longer answers.
  setTimeout(() => fetchCatalogue(FROZEN_NOTICE_MESSAGES));
  // What the mentor does on Meet's page hurries its reading for a while (in Cadence's panel, it changes
  // nothing of Meet's); at rest, it is read every few seconds.
  const hurry = (event: Event) => event.target !== ui.host && model.wakeBy(meet.hurry());
  for (const type of INPUT_EVENTS) addEventListener(type, hurry, { capture: true, passive: true, signal: alive });
  alive.addEventListener('abort', () => meet.stop(), { once: true });
  meet.read();
  model.wakeBy(meet.nextReadAt());
}
