import { browser } from 'wxt/browser';
import type { BackgroundToPage } from '../messaging/background-to-page';
import { cadenceDb } from '../db/cadence-db';
import { createSessionStore } from '../session/session-store';
import { readAgendaSettings } from '../settings/agenda-settings';
import { readAttendancePolicy } from '../policy/attendance-policy';
import { agendaSettingsItem, attendancePolicyItem } from '../storage-items';
import { createSyncRunner } from '../sync/sync-runner';
import { handleCommand } from './handle-command';
import { createLiveSessionHandlers } from './live-session-handlers';
import { createMessageRouter } from './message-router';
import { createPageHandlers } from './page-handlers';
import { armSyncAlarms, handleSyncAlarm, OUTBOX_ALARM } from './sync-alarms';

/** Wires the background's listeners; they must be added on the first turn of a cold start. */
export function startBackground(): void {
  const sync = createSyncRunner(async () => ({
    db: await cadenceDb(),
    fetch: (input, init) => fetch(input, init),
    now: Date.now,
    random: Math.random,
    wakeAt: async (when) => browser.alarms.create(OUTBOX_ALARM, { when }),
  }));
  const route = createMessageRouter({
    ui: createLiveSessionHandlers({
      store: async () => createSessionStore(await cadenceDb()),
      agendaSettings: async () => readAgendaSettings(await agendaSettingsItem.getValue()),
      now: Date.now,
      notify: (session) => {
        const news: BackgroundToPage = { type: 'live-session/changed', liveSessionId: session.id };
        // No page open is the usual case, not an error.
        browser.runtime.sendMessage(news).catch(() => {});
      },
    }),
    page: createPageHandlers({
      db: cadenceDb,
      sync,
      fetch: (input, init) => fetch(input, init),
      now: Date.now,
      newId: () => crypto.randomUUID(),
      policy: async () => readAttendancePolicy(await attendancePolicyItem.getValue()),
    }),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.commands.onCommand.addListener(handleCommand);
  browser.alarms.onAlarm.addListener((alarm) => handleSyncAlarm(alarm.name, sync));
  // Back online: what waited for the network goes now.
  globalThis.addEventListener('online', () => void sync.run({ now: true }));
  void armSyncAlarms();
  // Every wake of the worker is a start-up: send what waits, and leave reading to the alarm.
  void sync.run({ pull: false }).catch((error) => console.error('Cadence: sync at start-up', error));
}
