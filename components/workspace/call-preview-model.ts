import { batch, signal } from '@preact/signals';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import type { CallPreview } from '@/utils/protocol/reply-views';

export interface CallPreviewDeps {
  meetingCode: string;
  send: typeof sendToBackground;
  language: string;
  timezone: string;
}

export type CallPreviewModel = ReturnType<typeof createCallPreviewModel>;

/** The lobby's preview of a call: read once from the background, nothing to change or save. */
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

  return { preview, error, load, language: deps.language, timezone: deps.timezone };
}
