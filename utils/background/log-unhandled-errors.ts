import { isStorageFull } from '@/utils/shared/storage-full';

/**
 * Chromium's refusal of an extension call made by a worker it is stopping
 * (extensions/browser/extension_function_dispatcher.cc): whatever the call was
 * for is done again when the worker next starts (reminders, the badge, alarms
 * and the outbox are all set up at every start).
 */
function isWorkerStopping(error: unknown): boolean {
  return error instanceof Error && error.message === 'No SW';
}

/**
 * Writes a failure no page could show to the worker's console. A full disk or
 * a worker being stopped is expected, not a fault: the request that met a full
 * disk told the mentor, and what could not be done is tried again later, so
 * each is only a warning.
 */
export function logFailure(what: string, error: unknown): void {
  if (isStorageFull(error)) console.warn(`Cadence: ${what} (storage full)`, error);
  else if (isWorkerStopping(error)) console.warn(`Cadence: ${what} (the worker was stopping)`, error);
  else console.error(`Cadence: ${what}`, error);
}

/**
 * A worker has no page to show an error on: anything left unhandled is written
 * to its console (chrome://extensions shows it as the extension's error), once,
 * with what it was.
 */
export function logUnhandledErrors(scope: Pick<typeof globalThis, 'addEventListener'>): void {
  // A request refused for lack of room aborts its transaction, whose `done` then rejects unawaited; a
  // stopping worker's calls are refused on their way out: no news for chrome://extensions either.
  const quietIfExpected = (event: Event, error: unknown) => (isStorageFull(error) || isWorkerStopping(error)) && event.preventDefault();
  scope.addEventListener('error', (event) => {
    const error = (event as ErrorEvent).error ?? (event as ErrorEvent).message;
    quietIfExpected(event, error);
    logFailure('unhandled error', error);
  });
  scope.addEventListener('unhandledrejection', (event) => {
    const { reason } = event as PromiseRejectionEvent;
    quietIfExpected(event, reason);
    logFailure('unhandled rejection', reason);
  });
}
