import { type LiveSession, undoEndRefusal } from '@/utils/core/session/live-session';
import type { SessionStore } from '@/utils/background/stores/session-store';
import type { callTabsItem } from '@/utils/shared/storage-items';

export interface CallTabsDeps {
  tabs: Pick<typeof callTabsItem, 'getValue' | 'setValue'>;
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
    /**
     * A Meet tab's panel joined its call, or took up again a session ended
     * moments ago (Meet may have shown its end screen meanwhile: the tab's
     * closing must end the session again).
     */
    async entered(tabId: number, meetingCode: string): Promise<void> {
      await deps.tabs.setValue({ ...(await deps.tabs.getValue()), [tabId]: meetingCode });
    },

    /** A Meet tab's panel left its call, or joined one where no session runs. */
    async left(tabId: number): Promise<void> {
      const tabs = { ...(await deps.tabs.getValue()) };
      delete tabs[tabId];
      await deps.tabs.setValue(tabs);
    },

    /**
     * Whether a Meet tab is in a call whose session runs, or was ended by the
     * mentor so recently that they may still undo it: the panel showing that
     * undo must not be frozen under them.
     */
    async active(): Promise<boolean> {
      const meetingCodes = Object.values(await deps.tabs.getValue());
      if (meetingCodes.length === 0) return false;
      const store = await deps.store();
      const now = deps.now();
      for (const meetingCode of meetingCodes) {
        const session = await store.forCall(meetingCode, now);
        if (session && (session.endedAt === null || undoEndRefusal(session, now) === null)) return true;
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
