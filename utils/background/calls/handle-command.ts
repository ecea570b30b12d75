import { panelCollapsedItem } from '@/utils/shared/storage-items';
import type { ScreenShadeKeeper } from './screen-shade';

/**
 * The manifest's keyboard commands, given the tab they were pressed on (where the browser says).
 * `toggle-shade` draws or lifts the screen shade in that tab's window.
 */
export async function handleCommand(command: string, tab: { windowId?: number } | undefined, shade: Pick<ScreenShadeKeeper, 'toggle'>) {
  if (command === 'toggle-panel') await panelCollapsedItem.setValue(!(await panelCollapsedItem.getValue()));
  if (command === 'toggle-shade') await shade.toggle(tab?.windowId ?? null);
}
