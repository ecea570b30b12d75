import { render } from 'preact';
import { SessionWorkspace } from '../../components/session-workspace';
import { mentorPlace } from '../format-date-time';
import { mentorLanguage, t } from '../i18n';
import { sendToBackground } from '../messaging/send-to-background';
import { settleClosedReports } from '../report/report-model';
import { answerFlushRequests } from './flush-work';
import { createWorkspaceModel } from './workspace-model';

/** The session's work for one call, beside the call (in the Meet panel's frame) or in a page of its own. */
export function mountSessionWorkspace(root: HTMLElement, liveSessionId: string): void {
  document.title = t('workspaceTitle');
  document.documentElement.lang = mentorLanguage();
  const model = createWorkspaceModel({ liveSessionId, send: sendToBackground, ...mentorPlace() });
  const stop = model.start();
  // A report left on another tab may still be saving, or waiting for room on a full disk.
  model.pending.add(settleClosedReports);
  // The panel asks before it removes the frame: everything pending is saved first.
  const stopAnswering = answerFlushRequests(window, model.flush);
  addEventListener(
    'pagehide',
    () => {
      stopAnswering();
      stop();
    },
    { once: true },
  );
  render(<SessionWorkspace model={model} />, root);
}
