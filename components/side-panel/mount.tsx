import { render } from 'preact';
import { browser } from 'wxt/browser';
import { currentWindowId } from '@/components/common/page-shade';
import { SidePanel } from './side-panel';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { followActiveCall, type SidePanelDeps } from './model';

/** What the side panel follows in the browser: its tabs, the page's window and the clock. */
const browserDeps = (): Omit<SidePanelDeps, 'signal'> => ({
  tabs: browser.tabs,
  runtime: browser.runtime,
  readLastError: () => browser.runtime.lastError,
  now: Date.now,
  currentWindow: currentWindowId,
});

/** Shows the session panel in the browser's side panel until the page goes; the returned function takes it down sooner. */
export function mountSidePanel(root: HTMLElement, deps: Omit<SidePanelDeps, 'signal'> = browserDeps()): () => void {
  document.title = t('sidePanelTitle');
  document.documentElement.lang = mentorLanguage();
  const lifetime = new AbortController();
  const stop = () => {
    removeEventListener('pagehide', stop);
    lifetime.abort();
    render(null, root);
  };
  addEventListener('pagehide', stop, { once: true });
  render(<SidePanel followed={followActiveCall({ ...deps, signal: lifetime.signal })} />, root);
  return stop;
}
