/**
 * A worker has no page to show an error on: anything left unhandled is written
 * to its console (chrome://extensions shows it as the extension's error), once,
 * with what it was.
 */
export function logUnhandledErrors(scope: Pick<typeof globalThis, 'addEventListener'>): void {
  scope.addEventListener('error', (event) => console.error('Cadence: unhandled error', (event as ErrorEvent).error ?? (event as ErrorEvent).message));
  scope.addEventListener('unhandledrejection', (event) =>
    console.error('Cadence: unhandled rejection', (event as PromiseRejectionEvent).reason),
  );
}
