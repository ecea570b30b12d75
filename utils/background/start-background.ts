import { browser } from 'wxt/browser';
import { cadenceDb } from '../db/cadence-db';
import { createSessionStore } from '../session/session-store';
import { readAgendaSettings } from '../settings/agenda-settings';
import { agendaSettingsItem } from '../storage-items';
import { handleCommand } from './handle-command';
import { createUiMessageHandler } from './ui-message-handler';

/** Wires the background's listeners; they must be added on the first turn of a cold start. */
export function startBackground(): void {
  const handleUiMessage = createUiMessageHandler({
    store: async () => createSessionStore(await cadenceDb()),
    agendaSettings: async () => readAgendaSettings(await agendaSettingsItem.getValue()),
    now: Date.now,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message, sender) => handleUiMessage(message, sender));

  browser.commands.onCommand.addListener(handleCommand);
}
