import { t } from '../utils/i18n';
import { workspaceUrl } from '../utils/panel/workspace-url';

/**
 * The session's work, in a frame of Cadence's own page: the student's
 * records and the mentor's notes stay out of Meet's reach (the panel's
 * shadow root is open), and the content script stays small.
 */
export function WorkspaceFrame({ liveSessionId }: { liveSessionId: string }) {
  return (
    <iframe
      title={t('workspaceFrameTitle')}
      // Lets the report be copied from inside the call.
      allow="clipboard-write"
      src={workspaceUrl(liveSessionId)}
    />
  );
}
