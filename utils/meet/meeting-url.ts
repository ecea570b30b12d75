import { MEET_ORIGIN, MEETING_PATH } from './meet-selectors';

/** The meeting code of a Meet call URL, or null for any other page. */
export function parseMeetingCode(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.origin !== MEET_ORIGIN) return null;
  return MEETING_PATH.exec(url.pathname)?.[1] ?? null;
}
