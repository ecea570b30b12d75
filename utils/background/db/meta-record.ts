import type { RefusedRecord } from '@/utils/core/platform/read-page';
import type { SessionStatus } from '@/utils/core/platform/platform-schemas';

/** Single records of the `meta` store, each under its own key. */
export type MetaRecord =
  PlatformConnection | SyncCursor | SyncStatus | PlatformPause | SessionRenames | ReminderLog | PlatformStatuses | SessionMoves;

/** The reminders already shown, by key, with when: none shows twice. */
export interface ReminderLog {
  key: 'reminders';
  fired: Record<string, number>;
}

/**
 * The platform the mentor connected. The token lives only here, in the
 * background's IndexedDB: no content script can open it.
 */
export interface PlatformConnection {
  key: 'connection';
  baseUrl: string;
  token: string;
  /** As the platform gave it at the last successful connection. */
  mentorName: string;
  /** Set when the platform refused the token: the mentor must reconnect. */
  needsReconnect: boolean;
  connectedAt: number;
}

/** Where the last incremental read of a list stopped. */
export interface SyncCursor {
  key: 'cursor:students' | 'cursor:sessions' | 'cursor:exercises';
  updatedSince: string | null;
  etag: string | null;
  lastPulledAt: number;
  /**
   * Records of the list the platform sent in a shape Cadence cannot take, left
   * out until the platform sends them again, sound. Absent in cursors kept
   * before records were read one by one.
   */
  refused?: RefusedRecord[];
}

/** How the last exchange with the platform went, for the mentor to see. */
export interface SyncStatus {
  key: 'sync-status';
  lastSyncAt: number | null;
  /** The last failure of a read, or null once one succeeds. */
  lastError: { code: string; message: string; at: number } | null;
}

/** The platform asked for no request before `until` (its Retry-After): every request waits, "Sync now" included. */
export interface PlatformPause {
  key: 'platform-pause';
  until: number;
}

/**
 * Sessions made here that the platform has since named, local id → platform id:
 * a page opened before the rename still finds its session.
 */
export interface SessionRenames {
  key: 'session-renames';
  renames: Record<string, string>;
}

/**
 * The platform's status of sessions a pull did not take in, because a change
 * of the mentor's to them still waits in the outbox: the month shows where
 * the two differ. Only these are kept; every other session is the platform's
 * own version already.
 */
export interface PlatformStatuses {
  key: 'platform-statuses';
  statuses: Record<string, SessionStatus>;
}

/** Where sessions were before the mentor moved them, by session id, oldest first: the month shows them as moved. */
export interface SessionMoves {
  key: 'session-moves';
  moves: Record<string, { from: string; to: string; at: number }[]>;
}
