/**
 * While the browser's side panel shows a Meet call's session, it holds a port open to that tab's
 * content script, and the panel on Meet's page steps aside: one panel at a time, and Meet's page
 * no longer draws one. A port, not a message: it closes by itself when either end goes (the side
 * panel closed, the tab reloaded, the extension updated), with no one left to say so.
 */

import type { ExtensionEvent } from './extension-event';

/** The parts of a `runtime.Port` either end uses. */
export interface SidePanelPort {
  name: string;
  sender?: { id?: string; url?: string; tab?: unknown };
  onDisconnect: ExtensionEvent<(port: SidePanelPort) => void>;
  disconnect(): void;
}

/** The port's name says which meeting the side panel shows: the page steps aside for its own only. */
export const sidePanelPortName = (meetingCode: string) => `cadence/side-panel/${meetingCode}`;

/** The side panel's page: the only one a page's panel steps aside for. */
export const SIDE_PANEL_PATH = '/sidepanel.html';

/** The parts of `browser.tabs` the side panel's end uses. */
export interface TabPorts {
  connect(tabId: number, info: { name: string }): SidePanelPort;
  onUpdated: ExtensionEvent<(tabId: number, change: { status?: string }, tab: { active: boolean }) => void>;
}

/** Waits before trying again when the tab's page does not answer (yet): 1 s, 2 s, 4 s… up to 15 s. */
const retryDelayMs = (attempt: number) => Math.min(1_000 * 2 ** attempt, 15_000);

/**
 * The side panel's end: holds the port to tab `tabId`, showing `meetingCode`, until `signal`
 * aborts. A page that is not listening yet (still loading, just reloaded) is asked again once it
 * has loaded, and every little while meanwhile.
 */
export function holdSidePanelPort(
  tabs: TabPorts,
  tabId: number,
  meetingCode: string,
  signal: AbortSignal,
  // Read when a port closes: Chromium logs an error nobody read, and a page not listening is expected.
  readLastError: () => unknown,
): void {
  let port: SidePanelPort | null = null;
  let attempt = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = () => {
    clearTimeout(retry);
    if (port || signal.aborted) return;
    const opened = tabs.connect(tabId, { name: sidePanelPortName(meetingCode) });
    port = opened;
    opened.onDisconnect.addListener(() => {
      readLastError();
      if (port !== opened || signal.aborted) return;
      port = null;
      retry = setTimeout(connect, retryDelayMs(attempt++));
    });
  };
  const onUpdated = (id: number, change: { status?: string }) => {
    if (id !== tabId || change.status !== 'complete') return;
    attempt = 0;
    connect();
  };
  tabs.onUpdated.addListener(onUpdated);
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(retry);
      tabs.onUpdated.removeListener(onUpdated);
      port?.disconnect();
      port = null;
    },
    { once: true },
  );
  connect();
}

/** The parts of `browser.runtime` the page's end uses. */
export interface PortSource {
  id: string;
  getURL(path: string): string;
  onConnect: ExtensionEvent<(port: SidePanelPort) => void>;
}

/**
 * The page's end, for the panel of `meetingCode`: `onChange(true)` when a side panel showing this
 * meeting connects, `onChange(false)` when the last one goes or `signal` aborts.
 */
export function watchSidePanelPorts(
  runtime: PortSource,
  meetingCode: string,
  signal: AbortSignal,
  onChange: (open: boolean) => void,
): void {
  const open = new Set<SidePanelPort>();
  const name = sidePanelPortName(meetingCode);
  const listener = (port: SidePanelPort) => {
    if (port.name !== name) return;
    // Only content scripts can be reached by tabs.connect, ours included: a port must come from the side panel's page.
    const sender = port.sender;
    if (sender?.id !== runtime.id || sender.tab || !sender.url?.startsWith(runtime.getURL(SIDE_PANEL_PATH))) {
      port.disconnect();
      return;
    }
    open.add(port);
    if (open.size === 1) onChange(true);
    port.onDisconnect.addListener(() => {
      if (!open.delete(port) || open.size > 0 || signal.aborted) return;
      onChange(false);
    });
  };
  runtime.onConnect.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      // The extension may be gone already (updated): its ports and listeners with it.
      try {
        runtime.onConnect.removeListener(listener);
        for (const port of open) port.disconnect();
      } catch {
        // Nothing left to let go of.
      }
      if (open.size > 0) onChange(false);
      open.clear();
    },
    { once: true },
  );
}
