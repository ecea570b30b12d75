/**
 * A duration as a running clock: `4:05`, `12:00`, `1:02:09`; the sign is the
 * caller's. Time left counts `up` to the next second, as a countdown does, so
 * elapsed and left always add up to the phase.
 */
export function formatClock(ms: number, round: 'down' | 'up' = 'down'): string {
  const seconds = Math.abs(ms) / 1000;
  const totalSeconds = round === 'up' ? Math.ceil(seconds) : Math.floor(seconds);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const ss = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A wall-clock time in the browser's language, e.g. `14:50` or `2:50 PM`. */
export function formatTimeOfDay(at: number, locale: string): string {
  // Building a format costs far more than using one: the panel asks every second.
  let format = timeFormats.get(locale);
  if (!format) timeFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' })));
  return format.format(at);
}
