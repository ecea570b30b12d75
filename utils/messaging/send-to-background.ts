import { browser } from 'wxt/browser';
import type { ReplyTo, Reply, UiToBackground } from './ui-to-background';

/** Sends one request; never throws, so a view can always show what went wrong. */
export async function sendToBackground<T extends UiToBackground>(message: T): Promise<Reply<ReplyTo<T['type']>>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<ReplyTo<T['type']>> | undefined;
    return reply ?? { ok: false, error: { code: 'disconnected' } };
  } catch (error) {
    return { ok: false, error: { code: 'disconnected', detail: String(error) } };
  }
}
