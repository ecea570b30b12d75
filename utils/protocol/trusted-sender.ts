import type { Runtime } from 'webextension-polyfill';
import { MEET_ORIGIN } from '@/utils/meet/meet-selectors';

/** Who may talk to the background: Cadence's own pages, or its content script. */
export type SenderKind = 'page' | 'content-script';

/**
 * Cadence's own pages, and its content script in Meet's top frame; anything
 * else gets null and is refused.
 */
export function senderKind(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId || !sender.url) return null;
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return null;
  }
  // Our pages may be open in a tab (the options page is): the origin tells them apart.
  if (origin === new URL(extensionOrigin).origin) return 'page';
  return sender.tab && origin === MEET_ORIGIN && sender.frameId === 0 ? 'content-script' : null;
}
