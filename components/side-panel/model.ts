import { effect, type ReadonlySignal, signal } from '@preact/signals';
import { NO_SHADE, presentsWindow, type ShadeState } from '@/utils/core/session/screen-shade';
import { screenShadeItem } from '@/utils/shared/storage-items';
import { parseMeetingCode } from '@/utils/meet/meeting-url';
import type { ExtensionEvent } from '@/utils/protocol/extension-event';
import { backgroundToPageSchema } from '@/utils/protocol/background-to-page';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import { holdSidePanelPort, type TabPorts } from '@/utils/protocol/side-panel-port';
import { createSessionPanelModel, type SessionPanelModel } from '@/components/call-panel/model';
import type { Timers } from '@/components/call-panel/wake-timer';

/** The parts of `browser.tabs` the side panel watches, and reaches the call's page through. */
export interface ActiveTabs extends TabPorts {
  query(query: { active: true; currentWindow: true }): Promise<{ id?: number; url?: string }[]>;
  onActivated: ExtensionEvent<() => void>;
}

/** The parts of `browser.runtime` the background's news arrives through. */
export interface NewsSource {
  id: string;
  onMessage: ExtensionEvent<(message: unknown, sender: { id?: string; tab?: unknown }) => void>;
}

export interface SidePanelDeps {
  /** How the panel asks the background; the page's own channel unless a test gives another. */
  send?: typeof sendToBackground;
  tabs: ActiveTabs;
  runtime: NewsSource;
  /** `runtime.lastError`, read when a port to a page closes. */
  readLastError: () => unknown;
  now: () => number;
  signal: AbortSignal;
  /** The side panel's window (null: not known), shaded while a Meet tab in it presents; absent: any window presenting shades it. */
  currentWindow?: () => Promise<number | null>;
  /** The timer under the panel's clock; the browser's unless a test's. */
  timers?: Timers;
}

/** The call the side panel follows, and the panel's model for it. */
export interface FollowedCall {
  /** The Meet meeting of the window's active tab, or null: a call on another tool, run by hand. */
  meetingCode: string | null;
  model: SessionPanelModel;
}

/**
 * The meeting of a tab: its Meet code, or null for any other page. The URL
 * is missing where the extension may not read it, which is never Meet.
 */
export function meetingCodeOfTab(tab: { url?: string } | undefined): string | null {
  return tab?.url ? parseMeetingCode(tab.url) : null;
}

/**
 * Calls `onCall` with the meeting of the window's active tab and the tab, now
 * and each time the call changes: the mentor moves to another tab, or the tab
 * to another page.
 */
export function watchActiveCall(
  tabs: Pick<ActiveTabs, 'query' | 'onActivated' | 'onUpdated'>,
  onCall: (meetingCode: string | null, tabId: number | undefined) => void,
  signal: AbortSignal,
): void {
  let asked = 0;
  let current: string | undefined;
  const read = async () => {
    const ask = ++asked;
    const [tab] = await tabs.query({ active: true, currentWindow: true }).catch(() => []);
    const code = meetingCodeOfTab(tab);
    // A call is its meeting in its tab; anywhere else is one and the same: by hand.
    const key = code ? `${tab?.id}/${code}` : '';
    // Only the latest reading counts: answers may cross.
    if (ask !== asked || signal.aborted || key === current) return;
    current = key;
    onCall(code, tab?.id);
  };
  const onActivated = () => void read();
  const onUpdated = (_tabId: number, _change: object, tab: { active: boolean }) => {
    if (tab.active) void read();
  };
  tabs.onActivated.addListener(onActivated);
  tabs.onUpdated.addListener(onUpdated);
  signal.addEventListener(
    'abort',
    () => {
      tabs.onActivated.removeListener(onActivated);
      tabs.onUpdated.removeListener(onUpdated);
    },
    { once: true },
  );
  void read();
}

/** Calls `onNews` each time the background says a live session changed, until `signal` aborts. */
export function listenToSessionNews(runtime: NewsSource, onNews: (liveSessionId: string) => void, signal: AbortSignal): void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // From the background only: a content script may write to the extension's pages too.
    if (sender.id !== runtime.id || sender.tab) return;
    const news = backgroundToPageSchema.safeParse(message);
    if (news.success) onNews(news.data.liveSessionId);
  };
  runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(listener), { once: true });
}

/**
 * The side panel's session. On a Meet tab, the live session of that call,
 * the one Meet's own panel shows, read again whenever the background says a
 * session changed. Anywhere else, one the mentor starts and ends by hand; it
 * is kept while the mentor goes from tab to tab.
 */
export function followActiveCall(deps: SidePanelDeps): ReadonlySignal<FollowedCall | null> {
  const followed = signal<FollowedCall | null>(null);
  // The screen shade as the background keeps it, and the side panel's window: on show while a Meet tab of it presents.
  const shade = signal<ShadeState>(NO_SHADE);
  const windowId = signal<number | null>(null);
  const showShade = (value: ShadeState) => (shade.value = value);
  const unwatchShade = screenShadeItem.watch(showShade);
  deps.signal.addEventListener('abort', unwatchShade, { once: true });
  screenShadeItem.getValue().then(showShade, () => {});
  deps.currentWindow?.().then(
    (id) => (windowId.value = id),
    () => {},
  );
  const panelModel = (meetingCode: string | null, signal: AbortSignal) => {
    const model = createSessionPanelModel({
      meetingCode,
      send: deps.send ?? sendToBackground,
      now: deps.now,
      signal,
      reads: 'nothing',
      follow: meetingCode ? (reread, until) => listenToSessionNews(deps.runtime, reread, until) : undefined,
      windowId: () => windowId.peek(),
      timers: deps.timers,
    });
    const stop = effect(() => {
      model.shade.value = shade.value;
      model.presenting.value = presentsWindow(shade.value, windowId.value);
    });
    signal.addEventListener('abort', stop, { once: true });
    return model;
  };
  let byHand: SessionPanelModel | undefined;
  let meeting: AbortController | undefined;
  deps.signal.addEventListener('abort', () => meeting?.abort(), { once: true });
  watchActiveCall(
    deps.tabs,
    (meetingCode, tabId) => {
      meeting?.abort();
      if (meetingCode) {
        meeting = new AbortController();
        followed.value = { meetingCode, model: panelModel(meetingCode, meeting.signal) };
        // The panel on the call's page steps aside while this one shows its session.
        if (tabId !== undefined) holdSidePanelPort(deps.tabs, tabId, meetingCode, meeting.signal, deps.readLastError);
      } else {
        byHand ??= panelModel(null, deps.signal);
        followed.value = { meetingCode, model: byHand };
      }
    },
    deps.signal,
  );
  return followed;
}
