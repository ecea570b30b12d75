import { isStorageFull } from '@/utils/shared/storage-full';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import type { StorageItem } from '@/utils/shared/storage-items';

/** Stores a preference; resolves with why it could not be (a full disk, said as such), or null once stored. */
export async function saveSetting<T>(item: StorageItem<T>, value: T): Promise<ErrorCode | null> {
  try {
    await item.setValue(value);
    return null;
  } catch (error) {
    console.warn('Cadence: a setting was not saved', error);
    return isStorageFull(error) ? 'storage-full' : 'internal';
  }
}
