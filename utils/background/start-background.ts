import { browser } from 'wxt/browser';
import type { BackgroundToPage } from '@/utils/protocol/background-to-page';
import { cadenceDb } from '@/utils/background/db/cadence-db';
import { createSessionStore } from '@/utils/background/stores/session-store';
import { readAgendaSettings } from '@/utils/core/agenda/agenda-settings';
import { readAttendancePolicy } from '@/utils/core/policy/attendance-policy';
import { readReminderSettings } from '@/utils/core/reminders/reminder-plan';
import { readPayRates } from '@/utils/core/month/pay-rates';
import {
  agendaSettingsItem,
  attendancePolicyItem,
  callTabsItem,
  notedVersionItem,
  payRatesItem,
  pendingUpdateItem,
  reminderSettingsItem,
  screenShadeItem,
  updateNoteItem,
  weekOverviewItem,
} from '@/utils/shared/storage-items';
import { createSyncRunner } from '@/utils/background/sync/sync-runner';
import { handleCommand } from '@/utils/background/calls/handle-command';
import { createLiveSessionHandlers } from '@/utils/background/handlers/live-session-handlers';
import { createCallTabs } from '@/utils/background/calls/call-tabs';
import { createScreenShade, createScreenShadeHandlers } from '@/utils/background/calls/screen-shade';
import { createFollowUps } from '@/utils/background/calls/follow-ups';
import { createMessageRouter, type SidePanelApi } from './message-router';
import { openNotification, showNotification } from '@/utils/background/calls/notification-clicks';
import { createPageHandlers } from '@/utils/background/handlers/page-handlers';
import { armSyncAlarms, handleSyncAlarm, OUTBOX_ALARM } from '@/utils/background/sync/sync-alarms';
import { createAfterSteps } from './after-steps';
import { logUnhandledErrors } from './log-unhandled-errors';
import { followUpdates, UPDATE_ALARM } from './pending-update';
import { noteUpdate } from './update-note';

/** Wires the background's listeners; they must be added on the first turn of a cold start. */
export function startBackground(): void {
  logUnhandledErrors(globalThis);
  const sync = createSyncRunner(
    async () => ({
      db: await cadenceDb(),
      fetch: (input, init) => fetch(input, init),
      now: Date.now,
      random: Math.random,
      wakeAt: async (when) => browser.alarms.create(OUTBOX_ALARM, { when }),
    }),
    {
      // A refusal stored, or sessions read in: the badge and the week kept for the popup follow at once.
      settled: () => followUps.schedule(),
    },
  );
  const followUps = createFollowUps({
    db: cadenceDb,
    now: Date.now,
    settings: async () => readReminderSettings(await reminderSettingsItem.getValue()),
    policy: async () => readAttendancePolicy(await attendancePolicyItem.getValue()),
    inCall: async (meetingCode) => Object.values(await callTabsItem.getValue()).includes(meetingCode),
    alarms: browser.alarms,
    notify: showNotification,
    keepOverview: (overview) => weekOverviewItem.setValue(overview),
    setBadge: async (count) => {
      // Firefox's build is MV2, where the toolbar button is still `browserAction`.
      await (browser.action ?? browser.browserAction).setBadgeText({ text: count > 0 ? String(count) : '' });
    },
  });
  const sessionStore = async () => createSessionStore(await cadenceDb());
  const callTabs = createCallTabs({
    tabs: callTabsItem,
    store: sessionStore,
    now: Date.now,
    onClosedMidCall: (ended) => followUps.callTabClosed({ liveSessionId: ended.id, sessionId: ended.sessionId }),
  });
  // Updates wait for the end of the call: applying one freezes the panel on Meet until its tab reloads.
  const updates = followUpdates({
    item: pendingUpdateItem,
    runningVersion: () => browser.runtime.getManifest().version,
    callActive: () => callTabs.active(),
    reload: () => browser.runtime.reload(),
    wakeAt: async (when) => browser.alarms.create(UPDATE_ALARM, { when }),
  });
  // Every view watches the shade's storage item: the browser tells them all of each change.
  const shade = createScreenShade(screenShadeItem);
  const route = createMessageRouter({
    ui: {
      ...createLiveSessionHandlers({
        store: sessionStore,
        agendaSettings: async () => readAgendaSettings(await agendaSettingsItem.getValue()),
        now: Date.now,
        notify: (session) => {
          const news: BackgroundToPage = { type: 'live-session/changed', liveSessionId: session.id };
          // No page open is the usual case, not an error.
          browser.runtime.sendMessage(news).catch(() => {});
        },
        callTabs,
      }),
      ...createScreenShadeHandlers(shade),
    },
    page: createPageHandlers({
      db: cadenceDb,
      sync,
      fetch: (input, init) => fetch(input, init),
      now: Date.now,
      newId: () => crypto.randomUUID(),
      policy: async () => readAttendancePolicy(await attendancePolicyItem.getValue()),
      payRates: async () => readPayRates(await payRatesItem.getValue()),
    }),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    // Chrome's alone; the polyfill passes it through unwrapped, and its types do not know it.
    sidePanel: (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel,
    after: createAfterSteps({ sync, followUps, updates, tellPages: (news) => void browser.runtime.sendMessage(news).catch(() => {}) }),
  });
  // Nothing may be awaited before `route`: it opens the side panel in this turn (see the router).
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab, shade));
  browser.runtime.onStartup.addListener(() => void shade.browserStarted());
  browser.runtime.onInstalled.addListener(
    (details) => void noteUpdate(details, browser.runtime.getManifest().version, updateNoteItem, notedVersionItem),
  );
  browser.alarms.onAlarm.addListener(async (alarm) => {
    await handleSyncAlarm(alarm.name, sync);
    await followUps.onAlarm(alarm.name);
    await updates.onAlarm(alarm.name);
  });
  // A call's tab closed mid-call ends its session: the popup and the badge count its report at once.
  browser.tabs.onRemoved.addListener((tabId) => {
    void callTabs.closed(tabId).then(() => Promise.all([updates.settle(), followUps.schedule()]));
    void shade.tabClosed(tabId);
  });
  browser.notifications.onClicked.addListener((id) => void openClicked(id));
  browser.notifications.onButtonClicked?.addListener((id) => void openClicked(id));
  reminderSettingsItem.watch(() => void followUps.schedule());
  const openClicked = async (id: string) => openNotification(id, await cadenceDb(), Date.now());
  void followUps.schedule();
  // Back online: what waited for the network goes now.
  globalThis.addEventListener('online', () => void sync.run({ now: true }));
  void armSyncAlarms();
  // Every wake of the worker is a start-up: send what waits, and leave reading to the alarm.
  void sync.run({ pull: false }).catch((error) => console.warn('Cadence: sync at start-up', error));
}
