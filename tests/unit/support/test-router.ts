import { createLiveSessionHandlers } from '@/utils/background/handlers/live-session-handlers';
import { createMessageRouter, type SidePanelApi } from '@/utils/background/message-router';
import { createPageHandlers } from '@/utils/background/handlers/page-handlers';
import { type CadenceDb, openCadenceDb } from '@/utils/background/db/cadence-db';
import { createSessionStore, type SessionStore } from '@/utils/background/stores/session-store';
import { DEFAULT_ATTENDANCE_POLICY } from '@/utils/core/policy/attendance-policy';
import { readPayRates } from '@/utils/core/month/pay-rates';
import { payRatesItem } from '@/utils/shared/storage-items';
import type { AgendaSettings } from '@/utils/core/agenda/agenda-settings';
import { createSyncRunner } from '@/utils/background/sync/sync-runner';
import { createAfterSteps } from '@/utils/background/after-steps';
import { createCallTabs } from '@/utils/background/calls/call-tabs';
import { createScreenShade, createScreenShadeHandlers } from '@/utils/background/calls/screen-shade';
import { screenShadeItem } from '@/utils/shared/storage-items';
import type { AfterStep } from '@/utils/protocol/requests';
import type { BackgroundToPage } from '@/utils/protocol/background-to-page';

export const EXTENSION_ID = 'cadenceextensionid';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
export const FROM_MEET = { id: EXTENSION_ID, url: 'https://meet.google.com/abc-defg-hij', frameId: 0, tab };
export const FROM_OPTIONS = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}options.html` };
export const FROM_SIDE_PANEL = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}sidepanel.html` };
/** The session's work, in its frame inside the Meet panel. */
export const FROM_WORKSPACE = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}session-workspace.html`, frameId: 3, tab };

export interface TestBackground {
  route: ReturnType<typeof createMessageRouter>;
  db: CadenceDb;
  store: SessionStore;
  /** The live sessions the background told pages about, in order. */
  notified: string[];
  /** What followed each request that succeeded, in order, as the channels' tables name it. */
  followed: AfterStep[];
  /** The news the after-steps sent every page, in order (a report's new revision). */
  told: BackgroundToPage[];
  /** Which tab holds which call, as the background keeps it for the browser's session. */
  callTabs: () => Record<string, string>;
}

/** The background's router over a fresh database, with the clock, settings and network of the test's choosing. */
export async function testBackground(options: {
  now: () => number;
  settings: () => AgendaSettings;
  fetch?: typeof fetch;
  store?: (real: SessionStore) => SessionStore;
  /** The database as the background sees it, e.g. on a disk that fills up. */
  db?: (real: CadenceDb) => CadenceDb;
  /** Chrome's side panel; none, as in Firefox, when absent. */
  sidePanel?: SidePanelApi;
}): Promise<TestBackground> {
  const opened = await openCadenceDb();
  const db = options.db ? options.db(opened) : opened;
  const real = createSessionStore(db);
  const store = options.store ? options.store(real) : real;
  const fetch = options.fetch ?? (async () => Promise.reject(new TypeError('offline')));
  let ids = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;
  const notified: string[] = [];
  const followed: AfterStep[] = [];
  const told: BackgroundToPage[] = [];
  let tabs: Record<string, string> = {};
  const sync = createSyncRunner(async () => ({ db, fetch, now: options.now, random: () => 0.5, wakeAt: async () => {} }));
  // Writes go out as in the background; the reminders and updates, which have their own tests, are only counted here.
  const steps = createAfterSteps({
    sync,
    followUps: { schedule: async () => {} },
    updates: { settle: async () => {}, settleAfter: async () => {} },
    tellPages: (news) => told.push(news),
  });
  const after = Object.fromEntries(
    Object.entries(steps).map(([step, run]) => [step, (reply: unknown) => (followed.push(step as AfterStep), run(reply))]),
  ) as typeof steps;
  const callTabs = createCallTabs({
    tabs: { getValue: async () => tabs, setValue: async (value) => void (tabs = value) },
    store: async () => store,
    now: options.now,
    onClosedMidCall: async () => {},
  });
  const route = createMessageRouter({
    ui: {
      ...createLiveSessionHandlers({
        store: async () => store,
        agendaSettings: async () => options.settings(),
        now: options.now,
        notify: (s) => notified.push(s.id),
        callTabs,
      }),
      ...createScreenShadeHandlers(createScreenShade(screenShadeItem)),
    },
    page: createPageHandlers({
      db: async () => db,
      sync,
      fetch,
      now: options.now,
      newId,
      policy: async () => DEFAULT_ATTENDANCE_POLICY,
      // As the options page saved them (the fake browser's storage).
      payRates: async () => readPayRates(await payRatesItem.getValue()),
    }),
    extensionId: EXTENSION_ID,
    extensionOrigin: EXTENSION_ORIGIN,
    sidePanel: options.sidePanel,
    after,
  });
  return { route, db, store, notified, followed, told, callTabs: () => tabs };
}
