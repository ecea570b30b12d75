// The panel asks the session's work, in its frame, to save everything before the frame is taken
// away; the page answers once it is on disk. And the page tells the panel when the call's session
// changed under it (a no-show, a cancellation), which the background tells no Meet page. Both ends
// live here, with nothing but the DOM: the content script (Meet's page loads it whole) imports the
// panel's end without zod, idb or dayjs.

/** The panel's request: save everything you hold, now. */
export const FLUSH_WORK = 'cadence/flush-work';
/** The page's answer: `ok` is false when a save failed (a full disk): the frame must stay. */
export const WORK_FLUSHED = 'cadence/work-flushed';

/**
 * The page's word, unasked: the call's scheduled session changed; read it again. A bare string: the
 * panel heeds it only from its own frame (Meet's scripts cannot post as the frame), and one forged
 * anyway would only have it read again what the background holds.
 */
export const WORK_CHANGED = 'cadence/work-changed';

export interface FlushWorkRequest {
  type: typeof FLUSH_WORK;
}

export interface WorkFlushed {
  type: typeof WORK_FLUSHED;
  ok: boolean;
}

const isRecord = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null;

/** A message is checked by its shape, by hand: two fields do not need zod in the content script. */
export const isFlushWorkRequest = (data: unknown): data is FlushWorkRequest => isRecord(data) && data.type === FLUSH_WORK;

export const isWorkFlushed = (data: unknown): data is WorkFlushed =>
  isRecord(data) && data.type === WORK_FLUSHED && typeof data.ok === 'boolean';

/** The page's end: tells the window framing it that the call's session changed (nothing else goes with it). */
export function tellWorkChanged(page: Window): void {
  if (page.parent !== page) page.parent.postMessage(WORK_CHANGED, '*');
}

/**
 * The page's end: answers each request of the window framing it (`page.parent`)
 * once `flush` has saved everything. Any other sender is ignored; a request
 * from the parent need not be trusted further, as it only saves. Returns the
 * removal of the listener.
 */
export function answerFlushRequests(page: Window, flush: () => Promise<boolean>): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.source !== page.parent || !isFlushWorkRequest(event.data)) return;
    const asker = event.source as Window;
    void flush()
      .catch(() => false)
      .then((ok) => {
        const answer: WorkFlushed = { type: WORK_FLUSHED, ok };
        // An opaque origin ("null") cannot be answered by name: nothing is sent then, and the panel's wait runs out.
        if (event.origin !== 'null') asker.postMessage(answer, event.origin);
      });
  };
  page.addEventListener('message', onMessage);
  return () => page.removeEventListener('message', onMessage);
}

/** scheme://host of an address; the URL parser gives "null" for chrome-extension: and moz-extension: ones. */
const originOf = (address: string) => /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(address)?.[0] ?? null;

/** What the page said: all on disk; a save failed; or nothing, in time. */
export type FlushResult = 'saved' | 'failed' | 'no-answer';

/**
 * The panel's end: asks the page in `frame` to save everything, and resolves
 * once it says all of it is on disk (`saved`) or that a save failed (`failed`:
 * the panel keeps the frame). `no-answer` when nothing came within `timeoutMs`:
 * a page that listens answers in milliseconds, so one that does not is still
 * loading (nothing typed in it yet) or gone with the extension (nothing left to
 * save). A frame whose page has not loaded yet holds nothing to save: `saved`
 * at once.
 */
export function requestFlush(frame: HTMLIFrameElement, timeoutMs: number): Promise<FlushResult> {
  const page = frame.contentWindow;
  const host = frame.ownerDocument.defaultView;
  // Still the empty document a frame starts with (readable, unlike Cadence's page): nothing typed in it yet.
  if (!page || !host || frame.contentDocument?.URL === 'about:blank') return Promise.resolve('saved');
  const origin = originOf(frame.src);
  return new Promise((resolve) => {
    const done = (result: FlushResult) => {
      host.clearTimeout(timer);
      host.removeEventListener('message', onAnswer);
      resolve(result);
    };
    const onAnswer = (event: MessageEvent) => {
      if (event.source !== page || (origin && event.origin !== origin) || !isWorkFlushed(event.data)) return;
      done(event.data.ok ? 'saved' : 'failed');
    };
    const timer = host.setTimeout(() => done('no-answer'), timeoutMs);
    host.addEventListener('message', onAnswer);
    const request: FlushWorkRequest = { type: FLUSH_WORK };
    page.postMessage(request, origin ?? '*');
  });
}
