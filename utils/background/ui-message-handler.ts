import type { Runtime } from 'webextension-polyfill';
import { planAgenda } from '../agenda/plan-agenda';
import { goToPhase, setChecked } from '../session/live-session';
import type { AgendaPlan, SessionStore } from '../session/session-store';
import type { AgendaSettings } from '../settings/agenda-settings';
import { isTrustedSender } from '../messaging/trusted-sender';
import {
  type ErrorCode,
  type Reply,
  type ReplyTo,
  type UiToBackground,
  uiToBackgroundSchema,
} from '../messaging/ui-to-background';

export interface UiMessageDeps {
  store: () => Promise<SessionStore>;
  agendaSettings: () => Promise<AgendaSettings>;
  now: () => number;
  extensionId: string;
  extensionOrigin: string;
}

class NotFound extends Error {}

type Handlers = {
  [K in UiToBackground['type']]: (message: Extract<UiToBackground, { type: K }>) => Promise<ReplyTo<K>>;
};

/** Builds the one entry point for every request a view sends the background. */
export function createUiMessageHandler(deps: UiMessageDeps) {
  const plan = async (): Promise<AgendaPlan> => {
    const { plannedMinutes, weights } = await deps.agendaSettings();
    return { plannedMinutes, phases: planAgenda(plannedMinutes, weights) };
  };
  const found = <T>(value: T | null): T => {
    if (value === null) throw new NotFound();
    return value;
  };

  const handlers: Handlers = {
    'live-session/for-call': async (m) => (await deps.store()).forCall(m.meetingCode, deps.now()),
    'live-session/join-call': async (m) => {
      const agenda = await plan();
      return (await deps.store()).joinCall(m.meetingCode, deps.now(), agenda);
    },
    'live-session/call-ended': async (m) => (await deps.store()).callEnded(m.meetingCode, deps.now()),
    'live-session/start': async (m) => {
      const agenda = await plan();
      return (await deps.store()).start(m.meetingCode, deps.now(), agenda);
    },
    'live-session/go-to-phase': async (m) =>
      found(await (await deps.store()).update(m.sessionId, (s) => goToPhase(s, m.index, deps.now()))),
    'live-session/set-checked': async (m) =>
      found(await (await deps.store()).update(m.sessionId, (s) => setChecked(s, m.itemId, m.checked, deps.now()))),
    'live-session/end': async (m) => found(await (await deps.store()).end(m.sessionId, 'mentor', deps.now())),
  };

  return async function handleUiMessage(raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
    if (!isTrustedSender(sender, deps.extensionId, deps.extensionOrigin)) return failure('forbidden');
    const parsed = uiToBackgroundSchema.safeParse(raw);
    if (!parsed.success) return failure('invalid-message');
    const message = parsed.data;
    try {
      const handler = handlers[message.type] as (m: UiToBackground) => Promise<unknown>;
      return { ok: true, value: await handler(message) };
    } catch (error) {
      if (error instanceof NotFound) return failure('not-found');
      if (isQuotaError(error)) return failure('storage-full');
      console.error('Cadence: request failed', message.type, error);
      return failure('internal');
    }
  };
}

function failure(code: ErrorCode): Reply<never> {
  return { ok: false, error: { code } };
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}
