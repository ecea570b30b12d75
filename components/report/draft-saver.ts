import type { ErrorCode } from '@/utils/protocol/ui-to-background';

/** How long after the last keystroke the draft goes out. */
export const SAVE_DELAY_MS = 500;
/** Typing without a pause never waits longer than this for a save (the issue allows 750 ms at most). */
export const SAVE_MAX_WAIT_MS = 750;

/** After a failed save, the next try goes by itself after these waits, the last one repeating. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

export type SaveState = 'saved' | 'saving' | 'error';

export interface SaveStatus {
  state: SaveState;
  /** Why the last save failed, while it stands. */
  error: ErrorCode | null;
}

/** The clock's timers, injected so tests can drive them. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DraftSaverDeps<T> {
  /** Resolves with null once the value is durable, else with why it is not. */
  save(value: T): Promise<ErrorCode | null>;
  timers: Timers;
  onStatus(status: SaveStatus): void;
  delayMs?: number;
  maxWaitMs?: number;
}

/**
 * Saves the newest value a moment after the last change, or at once when
 * asked (a blur, the page going away), never two saves at a time: a change
 * made while a save is out goes in the next one. "Saved" means the reply for
 * the newest value came back. A failure keeps the value and stands until a
 * save succeeds: it is tried again by itself after a growing wait, and after
 * each pause in the typing (not every 750 ms: a full disk is not hammered).
 */
export function createDraftSaver<T>({ save, timers, onStatus, delayMs = SAVE_DELAY_MS, maxWaitMs = SAVE_MAX_WAIT_MS }: DraftSaverDeps<T>) {
  let latest: T | undefined;
  let unsaved = false;
  let inFlight = false;
  /** A save was asked for while one was out: run it when that one returns. */
  let due = false;
  let timer: unknown = null;
  /** Runs out `maxWaitMs` after the first change not saved yet, however fast the typing. */
  let deadline: unknown = null;
  let error: ErrorCode | null = null;
  /** Failed saves in a row: how long the next try waits. */
  let failures = 0;
  let retry: unknown = null;
  /** The editor went away: its last save is out, and no more tries come after it. */
  let closed = false;
  let waiting: ((saved: boolean) => void)[] = [];

  const state = (): SaveState => (error ? 'error' : inFlight || unsaved ? 'saving' : 'saved');
  const settled = () => !inFlight && (error !== null || !unsaved);

  function report() {
    onStatus({ state: state(), error });
    if (!settled()) return;
    const resolve = waiting;
    waiting = [];
    for (const done of resolve) done(error === null);
  }

  function stopTimers() {
    for (const handle of [timer, deadline, retry]) if (handle !== null) timers.clearTimeout(handle);
    timer = null;
    deadline = null;
    retry = null;
  }

  async function run() {
    inFlight = true;
    unsaved = false;
    due = false;
    report();
    const failure = await save(latest as T);
    inFlight = false;
    if (failure) {
      error = failure;
      unsaved = true;
      // A worker that died mid-save, a full disk: the words stay here and go again by themselves.
      if (!closed && !due) retry = timers.setTimeout(flush, RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!);
      failures++;
    } else {
      error = null;
      failures = 0;
    }
    if (due) flush();
    else report();
  }

  /** Saves now whatever is not saved yet (or right after the save that is out). */
  function flush() {
    stopTimers();
    if (!unsaved) return;
    if (inFlight) due = true;
    else void run();
  }

  /** Saves now and resolves once nothing is out: true when the newest value is durable. */
  function settle(): Promise<boolean> {
    const done = new Promise<boolean>((resolve) => waiting.push(resolve));
    flush();
    report();
    return done;
  }

  return {
    change(value: T) {
      latest = value;
      unsaved = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(flush, delayMs);
      // While saves fail, a pause in the typing is the next try: not every 750 ms.
      if (error === null) deadline ??= timers.setTimeout(flush, maxWaitMs);
      report();
    },
    flush,
    settle,
    /** The editor is going: saves now, and tries no more once that save returns (a new editor reads from the disk). */
    close(): Promise<boolean> {
      closed = true;
      return settle();
    },
  };
}

export type DraftSaver<T> = ReturnType<typeof createDraftSaver<T>>;
