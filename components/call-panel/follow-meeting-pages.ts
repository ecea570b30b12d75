import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseMeetingCode } from '@/utils/meet/meeting-url';
import { mountSessionPanel } from './mount';

/**
 * Meet is a single-page app: the panel lives while the page is a meeting and
 * is torn down when the mentor navigates elsewhere. Once the script is
 * invalidated (the extension reloaded or updated) it follows nothing more:
 * the panel stays, frozen, until the tab is reloaded.
 */
export function followMeetingPages(ctx: ContentScriptContext): void {
  let current: { code: string; controller: AbortController } | null = null;

  const follow = (href: string) => {
    const code = parseMeetingCode(href);
    if (current?.code === code) return;
    current?.controller.abort();
    current = null;
    if (!code || ctx.isInvalid) return;
    const controller = new AbortController();
    current = { code, controller };
    void mountSessionPanel(ctx, code, controller.signal);
  };

  // WXT's own event carries the new address; the page's script can send one by the same name without it.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    if (event.newUrl instanceof URL) follow(event.newUrl.href);
  });
  follow(location.href);
}
