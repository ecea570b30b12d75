import type { Session } from './platform-schemas';

/**
 * Sessions in the order they start, soonest first. Starts come with any offset from the
 * platform ("+02:00" or "Z"): compared as text they would misorder.
 */
export const byStart = (a: Pick<Session, 'start'>, b: Pick<Session, 'start'>) => Date.parse(a.start) - Date.parse(b.start);
