import type { Runtime } from 'webextension-polyfill';
import { MEET_ORIGIN } from '../meet/meet-selectors';

/**
 * Only Cadence's own pages, and its content script in Meet's top frame, may
 * talk to the background.
 */
export function isTrustedSender(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return false;
  }
  if (sender.tab) return origin === MEET_ORIGIN && sender.frameId === 0;
  return origin === new URL(extensionOrigin).origin;
}
