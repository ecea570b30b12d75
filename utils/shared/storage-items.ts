import { browser } from 'wxt/browser';
import type { WeekOverview } from '@/utils/core/overview/week-overview';
import { NO_SHADE, type ShadeState } from '@/utils/core/session/screen-shade';

/** A new version the browser holds back until Cadence applies it. */
export interface PendingUpdate {
  version: string;
}

/**
 * Every key Cadence keeps in extension storage, and the one way to use them.
 * Only preferences live here: content scripts can read `storage.local`, so
 * nothing private ever does. (A few lines instead of `@wxt-dev/storage`,
 * whose 3.3 KB gzip would be a sixth of the content script's budget.)
 */
interface LocalItems {
  /** Raw: the background validates it with `readAgendaSettings` on every read. */
  agendaSettings: unknown;
  /** Raw: read with `readAttendancePolicy`, which falls back field by field. */
  attendancePolicy: unknown;
  /** Raw: read with `readReminderSettings`. */
  reminderSettings: unknown;
  /**
   * Raw: read with `readPayRates`. A preference like the no-show rate beside it: the
   * mentor's categories, their rates and currency, and student ids to category ids
   * (no name, no amount of anyone's). Optional, with no fallback written below:
   * absent reads as undefined all the same, and the content script carries the
   * fallbacks, with 70 bytes of room left.
   */
  payRates?: unknown;
  /** The in-call panel folded to its strip; the keyboard shortcut flips it. */
  panelCollapsed: boolean;
  /** The in-call panel's width in CSS pixels as the mentor set it; null: the usual width. */
  panelWidth: number | null;
  /** The version Cadence was updated to whose note the options page has not shown yet. */
  updateNote: string | null;
  /** The version that last had its install or update noted; absent before 0.2.0, which began keeping it. */
  notedVersion?: string;
  /**
   * The shade over what is private while the screen may be seen: written by the background alone,
   * read by every view (the panel on Meet's page too, which is why it is here). Two flags and window
   * ids, nothing private; the windows on show are cleared when the browser starts.
   */
  screenShade: ShadeState;
}

const FALLBACKS: LocalItems = {
  agendaSettings: undefined,
  attendancePolicy: undefined,
  reminderSettings: undefined,
  panelCollapsed: false,
  panelWidth: null,
  updateNote: null,
  screenShade: NO_SHADE,
};

export interface StorageItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back on every change from any context; returns the way to stop. */
  watch(callback: (value: T) => void): () => void;
}

function localItem<K extends keyof LocalItems>(key: K): StorageItem<LocalItems[K]> {
  const valueOf = (stored: unknown) => (stored === undefined ? FALLBACKS[key] : (stored as LocalItems[K]));
  return {
    getValue: async () => valueOf((await browser.storage.local.get(key))[key]),
    setValue: (value) => browser.storage.local.set({ [key]: value }),
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) callback(valueOf(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** Kept for the browser's session only, and out of content scripts' reach (`storage.session`). */
interface SessionItems {
  /** The Meet tabs in a call, by tab id, with their meeting code: a tab closed mid-call ends it. */
  callTabs: Record<string, string>;
  /** The week as the background last read it, for the popup to show at once (then it asks again). */
  weekOverview: WeekOverview | null;
  /** An update the browser holds back, applied once no call runs. */
  pendingUpdate: PendingUpdate | null;
}

export function sessionItem<K extends keyof SessionItems>(key: K, fallback: SessionItems[K]): StorageItem<SessionItems[K]> {
  return {
    getValue: async (): Promise<SessionItems[K]> => ((await browser.storage.session.get(key))[key] as SessionItems[K]) ?? fallback,
    setValue: (value: SessionItems[K]) => browser.storage.session.set({ [key]: value }),
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'session' && key in changes) callback((changes[key]!.newValue as SessionItems[K]) ?? fallback);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

// Pure: a script that uses one item does not carry the others.
export const agendaSettingsItem = /* @__PURE__ */ localItem('agendaSettings');
export const attendancePolicyItem = /* @__PURE__ */ localItem('attendancePolicy');
export const reminderSettingsItem = /* @__PURE__ */ localItem('reminderSettings');
export const payRatesItem = /* @__PURE__ */ localItem('payRates');
export const callTabsItem = /* @__PURE__ */ sessionItem('callTabs', {});
export const weekOverviewItem = /* @__PURE__ */ sessionItem('weekOverview', null);
export const panelCollapsedItem = /* @__PURE__ */ localItem('panelCollapsed');
export const panelWidthItem = /* @__PURE__ */ localItem('panelWidth');
export const updateNoteItem = /* @__PURE__ */ localItem('updateNote');
export const notedVersionItem = /* @__PURE__ */ localItem('notedVersion');
export const screenShadeItem = /* @__PURE__ */ localItem('screenShade');
export const pendingUpdateItem = /* @__PURE__ */ sessionItem('pendingUpdate', null);
