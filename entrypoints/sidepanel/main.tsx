import { browser } from 'wxt/browser';
import { sendToBackground } from '../../utils/messaging/send-to-background';
import { mountSidePanel } from '../../utils/side-panel/mount-side-panel';
import '../../components/session-panel.css';
import '../../components/side-panel.css';

// The session panel beside a call on any tool (Chrome's side panel, Firefox's sidebar).
mountSidePanel(
  document.getElementById('app')!,
  {
    send: sendToBackground,
    tabs: browser.tabs,
    runtime: browser.runtime,
    readLastError: () => browser.runtime.lastError,
    now: Date.now,
  },
);
