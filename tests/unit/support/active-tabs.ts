import type { ActiveTabs, NewsSource } from '../../../utils/side-panel/side-panel-session';

type Listeners<L> = { addListener(l: L): void; removeListener(l: L): void; all: Set<L> };
function listeners<L>(): Listeners<L> {
  const all = new Set<L>();
  return { all, addListener: (l) => all.add(l), removeListener: (l) => all.delete(l) };
}

/** The window's tabs as the side panel sees them: one active tab, moved and navigated by the test. */
export function fakeActiveTabs(url: string | undefined) {
  let active: { url?: string } = { url };
  const onActivated = listeners<() => void>();
  const onUpdated = listeners<(tabId: number, change: object, tab: { active: boolean }) => void>();
  const tabs: ActiveTabs = { query: async () => [active], onActivated, onUpdated };
  return {
    tabs,
    listening: () => onActivated.all.size + onUpdated.all.size,
    /** The mentor moves to another tab. */
    activate(next: string | undefined) {
      active = { url: next };
      for (const l of onActivated.all) l();
    },
    /** A tab goes to another page; only the active one counts. */
    navigate(next: string, tab = { active: true }) {
      if (tab.active) active = { url: next };
      for (const l of onUpdated.all) l(1, { url: next }, tab);
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
