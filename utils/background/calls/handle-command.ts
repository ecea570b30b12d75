import { panelCollapsedItem } from '@/utils/shared/storage-items';

/** The manifest's keyboard commands. */
export async function handleCommand(command: string): Promise<void> {
  if (command === 'toggle-panel') await panelCollapsedItem.setValue(!(await panelCollapsedItem.getValue()));
}
