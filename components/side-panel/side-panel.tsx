import type { ReadonlySignal } from '@preact/signals';
import { t } from '@/utils/shared/i18n';
import type { FollowedCall } from './model';
import { SessionPanel } from '@/components/call-panel/session-panel';

/** The session panel in the browser's side panel, beside a call on any tool: it says which call it follows. */
export function SidePanel({ followed }: { followed: ReadonlySignal<FollowedCall | null> }) {
  const call = followed.value;
  if (!call) return null;
  return (
    // A new call, a new panel: nothing of the last one's state carries over.
    <SessionPanel key={call.meetingCode ?? ''} model={call.model}>
      <p class="side-panel-call">{call.meetingCode ? t('sidePanelFollowsMeet', call.meetingCode) : t('sidePanelByHand')}</p>
    </SessionPanel>
  );
}
