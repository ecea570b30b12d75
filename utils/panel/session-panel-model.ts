import { batch, computed, effect, signal } from '@preact/signals';
import { type AgendaClock, computeAgendaClock } from '../agenda/agenda-clock';
import { type AgendaShape, agendaShape, sameShape } from '../agenda/agenda-shape';
import type { CallState } from '../meet/call-state';
import type { ErrorCode, Reply } from '../messaging/ui-to-background';
import type { sendToBackground } from '../messaging/send-to-background';
import type { LiveSession } from '../session/live-session';

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
}

/**
 * The panel's state and actions. The background holds the truth; the model
 * keeps the last session it answered with and recomputes the clock from its
 * timestamps every second, so it keeps running while the worker sleeps.
 */
export function createSessionPanelModel(deps: SessionPanelDeps) {
  const callState = signal<CallState>('unknown');
  const session = signal<LiveSession | null>(null);
  const loaded = signal(false);
  const error = signal<ErrorCode | null>(null);
  const now = signal(deps.now());
  /**
   * Set by the panel's host when the extension behind it is gone (reloaded or
   * updated): the panel stays, still, its clock at the last second it knew.
   */
  const frozen = signal(false);
  const clock = computed<AgendaClock | null>(() => (session.value ? computeAgendaClock(session.value, now.value) : null));
  // Keeps the same object while the shape holds, so only the clock texts follow the seconds.
  let lastShape: AgendaShape | null = null;
  const agenda = computed<AgendaShape | null>(() => {
    const next = clock.value && agendaShape(clock.value);
    if (!next || !lastShape || !sameShape(next, lastShape)) lastShape = next;
    return lastShape;
  });

  let tick: ReturnType<typeof setInterval> | undefined;
  const runClock = () => {
    clearInterval(tick);
    now.value = deps.now();
    tick = setInterval(() => (now.value = deps.now()), 1_000);
  };
  runClock();
  deps.signal.addEventListener('abort', () => clearInterval(tick), { once: true });

  async function request<T extends LiveSession | null>(reply: Reply<T> | Promise<Reply<T>>): Promise<void> {
    const result = await reply;
    if (deps.signal.aborted) return;
    batch(() => {
      now.value = deps.now();
      if (result.ok) {
        error.value = null;
        if (result.value) session.value = result.value;
      } else {
        error.value = result.error.code;
      }
    });
  }

  const withSession = (act: (id: string) => Promise<void>) => {
    const id = session.peek()?.id;
    return id ? act(id) : Promise.resolve();
  };

  // Nothing goes to a background the panel no longer follows (`request` drops the answer).
  const send: typeof deps.send = (message) =>
    deps.signal.aborted ? Promise.resolve({ ok: false, error: { code: 'disconnected' } }) : deps.send(message);

  const code = deps.meetingCode;
  const readCall = () =>
    code ? send({ type: 'live-session/for-call', meetingCode: code }).then(request) : Promise.resolve();
  const load = readCall();
  void load.finally(() => (loaded.value = true));
  deps.follow?.(() => void readCall(), deps.signal);

  // The call drives the session: joining starts or resumes it, the end screen ends it.
  const stopFollowingCall = effect(() => {
    const state = callState.value;
    if (!code) return;
    if (state === 'in-call') void load.then(() => request(send({ type: 'live-session/join-call', meetingCode: code })));
    if (state === 'ended') void load.then(() => request(send({ type: 'live-session/call-ended', meetingCode: code })));
  });
  deps.signal.addEventListener('abort', stopFollowingCall, { once: true });

  return {
    callState,
    session,
    frozen,
    loaded,
    error,
    clock,
    agenda,
    /**
     * Out of sight (the browser's side panel shows the call meanwhile), the clock rests: it is
     * computed from timestamps, so it comes back on the right second. Back in sight, the session
     * is read again: the mentor may have moved on in the side panel.
     */
    setInSight(inSight: boolean) {
      if (!inSight) return clearInterval(tick);
      // Frozen meanwhile (the extension updated), it shows the last second it knew: this one.
      if (deps.signal.aborted) return void (now.value = deps.now());
      runClock();
      void readCall();
    },
    start: () => request(send({ type: 'live-session/start', meetingCode: code })),
    goToPhase: (index: number) =>
      withSession((sessionId) => request(send({ type: 'live-session/go-to-phase', sessionId, index }))),
    setChecked: (itemId: string, checked: boolean) =>
      withSession((sessionId) => request(send({ type: 'live-session/set-checked', sessionId, itemId, checked }))),
    end: () => withSession((sessionId) => request(send({ type: 'live-session/end', sessionId }))),
  };
}

export type SessionPanelModel = ReturnType<typeof createSessionPanelModel>;
