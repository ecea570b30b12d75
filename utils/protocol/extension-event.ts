/** The part of a browser event (`runtime.onConnect`, `tabs.onUpdated`…) Cadence's code needs: fakes in tests give just this. */
export interface ExtensionEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}
