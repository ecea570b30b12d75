import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SessionWorkspace } from '../../components/session-workspace';
import { t } from '../i18n';
import { sendToBackground } from '../messaging/send-to-background';
import { createWorkspaceModel } from './workspace-model';

/** The session's work for one call, beside the call (in the Meet panel's frame) or in a page of its own. */
export function mountSessionWorkspace(root: HTMLElement, liveSessionId: string): void {
  document.title = t('workspaceTitle');
  document.documentElement.lang = browser.i18n.getUILanguage();
  const model = createWorkspaceModel({
    liveSessionId,
    send: sendToBackground,
    language: browser.i18n.getUILanguage(),
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const stop = model.start();
  addEventListener('pagehide', stop, { once: true });
  render(<SessionWorkspace model={model} />, root);
}
