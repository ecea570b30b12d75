import { batch, computed, effect, signal } from '@preact/signals';
import { computeAgendaClock } from '@/utils/core/agenda/agenda-clock';
import { type AgendaShape, agendaShape, sameShape, shapeHoldsFor } from '@/utils/core/agenda/agenda-shape';
import type { CallState } from '@/utils/meet/call-state';
import type { CallGlance, ErrorCode, Reply } from '@/utils/protocol/ui-to-background';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { END_UNDO_MS, type LiveSession } from '@/utils/core/session/live-session';
import { requestFlush, WORK_CHANGED } from '@/components/common/flush-work';
import type { PresenceSnapshot } from '@/utils/core/session/call-presence';
import { isShaded, NO_SHADE, type ShadeState } from '@/utils/core/session/screen-shade';
import { createWakeTimer, type Timers } from './wake-timer';

/** How long the work's page may take to say it saved before its frame goes anyway. */
const FLUSH_TIMEOUT_MS = 3_000;

/** What the strip shows of the time, at one moment. */
export interface GlanceTimes {
  phaseRemainingMs: number;
  elapsedMs: number;
  plannedMs: number;
}

/** The panel's clock, for the texts that change with the time (see `LiveText`). */
export interface PanelClock {
  /** The panel's last moment. */
  now(): number;
  /**
   * Follows a text that changes with the time until the returned function is called: `write` writes
   * it and answers when it may next change. It is written at once, again then, and whenever the
   * signals it reads change (the agenda's shape).
   */
  follow(write: () => number): () => void;
}

export interface SessionPanelDeps {
  meetingCode: string | null;
  send: typeof sendToBackground;
  now: () => number;
  signal: AbortSignal;
  /**
   * Where another view tells of changes to the call's session (the side
   * panel beside Meet's own panel): `reread` reads it again, until `signal` aborts.
   */
  follow?: (reread: () => void, signal: AbortSignal) => void;
  /**
   * What the host does on the clock's wakes (on Meet's page: its reading of the page, its check on
   * the extension): one timer, one callback for all. Answers when it next wants a wake.
   */
  alongside?: (at: number) => number;
  /** The timer under the clock; the browser's unless a test's. */
  timers?: Timers;
  /** Where the view does not read Meet's page (the side panel), the call's state is never known. */
  reads?: 'meet-page' | 'nothing';
  /** The view's window, where no tab tells the background (the side panel); absent on Meet's page. */
  windowId?: () => number | null;
}

/**
 * The panel's state and actions. The background holds the truth; the model
 * keeps the last session it answered with and recomputes the clock from its
 * timestamps whenever what it shows may change, so it keeps running while the
 * worker sleeps.
 */
export function createSessionPanelModel(deps: SessionPanelDeps) {
  const callState = signal<CallState>(deps.reads === 'nothing' ? 'unknown' : 'looking');
  const session = signal<LiveSession | null>(null);
  /** Who the call is with and what it plans, before and during the call. */
  const glance = signal<CallGlance | null>(null);
  const loaded = signal(false);
  const error = signal<ErrorCode | null>(null);
  /** The session's work (its frame) is open: mounted only then. */
  const workOpen = signal(false);
  /** The work's page could not save what it holds: its frame stays open, and the panel says why. */
  const workUnsaved = signal(false);
  /** One of Meet's own right-hand panels (chat, people…) is open: the panel folds to its strip beside it. */
  const meetPanelOpen = signal(false);
  /** The screen shade as the background keeps it (see `ShadeState`): the host follows it (storage tells of each change). */
  const shade = signal<ShadeState>(NO_SHADE);
  /** This view's call is on show: read from Meet's page there, from the shade and its window in the side panel. */
  const presenting = signal(false);
  /** What is private is hidden here: the strip's button says so (the work's page draws the shade itself). */
  const shaded = computed(() => isShaded(shade.value, presenting.value));
  /**
   * Set by the panel's host when the extension behind it is gone (reloaded or
   * updated): the panel stays, still, its clock at the last second it knew.
   */
  const frozen = signal(false);
  /**
   * The agenda's structure is read at `shapeNow`, which moves only when the shape may change (a
   * phase nears its end, runs over) or the session does: the seconds reach the clock texts alone,
   * and nothing else of the panel is asked to redraw each second.
   */
  const shapeNow = signal(deps.now());
  const shapeClock = computed(() => (session.value ? computeAgendaClock(session.value, shapeNow.value) : null));
  /** When the undo of an end the mentor pressed runs out; 0: there is nothing to undo. */
  const undoEndsAt = computed(() => {
    const value = session.value;
    return value?.endedAt && value.endReason === 'mentor' ? value.endedAt + END_UNDO_MS : 0;
  });
  /** An end can still be taken back: until the moment its undo runs out. */
  const undoOpen = computed(() => undoEndsAt.value > shapeNow.value);
  /** The next moment the panel's shape may change: the agenda's, or the end of an undo. */
  const shapeChangesAt = computed(() =>
    Math.min(shapeClock.value ? shapeNow.value + shapeHoldsFor(shapeClock.value) : Infinity, undoOpen.value ? undoEndsAt.value : Infinity),
  );
  // Keeps the same object while the shape holds.
  let lastShape: AgendaShape | null = null;
  const agenda = computed<AgendaShape | null>(() => {
    const next = shapeClock.value && agendaShape(shapeClock.value);
    if (!next || !lastShape || !sameShape(next, lastShape)) lastShape = next;
    return lastShape;
  });
  /**
   * The panel's time, for its clock texts. Each is written when its text may change (a second, a
   * minute), straight into its node, outside the signal graph: on Meet's page a change then costs a
   * subtraction and a text node's data, not a walk of signals, computed values and effects (most of
   * a tick's time, profiled).
   */
  let latest = shapeNow.peek();
  /** The texts followed, each with when it may next change. */
  const followed = new Map<() => number, number>();
  const clock: PanelClock = {
    now: () => latest,
    follow(write) {
      const stopFollowingShape = effect(() => {
        const due = write();
        followed.set(write, due);
        wakes.wakeBy(due);
      });
      return () => {
        stopFollowingShape();
        followed.delete(write);
      };
    },
  };
  /**
   * What the strip shows at `at`, from the shape's clock and the seconds since: the time left in the
   * phase at hand and the session's time, run on at one second a second until the shape changes.
   * Read in an effect, it follows the shape; each second's reading is the clock's.
   */
  const timesAt = (at: number): GlanceTimes | null => {
    const read = shapeClock.value;
    if (!read) return null;
    const since = read.ended ? 0 : at - shapeNow.value;
    return { phaseRemainingMs: read.current.remainingMs - since, elapsedMs: read.elapsedMs + since, plannedMs: read.plannedMs };
  };
  /** The panel's clock at `at`: the texts, and the shape when its moment has come. */
  const setNow = (at: number, shape: boolean) => {
    latest = at;
    if (shape || at >= shapeChangesAt.peek()) shapeNow.value = at;
  };

  // Out of sight (the browser's side panel shows the call meanwhile), the clock rests: it is
  // computed from timestamps, so it comes back on the right second.
  let inSight = true;
  /** Moves the panel's time to `at`: the shape when its moment has come, the texts whose time has come. */
  const tick = (at: number) => {
    if (!inSight) return;
    setNow(at, false);
    for (const [write, due] of followed) if (at >= due) followed.set(write, write());
  };
  /** When the panel's time next needs moving: the shape's next moment, or a text's next change. */
  const nextTickAt = () => (inSight ? Math.min(shapeChangesAt.peek(), ...followed.values()) : Infinity);
  // One timer for the clock and what the host does alongside it.
  const wakes = createWakeTimer(
    (at) => {
      const host = deps.alongside?.(at) ?? Infinity;
      tick(at);
      return Math.min(host, nextTickAt());
    },
    deps.now,
    deps.signal,
    deps.timers,
  );

  async function request<T extends LiveSession | null>(reply: Reply<T> | Promise<Reply<T>>): Promise<void> {
    const result = await reply;
    if (deps.signal.aborted) return;
    batch(() => {
      setNow(deps.now(), true);
      if (result.ok) {
        error.value = null;
        if (result.value) session.value = result.value;
      } else {
        error.value = result.error.code;
      }
    });
    // A new shape, an end to undo: the clock's next moment may be sooner than its timer.
    wakes.wakeBy(nextTickAt());
  }

  const withSession = (act: (id: string) => Promise<void>) => {
    const id = session.peek()?.id;
    return id ? act(id) : Promise.resolve();
  };

  // Nothing goes to a background the panel no longer follows (`request` drops the answer).
  const send: typeof deps.send = (message) =>
    deps.signal.aborted ? Promise.resolve({ ok: false, error: { code: 'disconnected' } }) : deps.send(message);

  const code = deps.meetingCode;
  const readCall = () => (code ? send({ type: 'live-session/for-call', meetingCode: code }).then(request) : Promise.resolve());
  const load = readCall();
  void load.finally(() => (loaded.value = true));
  deps.follow?.(() => void readCall(), deps.signal);

  /**
   * Whose session this is: asked once the call's session is read, then again only when the session
   * changes or is linked to a scheduled one (the student picked in its work).
   */
  const glanceKey = computed(() => {
    const value = session.value;
    // Who came is part of the glance: a move Meet's page showed (known, arrived, left) asks for it again,
    // and so does the page ceasing or resuming to tell (before anyone came, the wait is then not said).
    const presence = value?.presence;
    return `${value?.id}/${value?.sessionId}/${presence?.known}/${presence?.moves.length}/${presence?.reading}`;
  });
  let glanceAsked: string | null = null;
  const readGlance = async () => {
    const liveSessionId = session.peek()?.id ?? null;
    if ((!code && !liveSessionId) || glanceAsked === glanceKey.peek()) return;
    glanceAsked = glanceKey.peek();
    const reply = await send({ type: 'live-session/glance', meetingCode: code, liveSessionId });
    // An unanswered glance leaves the strip as it was: the clock matters more than the name.
    if (!deps.signal.aborted && reply.ok) glance.value = reply.value;
  };
  const stopReadingGlance = effect(() => {
    glanceKey.value;
    void load.then(readGlance);
  });
  deps.signal.addEventListener('abort', stopReadingGlance, { once: true });

  let workFrame: HTMLIFrameElement | null = null;
  /**
   * Heard only while the work's frame is there (see `setWorkFrame`: Meet's own messages reach no
   * Cadence code otherwise). The work's page recorded a no-show or a cancellation: the session's
   * status first, so the end it made never shows asking for a report, then the session.
   */
  const hearWork = (event: MessageEvent) => {
    if (event.data === WORK_CHANGED && event.source === workFrame?.contentWindow) {
      glanceAsked = null;
      void readGlance().then(readCall);
    }
  };

  // The lobby, the one quiet minute before the call, opens on what prepares it; once the session
  // starts, that preview gives way: the call's own work opens when the mentor asks for it.
  let previewOpened = false;
  let hadSession = false;
  const stopPreviewing = effect(() => {
    const live = !!session.value;
    if (!loaded.value) return;
    if (!live && callState.value === 'lobby' && !previewOpened) {
      previewOpened = true;
      workOpen.value = true;
    }
    // Open with no session, the work area showed the preview: it has nothing of the mentor's.
    if (live && !hadSession && workOpen.peek()) workOpen.value = false;
    hadSession = live;
  });
  deps.signal.addEventListener('abort', stopPreviewing, { once: true });

  // Meet's end screen: the report is next, and the call no longer needs the screen.
  let reportOpenedFor: string | null = null;
  const stopOpeningReport = effect(() => {
    const live = session.value;
    if (callState.value !== 'ended' || !live?.endedAt || reportOpenedFor === live.id) return;
    reportOpenedFor = live.id;
    workOpen.value = true;
  });
  deps.signal.addEventListener('abort', stopOpeningReport, { once: true });

  // The call drives the session: joining starts or resumes it, the end screen ends it.
  /** The call's session as joining made it: what is seen of the call is told to it after. */
  let joined: Promise<void> = load;
  const stopFollowingCall = effect(() => {
    const state = callState.value;
    if (!code) return;
    if (state === 'in-call') joined = load.then(() => request(send({ type: 'live-session/join-call', meetingCode: code })));
    if (state === 'ended') void load.then(() => request(send({ type: 'live-session/call-ended', meetingCode: code })));
  });
  deps.signal.addEventListener('abort', stopFollowingCall, { once: true });

  // Who else Meet's page shows goes to the background when it changes, once the call's session is
  // there, and again when the background says a move settles (a tile that stayed, or stayed gone).
  let seen: PresenceSnapshot | null = null;
  let settling: ReturnType<typeof setTimeout> | undefined;
  const tellPresence = async () => {
    clearTimeout(settling);
    await joined;
    if (!code || !seen) return;
    await request(send({ type: 'live-session/presence', meetingCode: code, ...seen }));
    const at = session.peek()?.presence?.settlesAt;
    if (at && !deps.signal.aborted) settling = setTimeout(tellPresence, at - deps.now());
  };

  return {
    callState,
    session,
    glance,
    frozen,
    loaded,
    error,
    clock,
    timesAt,
    agenda,
    workOpen,
    workUnsaved,
    meetPanelOpen,
    shade,
    presenting,
    shaded,
    undoEndsAt,
    undoOpen,
    /** The host has more to do sooner (the mentor acted on Meet's page): the timer wakes by `at`. */
    wakeBy: (at: number) => wakes.wakeBy(at),
    /** Meet's page says whether the mentor presents: the background keeps this tab's window on show, or no longer. */
    setPresenting(value: boolean) {
      presenting.value = value;
      void send({ type: 'screen/presenting', presenting: value });
    },
    /** The strip's button: shades what is private where the mentor is, or shows it again. */
    toggleShade: () => void send({ type: 'screen/shade', shaded: !shaded.peek(), windowId: deps.windowId?.() ?? null }),
    /** Back in sight, the session is read again: the mentor may have moved on in the side panel. */
    setInSight(value: boolean) {
      inSight = value;
      if (!value) return;
      // Frozen meanwhile (the extension updated), it shows the last second it knew: this one.
      setNow(deps.now(), true);
      wakes.wakeBy(deps.now());
      if (!deps.signal.aborted) void readCall();
    },
    /** A new reading of who else is in the call (the page's watcher reads it in the call only). */
    presence(snapshot: PresenceSnapshot) {
      seen = snapshot;
      void tellPresence();
    },
    // A session started or taken back in the call hears at once who is in it.
    start: () => request(send({ type: 'live-session/start', meetingCode: code })).then(tellPresence),
    goToPhase: (index: number) => withSession((sessionId) => request(send({ type: 'live-session/go-to-phase', sessionId, index }))),
    setChecked: (itemId: string, checked: boolean) =>
      withSession((sessionId) => request(send({ type: 'live-session/set-checked', sessionId, itemId, checked }))),
    end: () => withSession((sessionId) => request(send({ type: 'live-session/end', sessionId }))),
    meetingCode: code,
    /** The work's frame while it is open (null once gone): `closeWork` asks it to save first, and it is heard meanwhile. */
    setWorkFrame(element: HTMLIFrameElement | null) {
      workFrame = element;
      (element ? addEventListener : removeEventListener)('message', hearWork);
    },
    /**
     * Closes the work area once its page has saved what it holds: false, and the work stays open,
     * when a save failed (the page says why). A page that does not answer (still loading, or gone
     * with the extension) holds nothing unsaved.
     */
    async closeWork(): Promise<boolean> {
      const frame = workFrame;
      if (frame && workOpen.peek() && (await requestFlush(frame, FLUSH_TIMEOUT_MS)) === 'failed') {
        workUnsaved.value = true;
        return false;
      }
      workUnsaved.value = false;
      workOpen.value = false;
      // The mentor may have picked the call's student in the work: the strip learns whose session it is.
      void readCall();
      return true;
    },
    /** Takes back the end just pressed: the same clock and phase go on. */
    resume: () => withSession((sessionId) => request(send({ type: 'live-session/resume', sessionId }))).then(tellPresence),
  };
}

export type SessionPanelModel = ReturnType<typeof createSessionPanelModel>;

/**
 * How the panel on Meet's page asks the background: after its first frame (its requests, and the
 * page's first reading, wait for it), and never from an extension that is gone, which never answers:
 * the panel freezes rather than show an error.
 */
export function sendFromMeetPage(
  firstFrame: Promise<void>,
  ctx: Pick<ContentScriptContext, 'isInvalid' | 'block'>,
): typeof sendToBackground {
  return async (message) => {
    await firstFrame;
    if (ctx.isInvalid) return ctx.block();
    const reply = await sendToBackground(message);
    return ctx.isInvalid ? ctx.block() : reply;
  };
}

/**
 * Chrome opens its side panel only in answer to the mentor's own click, and forgets the click at the
 * first pause: the request leaves in the click's own turn, nothing awaited before it. Firefox opens
 * its sidebar only from its own buttons: the strip says where they are instead.
 */
export function openBesideTheCall(): void {
  void sendToBackground({ type: 'side-panel/open' });
}
