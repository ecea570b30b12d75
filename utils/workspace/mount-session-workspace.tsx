import { render } from 'preact';
import { SessionWorkspace } from '../../components/session-workspace';
import { mentorPlace } from '../format-date-time';
import { mentorLanguage, t } from '../i18n';
import { sendToBackground } from '../messaging/send-to-background';
import { createWorkspaceModel } from './workspace-model';

/** The session's work for one call, beside the call (in the Meet panel's frame) or in a page of its own. */
export function mountSessionWorkspace(root: HTMLElement, liveSessionId: string): void {
  document.title = t('workspaceTitle');
  document.documentElement.lang = mentorLanguage();
  const model = createWorkspaceModel({ liveSessionId, send: sendToBackground, ...mentorPlace() });
  const stop = model.start();
  addEventListener('pagehide', stop, { once: true });
  render(<SessionWorkspace model={model} />, root);
}
