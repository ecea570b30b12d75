import type { Runtime } from 'webextension-polyfill';
import type { Reply } from '../messaging/ui-to-background';
import type { LiveSession } from '../session/live-session';
import type { SessionStore } from '../session/session-store';
import type { callTabsItem } from '../storage-items';

export interface CallTabsDeps {
  tabs: typeof callTabsItem;
  store: () => Promise<SessionStore>;
  now: () => number;
  /** A call's tab closed while its session ran: the session is ended, the mentor asked for the report. */
  onClosedMidCall: (ended: LiveSession) => Promise<void>;
}

/**
 * Which Meet tab holds which call, kept for the browser's session: Meet's
 * end screen never shows when the mentor closes the tab, so the tab's
 * closing ends the call instead.
 */
export function createCallTabs(deps: CallTabsDeps) {
  return {
    /** Follows the panel's reports of joining and leaving. */
    async noted(message: unknown, sender: Runtime.MessageSender, reply: Reply<unknown>): Promise<void> {
      const tabId = sender.tab?.id;
      const { type, meetingCode } = (message ?? {}) as { type?: string; meetingCode?: string };
      if (tabId === undefined || !reply.ok || !meetingCode) return;
      if (type !== 'live-session/join-call' && type !== 'live-session/call-ended') return;
      const tabs = { ...(await deps.tabs.getValue()) };
      if (type === 'live-session/join-call' && reply.value) tabs[tabId] = meetingCode;
      else delete tabs[tabId];
      await deps.tabs.setValue(tabs);
    },

    /** Whether a Meet tab is in a call whose session runs (not ended by Meet or by hand). */
    async active(): Promise<boolean> {
      const meetingCodes = Object.values(await deps.tabs.getValue());
      if (meetingCodes.length === 0) return false;
      const store = await deps.store();
      for (const meetingCode of meetingCodes) {
        const session = await store.forCall(meetingCode, deps.now());
        if (session && session.endedAt === null) return true;
      }
      return false;
    },

    async closed(tabId: number): Promise<void> {
      const tabs = { ...(await deps.tabs.getValue()) };
      const meetingCode = tabs[tabId];
      if (!meetingCode) return;
      delete tabs[tabId];
      await deps.tabs.setValue(tabs);
      const store = await deps.store();
      const open = await store.forCall(meetingCode, deps.now());
      if (!open || open.endedAt !== null) return;
      const ended = await store.end(open.id, 'call-ended', deps.now());
      if (ended) await deps.onClosedMidCall(ended);
    },
  };
}

export type CallTabs = ReturnType<typeof createCallTabs>;
