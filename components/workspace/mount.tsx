import { render } from 'preact';
import { LobbyPreview } from './lobby-preview';
import { SessionWorkspace } from './session-workspace';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { settleClosedReports } from '@/components/report/model';
import { CALL_PREVIEW_PREFIX } from '@/utils/shared/workspace-url';
import { answerFlushRequests } from '@/components/common/flush-work';
import { followPageShade } from '@/components/common/page-shade';
import { ShadeCover } from '@/components/common/shade-cover';
import { createCallPreviewModel, createWorkspaceModel, showScreen } from './model';

/**
 * The session's work for one call, beside the call (in the Meet panel's frame) or in a page of its own;
 * `call/<meeting code>` instead of a live session's id: the lobby's preview of the call to come.
 */
export function mountSessionWorkspace(root: HTMLElement, address: string): void {
  document.documentElement.lang = mentorLanguage();
  if (address.startsWith(CALL_PREVIEW_PREFIX)) return mountLobbyPreview(root, address.slice(CALL_PREVIEW_PREFIX.length));
  const liveSessionId = address;
  document.title = t('workspaceTitle');
  const model = createWorkspaceModel({ liveSessionId, ...mentorPlace() });
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
  // The student's record, the review and the report (private notes) go behind the shade while the screen is on show.
  render(
    <ShadeCover shade={followPageShade(showScreen)}>
      <SessionWorkspace model={model} />
    </ShadeCover>,
    root,
  );
}

/** Before the call: what prepares it, read only. */
function mountLobbyPreview(root: HTMLElement, meetingCode: string): void {
  document.title = t('previewTitle');
  const model = createCallPreviewModel({ meetingCode, ...mentorPlace() });
  void model.load();
  // Nothing to save here; the panel asks all the same before it removes the frame, and must hear back.
  const stopAnswering = answerFlushRequests(window, async () => true);
  addEventListener('pagehide', stopAnswering, { once: true });
  render(
    <ShadeCover shade={followPageShade(showScreen)}>
      <LobbyPreview model={model} />
    </ShadeCover>,
    root,
  );
}
