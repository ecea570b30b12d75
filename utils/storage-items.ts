import { browser } from 'wxt/browser';

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
  /** The in-call panel folded to its tab; the keyboard shortcut flips it. */
  panelCollapsed: boolean;
}

const FALLBACKS: LocalItems = { agendaSettings: undefined, attendancePolicy: undefined, panelCollapsed: false };

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

// Pure: a script that uses one item does not carry the others.
export const agendaSettingsItem = /* @__PURE__ */ localItem('agendaSettings');
export const attendancePolicyItem = /* @__PURE__ */ localItem('attendancePolicy');
export const panelCollapsedItem = /* @__PURE__ */ localItem('panelCollapsed');
