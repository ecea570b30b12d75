import type { Session, SessionStatus } from '@/utils/core/platform/platform-schemas';
import { isLocalId } from '@/utils/core/platform/local-ids';
import type { OutboxItem } from '@/utils/core/sync/outbox-item';

/** What the platform holds for a session: a status, or nothing yet (a session made here, not sent). */
export type PlatformView = SessionStatus | 'not-on-platform';

/**
 * The platform's view of a session when it differs from Cadence's, else null.
 *
 * A pull replaces each session with the platform's version, except while a
 * change of the mentor's waits in the outbox: then the two may differ, and
 * only then. The platform's status is the one the last pull saw and held back
 * (`kept`); without one, it is the status the session had before the waiting
 * change: a cancellation, a no-show and a first report all change a pending
 * session, so the platform still says "pending". A corrected report, or a move,
 * changes no status.
 */
export function platformDifference(session: Session, outbox: readonly OutboxItem[], kept: SessionStatus | undefined): PlatformView | null {
  const waiting = outbox.filter((item) => item.entity?.store === 'sessions' && item.entity.id === session.id);
  if (waiting.length === 0) return null;
  const made = waiting.some((item) => item.endpoint === 'scheduleSession' || item.endpoint === 'rescheduleSession');
  if (made && isLocalId(session.id)) return 'not-on-platform';
  const changesStatus = waiting.some(
    (item) =>
      item.endpoint === 'cancelSession' || (item.endpoint === 'submitReport' && !(item.body as { correction?: boolean }).correction),
  );
  const platform = kept ?? (changesStatus ? 'pending' : session.status);
  return platform === session.status ? null : platform;
}
