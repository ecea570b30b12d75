import { storage } from 'wxt/utils/storage';

/**
 * Every key Cadence keeps in extension storage. Only preferences live here:
 * content scripts can read `local:`, so nothing private ever does.
 */

/** Raw: the background validates it with `readAgendaSettings` on every read. */
export const agendaSettingsItem = storage.defineItem<unknown>('local:agendaSettings');

/** The in-call panel folded to its tab; the keyboard shortcut flips it. */
export const panelCollapsedItem = storage.defineItem<boolean>('local:panelCollapsed', { fallback: false });
