import type { SidePanelPort } from '@/utils/protocol/side-panel-port';
import type { ActiveTabs, NewsSource } from '@/components/side-panel/model';

type Listeners<L> = { addListener(l: L): void; removeListener(l: L): void; all: Set<L> };
function listeners<L>(): Listeners<L> {
  const all = new Set<L>();
  return { all, addListener: (l) => all.add(l), removeListener: (l) => all.delete(l) };
}

/** One end of a port, as `runtime.Port`: disconnecting one end tells the other. */
export interface FakePort extends SidePanelPort {
  other: FakePort | null;
  closed: boolean;
  onDisconnect: Listeners<(port: SidePanelPort) => void>;
}

function fakePort(name: string, sender?: SidePanelPort['sender']): FakePort {
  const port: FakePort = {
    name,
    sender,
    other: null,
    closed: false,
    onDisconnect: listeners(),
    disconnect() {
      if (port.closed) return;
      port.closed = true;
      const other = port.other;
      if (other && !other.closed) {
        other.closed = true;
        for (const l of other.onDisconnect.all) l(other);
      }
    },
  };
  return port;
}

/** Two ends of one port: the caller's, and the one `sender`'s page gets. */
export function fakePortPair(name: string, sender?: SidePanelPort['sender']): [FakePort, FakePort] {
  const near = fakePort(name);
  const far = fakePort(name, sender);
  near.other = far;
  far.other = near;
  return [near, far];
}

/**
 * The window's tabs as the side panel sees them: one active tab (id 1 unless said), moved and
 * navigated by the test; the ports opened to tabs, each page listening or not.
 */
export function fakeActiveTabs(url: string | undefined, id = 1) {
  let active: { id?: number; url?: string } = { id, url };
  const onActivated = listeners<() => void>();
  const onUpdated = listeners<(tabId: number, change: { status?: string; url?: string }, tab: { active: boolean }) => void>();
  /** Ports the side panel opened, with the tab each went to; the page's end is `far`. */
  const ports: { tabId: number; near: FakePort; far: FakePort }[] = [];
  /** Tabs whose page does not listen (still loading, or no content script): a port to them closes at once. */
  const deaf = new Set<number>();
  let lastError: string | undefined;
  const tabs: ActiveTabs = {
    query: async () => [active],
    onActivated,
    onUpdated,
    connect(tabId, { name }) {
      const [near, far] = fakePortPair(name, { id: 'side-panel' });
      ports.push({ tabId, near, far });
      if (deaf.has(tabId)) {
        // As Chromium: the port closes with `runtime.lastError` set, for the listener to read.
        queueMicrotask(() => {
          lastError = 'Could not establish connection. Receiving end does not exist.';
          far.disconnect();
          lastError = undefined;
        });
      }
      return near;
    },
  };
  return {
    tabs,
    ports,
    deaf,
    readLastError: () => lastError,
    /** Ports open now, by tab. */
    openPorts: () => ports.filter((p) => !p.near.closed).map((p) => ({ tabId: p.tabId, name: p.near.name })),
    listening: () => onActivated.all.size + onUpdated.all.size,
    /** The mentor moves to another tab. */
    activate(next: string | undefined, nextId = (active.id ?? 0) + 1) {
      active = { id: nextId, url: next };
      for (const l of onActivated.all) l();
    },
    /** A tab goes to another page; only the active one counts. */
    navigate(next: string, tab = { active: true }) {
      if (tab.active) active = { ...active, url: next };
      for (const l of onUpdated.all) l(active.id ?? 1, { url: next }, tab);
    },
    /** The browser says how a tab's page is loading. */
    update(tabId: number, change: { status: string }, tab = { active: true }) {
      for (const l of onUpdated.all) l(tabId, change, tab);
    },
    /** The active tab's page is reloaded: its end of every port closes, then it loads again. */
    reload() {
      const tabId = active.id ?? 1;
      this.update(tabId, { status: 'loading' });
      for (const p of ports) if (p.tabId === tabId) p.far.disconnect();
      this.update(tabId, { status: 'complete' });
    },
  };
}

/** The extension's runtime as a page sees it: the background's news arrives through it. */
export function fakeNewsSource(id: string) {
  const onMessage = listeners<(message: unknown, sender: { id?: string; tab?: unknown }) => void>();
  const runtime: NewsSource = { id, onMessage };
  return {
    runtime,
    listening: () => onMessage.all.size,
    /** A message arrives, from the background unless said otherwise. */
    deliver(message: unknown, sender: { id?: string; tab?: unknown } = { id }) {
      for (const l of onMessage.all) l(message, sender);
    },
  };
}
