/**
 * Who else is in the call, as Meet's page shows it: the readings the panel
 * sends when they change, and what Cadence makes of them (the first arrival,
 * each departure and return). Only timestamps are kept, so a service worker
 * that dies between two readings settles them the same way when it wakes.
 */

/** Whether the page shows anyone besides the mentor; `unknown`: the page could not tell (no participant ids). */
export type OthersInCall = 'yes' | 'no' | 'unknown';

/** One reading of the page, as the panel sends it: small, and only on change. */
export interface PresenceSnapshot {
  others: OthersInCall;
  /** How many others it counted (0 when it could not tell). */
  count: number;
}

export interface PresenceMove {
  kind: 'arrived' | 'left' | 'returned';
  at: number;
}

export interface CallPresence {
  /** The page's last reading, and since when it holds. */
  reading: OthersInCall;
  since: number;
  count: number;
  /** The page could tell at least once (a reading of yes or no): otherwise Cadence goes by the clock alone. */
  known: boolean;
  /** When the page was first read in this call: someone seen then was there before the mentor. */
  firstReadAt: number;
  /** Settled, oldest first: the first arrival, then each departure and return. */
  moves: PresenceMove[];
  /** When the reading at hand becomes a move if it holds until then; null when it would change nothing. */
  settlesAt: number | null;
}

/** A tile must show this long to be an arrival or a return: Meet draws tiles anew, and one flashing in is nobody. */
export const ARRIVAL_HOLDS_MS = 3_000;
/** A tile gone this long is a departure: a re-render, a flicker or a frozen stream comes back sooner. */
export const DEPARTURE_HOLDS_MS = 15_000;
/** Moves kept per call: a connection dropping all session long still leaves its first arrival and most of the rest. */
export const MAX_PRESENCE_MOVES = 100;

/** Whether someone else is in the call now, as settled. */
export function othersHere(presence: CallPresence | null | undefined): boolean {
  const last = presence?.moves.at(-1);
  return !!last && last.kind !== 'left';
}

/** The first time someone else was in the call, if anyone was. */
export function firstArrival(presence: CallPresence | null | undefined): PresenceMove | null {
  return presence?.moves[0] ?? null;
}

function pendingUntil(presence: Omit<CallPresence, 'settlesAt'>): number | null {
  const here = othersHere({ ...presence, settlesAt: null });
  if (presence.reading === 'yes' && !here) return presence.since + ARRIVAL_HOLDS_MS;
  if (presence.reading === 'no' && here) return presence.since + DEPARTURE_HOLDS_MS;
  // `unknown` settles nothing: a missing signal is never a departure, nor an arrival.
  return null;
}

/** The reading at hand made a move once it held long enough, dated from when it began. */
export function settlePresence(presence: CallPresence, now: number): CallPresence {
  if (presence.settlesAt === null || now < presence.settlesAt) return presence;
  const kind = presence.moves.length === 0 ? 'arrived' : presence.reading === 'no' ? 'left' : 'returned';
  // The first arrival stays whatever happens after it; the oldest later moves give way.
  const kept = presence.moves.length < MAX_PRESENCE_MOVES ? presence.moves : [presence.moves[0]!, ...presence.moves.slice(3)];
  const moves = [...kept, { kind, at: presence.since } as PresenceMove];
  const settled = { ...presence, moves };
  return { ...settled, settlesAt: pendingUntil(settled) };
}

/** Feeds one reading of the page: what was pending settles first, then the reading starts its own hold. */
export function observePresence(presence: CallPresence | null | undefined, snapshot: PresenceSnapshot, now: number): CallPresence {
  if (!presence) {
    const first = {
      reading: snapshot.others,
      since: now,
      count: snapshot.count,
      known: snapshot.others !== 'unknown',
      firstReadAt: now,
      moves: [],
    };
    return { ...first, settlesAt: pendingUntil(first) };
  }
  const settled = settlePresence(presence, now);
  if (settled.reading === snapshot.others) return settled.count === snapshot.count ? settled : { ...settled, count: snapshot.count };
  const next = {
    ...settled,
    reading: snapshot.others,
    since: now,
    count: snapshot.count,
    known: settled.known || snapshot.others !== 'unknown',
  };
  return settlePresence({ ...next, settlesAt: pendingUntil(next) }, now);
}
