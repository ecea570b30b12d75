/**
 * Whether a write failed because the device has no room left: IndexedDB says
 * so with a `QuotaExceededError` (on the request, or on the transaction as it
 * commits), extension storage with an error naming its quota.
 */
export function isStorageFull(error: unknown): boolean {
  if (!(error instanceof Error || error instanceof DOMException)) return false;
  return error.name === 'QuotaExceededError' || /QUOTA_BYTES|quota exceeded/i.test(error.message);
}
