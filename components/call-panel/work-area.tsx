import { t } from '@/utils/shared/i18n';
import type { SessionPanelModel } from './model';
import { lobbyWorkUrl, workspaceUrl } from '@/utils/shared/workspace-url';

/**
 * The session's work, in a frame of Cadence's own page: the student's
 * records and what the mentor types stay out of Meet's reach (the panel's
 * shadow root is open, and keys typed in it reach Meet's listeners), and the
 * content script stays small. Before the call it shows what prepares it. The
 * frame is there only while the mentor opens it: a closed work area costs
 * Meet's page nothing.
 */
export function WorkArea({ model }: { model: SessionPanelModel }) {
  const session = model.session.value;
  const code = model.meetingCode;
  const open = model.workOpen.value;
  const src = session ? workspaceUrl(session.id) : code ? lobbyWorkUrl(code) : null;
  // Until the background has said whether the call has a session, there is no knowing which work to show.
  if (!src || !model.loaded.value) return null;
  // Once the session ended, "Write the report" opens it: one button for one move.
  if (session?.endedAt && !open) return null;
  return (
    <section class="work-area" aria-label={t('workspaceFrameTitle')}>
      <button
        type="button"
        class={open ? 'work-toggle' : 'work-toggle primary-button'}
        aria-expanded={open}
        aria-controls="cadence-work"
        data-testid="work-toggle"
        onClick={() => (open ? void model.closeWork() : (model.workOpen.value = true))}
      >
        {t(open ? 'workClose' : session ? 'workOpen' : 'workOpenPreview')}
      </button>
      {model.workUnsaved.value && (
        <p class="notice notice-error" role="alert">
          {t('workUnsaved')}
        </p>
      )}
      {open && (
        <iframe
          // A new session, a new page: the work follows "Start a new session" at once.
          key={src}
          // The model asks the frame to save before taking it down (folding, closing, stepping aside), and hears it meanwhile.
          ref={model.setWorkFrame}
          id="cadence-work"
          title={t('workspaceFrameTitle')}
          // Lets the report be copied from inside the call.
          allow="clipboard-write"
          src={src}
        />
      )}
    </section>
  );
}
