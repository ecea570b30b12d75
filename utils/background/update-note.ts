import type { StorageItem } from '@/utils/shared/storage-items';

/** What `runtime.onInstalled` says, as far as the note needs it. */
export interface InstalledDetails {
  reason: string;
  previousVersion?: string;
}

/**
 * After an update (not an install, nor a reload of the same version), keeps the new version for the
 * options page to say once what changed. Kept in storage: the worker may stop before a page opens.
 *
 * Chromium's `previousVersion` is not always the version updated from: when the previous version
 * applies a held-back update itself (`runtime.reload()`), it was the new version in 3 updates from
 * 0.1.0 of 8 measured (docs/testing.md, "An update from the previous release"). So the worker keeps
 * the version it noted last (`noted`), and an "update" to the version running counts when that
 * differs: none kept is a release before 0.2.0; the same is a reload of the same version.
 */
export async function noteUpdate(
  details: InstalledDetails,
  runningVersion: string,
  item: StorageItem<string | null>,
  noted: StorageItem<string | undefined>,
): Promise<void> {
  const last = await noted.getValue();
  const updated =
    details.reason === 'update' &&
    (details.previousVersion === runningVersion ? last !== runningVersion : Boolean(details.previousVersion));
  if (updated) await item.setValue(runningVersion);
  await noted.setValue(runningVersion);
}
