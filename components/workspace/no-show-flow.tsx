import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import type { Session } from '@/utils/core/platform/platform-schemas';
import type { AttendancePolicy } from '@/utils/core/policy/attendance-policy';
import { noShowVerdict } from '@/utils/core/policy/cancellation-policy';
import { PageError } from '@/components/common/page-error';
import { MESSAGE_MAX } from '@/utils/core/rules/limits';

interface Props {
  sessionId: string;
  policy: AttendancePolicy;
  /** The session as the background saved it, flagged; the flow then shows that it is done. */
  onDone: (session: Session) => void;
  /** The mentor stepped back: nothing was sent. */
  onCancel: () => void;
}

/** Flagging a no-show: what it means, a comment for the student, then the flag. */
export function NoShowFlow({ sessionId, policy, onDone, onCancel }: Props) {
  const id = useId();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [done]);

  const percent = new Intl.NumberFormat(mentorLanguage(), { style: 'percent', maximumFractionDigits: 1 });
  const commentId = `${id}-comment`;

  const flag = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const reply = await sendToBackground({ type: 'sessions/no-show', sessionId, comment: comment.trim() });
    setBusy(false);
    if (!reply.ok) return setError(reply.error.code);
    setDone(true);
    onDone(reply.value);
  };

  return (
    <section class="no-show-flow" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('lateFlagNoShow')}
      </h3>
      {!done && (
        <form noValidate onSubmit={flag}>
          <p>{t('lateNoShowMeaning', percent.format(noShowVerdict(policy).payRate))}</p>
          <div class="field">
            <label for={commentId}>{t('lateNoShowComment')}</label>
            <textarea
              id={commentId}
              rows={3}
              maxLength={MESSAGE_MAX}
              dir="auto"
              value={comment}
              aria-describedby={`${commentId}-hint`}
              onInput={(event) => setComment(event.currentTarget.value)}
            />
            <p id={`${commentId}-hint`} class="hint">
              {t('lateNoShowCommentHint')}
            </p>
          </div>
          <div class="actions">
            <button type="submit" class="danger" disabled={busy}>
              {t('lateNoShowConfirm')}
            </button>
            <button type="button" class="secondary" onClick={onCancel}>
              {t('lateNoShowBack')}
            </button>
          </div>
        </form>
      )}
      <p role="status">{done ? t('lateNoShowDone') : ''}</p>
      <PageError code={error} />
    </section>
  );
}
