import { browser } from 'wxt/browser';
import type { PageToBackground, PageToBackgroundReplies } from './page-to-background';
import type { Reply, ReplyTo, UiToBackground } from './ui-to-background';

type Request = UiToBackground | PageToBackground;
type ReplyOf<T extends Request> = T extends UiToBackground
  ? ReplyTo<T['type']>
  : T extends PageToBackground
    ? PageToBackgroundReplies[T['type']]
    : never;

/**
 * Sends one request to the background; never throws, so a view can always
 * show what went wrong. Only types are imported: no schema ships with it.
 */
export async function sendToBackground<T extends Request>(message: T): Promise<Reply<ReplyOf<T>>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<ReplyOf<T>> | undefined;
    return reply ?? { ok: false, error: { code: 'disconnected' } };
  } catch (error) {
    return { ok: false, error: { code: 'disconnected', detail: String(error) } };
  }
}
