import { isStorageFull } from '@/utils/shared/storage-full';
import { PAGE_REQUESTS, type PageHandlers, pageToBackgroundSchema } from '@/utils/protocol/page-to-background';
import { RequestError } from '@/utils/protocol/request-error';
import { type SenderKind, senderKind } from '@/utils/protocol/trusted-sender';
import { afterOf, type AfterStep, type Sender } from '@/utils/protocol/requests';
import { type ErrorCode, type Reply, UI_REQUESTS, type UiHandlers, uiToBackgroundSchema } from '@/utils/protocol/ui-to-background';
import { logFailure } from './log-unhandled-errors';

/** Chrome's side panel (`chrome.sidePanel`), as far as Cadence uses it. */
export interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
}

export interface RouterDeps {
  ui: UiHandlers;
  page: PageHandlers;
  extensionId: string;
  extensionOrigin: string;
  /** Absent where the browser has none (Firefox's build: its sidebar is opened by the mentor only). */
  sidePanel?: SidePanelApi;
  /** What follows a request that succeeded, as its channel's table names it; given the reply. */
  after: Record<AfterStep, (reply: unknown) => void>;
}

type AnyHandler = (message: { type: string }, sender: Sender) => Promise<unknown>;

/**
 * The background's one door: the sender is checked, then the message is
 * parsed against what that sender may ask. The content script may only ask
 * about its call; the platform, its token and the records are for our pages.
 * Once answered, what the message's table row says follows it.
 */
export function createMessageRouter(deps: RouterDeps) {
  return async function route(raw: unknown, sender: Sender): Promise<Reply<unknown>> {
    const kind = senderKind(sender, deps.extensionId, deps.extensionOrigin);
    if (!kind) return failure('forbidden');
    const ui = uiToBackgroundSchema.safeParse(raw);
    const page = ui.success ? null : pageToBackgroundSchema.safeParse(raw);
    if (page && !page.success) return failure('invalid-message');
    if (page && kind !== 'page') return failure('forbidden');
    const message = (ui.data ?? page!.data) as { type: string };
    if (message.type === 'side-panel/open') return openSidePanel(kind, sender, deps.sidePanel);
    const handlers = (ui.success ? deps.ui : deps.page) as unknown as Record<string, AnyHandler>;
    try {
      const value = await handlers[message.type]!(message, sender);
      for (const step of afterOf(ui.success ? UI_REQUESTS : PAGE_REQUESTS, message.type)) deps.after[step](value);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof RequestError) return failure(error.code, error.detail);
      if (isStorageFull(error)) return failure('storage-full');
      logFailure(`request ${message.type} failed`, error);
      return failure('internal');
    }
  };
}

/**
 * Chrome opens its side panel only in answer to a user action, and the click
 * that sent this message counts only until the first await: `open` is called
 * here, in the listener's own turn (the router runs synchronously up to this
 * point), and only for the panel on a Meet tab, which names the tab.
 */
function openSidePanel(kind: SenderKind, sender: Sender, sidePanel: SidePanelApi | undefined): Promise<Reply<null>> {
  const tabId = sender.tab?.id;
  if (kind !== 'content-script' || tabId === undefined) return Promise.resolve(failure('forbidden'));
  if (!sidePanel) return Promise.resolve(failure('internal', 'no-side-panel'));
  const failed = (error: unknown) => {
    console.warn('Cadence: the side panel did not open', error);
    return failure('internal', 'side-panel-not-opened');
  };
  try {
    return sidePanel.open({ tabId }).then(() => ({ ok: true, value: null }), failed);
  } catch (error) {
    return Promise.resolve(failed(error));
  }
}

function failure(code: ErrorCode, detail?: string): Reply<never> {
  return { ok: false, error: detail ? { code, detail } : { code } };
}
