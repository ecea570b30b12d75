import { formatClock } from '@/utils/shared/format-duration';
import { t } from '@/utils/shared/i18n';
import type { LiveSession } from '@/utils/core/session/live-session';
import { workspaceUrl } from '@/utils/shared/workspace-url';

interface Props {
  session: LiveSession | null;
  /** The session's time where the panel's clock stopped. */
  elapsedMs: number | null;
}

/**
 * The extension was reloaded or updated under an open panel: nothing here
 * reaches its background any more. Says what is safe, and how to go on;
 * the session's work can carry on in a tab meanwhile. Its texts were asked
 * while the browser answered (`FROZEN_NOTICE_MESSAGES`): it no longer does.
 */
export function FrozenNotice({ session, elapsedMs }: Props) {
  const running = session && !session.endedAt ? elapsedMs : null;
  return (
    <div class="notice notice-frozen" role="alert">
      <h3 class="notice-title">{t('frozenTitle')}</h3>
      <p>{t('frozenSaved')}</p>
      {running !== null && <p>{t('frozenClock', formatClock(running))}</p>}
      <p>{t('frozenReload')}</p>
      {session && (
        <p>
          <a href={workspaceUrl(session.id)} target="_blank" rel="noopener">
            {t('frozenOpenTab')}
          </a>
        </p>
      )}
    </div>
  );
}
