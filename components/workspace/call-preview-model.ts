import { batch, signal } from '@preact/signals';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import type { CallPreview } from '@/utils/protocol/reply-views';
import type { SessionKind } from '@/utils/core/agenda/session-kinds';

export interface CallPreviewDeps {
  meetingCode: string;
  send: typeof sendToBackground;
  language: string;
  timezone: string;
}

export type CallPreviewModel = ReturnType<typeof createCallPreviewModel>;

/** The lobby's preview of a call: read from the background; the kind of session is the one thing to change. */
export function createCallPreviewModel(deps: CallPreviewDeps) {
  const preview = signal<CallPreview | null>(null);
  const error = signal<ErrorCode | null>(null);

  async function load() {
    const reply = await deps.send({ type: 'workspace/preview', meetingCode: deps.meetingCode });
    batch(() => {
      if (reply.ok) preview.value = reply.value;
      error.value = reply.ok ? null : reply.error.code;
    });
  }

  /** The kind of session the call will be; the one Cadence proposes is stored as "as proposed", so it follows what Cadence learns. */
  async function setKind(kind: SessionKind) {
    const current = preview.peek();
    if (!current?.session || !current.kind) return;
    const chosen = kind === current.kind.proposed ? null : kind;
    const reply = await deps.send({
      type: 'workspace/set-kind',
      meetingCode: deps.meetingCode,
      sessionId: current.session.id,
      kind: chosen,
    });
    batch(() => {
      if (reply.ok) preview.value = reply.value;
      error.value = reply.ok ? null : reply.error.code;
    });
  }

  return { preview, error, load, setKind, language: deps.language, timezone: deps.timezone };
}
