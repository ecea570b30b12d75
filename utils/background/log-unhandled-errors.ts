import { isStorageFull } from '../db/storage-full';

/**
 * Writes a failure no page could show to the worker's console. A full disk is
 * expected, not a fault: the request that met it told the mentor, and what
 * could not be written is tried again later, so it is only a warning.
 */
export function logFailure(what: string, error: unknown): void {
  if (isStorageFull(error)) console.warn(`Cadence: ${what} (storage full)`, error);
  else console.error(`Cadence: ${what}`, error);
}

/**
 * A worker has no page to show an error on: anything left unhandled is written
 * to its console (chrome://extensions shows it as the extension's error), once,
 * with what it was.
 */
export function logUnhandledErrors(scope: Pick<typeof globalThis, 'addEventListener'>): void {
  // A request refused for lack of room aborts its transaction, whose `done` then rejects unawaited: no news.
  const quietIfFull = (event: Event, error: unknown) => isStorageFull(error) && event.preventDefault();
  scope.addEventListener('error', (event) => {
    const error = (event as ErrorEvent).error ?? (event as ErrorEvent).message;
    quietIfFull(event, error);
    logFailure('unhandled error', error);
  });
  scope.addEventListener('unhandledrejection', (event) => {
    const { reason } = event as PromiseRejectionEvent;
    quietIfFull(event, reason);
    logFailure('unhandled rejection', reason);
  });
}
