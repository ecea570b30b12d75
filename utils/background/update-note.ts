import type { StorageItem } from '@/utils/shared/storage-items';

/** What `runtime.onInstalled` says, as far as the note needs it. */
export interface InstalledDetails {
  reason: string;
  previousVersion?: string;
}

/**
 * After an update (not an install, nor a reload of the same version), keeps the new version for the
 * options page to say once what changed. Kept in storage: the worker may stop before a page opens.
 */
export async function noteUpdate(details: InstalledDetails, runningVersion: string, item: StorageItem<string | null>): Promise<void> {
  if (details.reason !== 'update' || !details.previousVersion || details.previousVersion === runningVersion) return;
  await item.setValue(runningVersion);
}
