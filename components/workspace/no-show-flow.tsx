import { useEffect, useRef, useState } from 'preact/hooks';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import type { Session } from '@/utils/core/platform/platform-schemas';
import type { AttendancePolicy } from '@/utils/core/policy/attendance-policy';
import { noShowVerdict } from '@/utils/core/policy/cancellation-policy';
import { PageError } from '@/components/common/page-error';
import { useForm } from '@/components/common/use-form';
import type { WorkspaceModel } from './model';
import { MESSAGE_MAX } from '@/utils/core/rules/limits';
import { TextField } from '@/components/common/text-field';

interface Props {
  model: WorkspaceModel;
  sessionId: string;
  policy: AttendancePolicy;
  /** The session as the background saved it, flagged; the flow then shows that it is done. */
  onDone: (session: Session) => void;
  /** The mentor stepped back: nothing was sent. */
  onCancel: () => void;
}

/** Flagging a no-show: what it means, a comment for the student, then the flag. */
export function NoShowFlow({ model, sessionId, policy, onDone, onCancel }: Props) {
  const form = useForm({ comment: '' });
  const { id } = form;
  const { comment } = form.draft;
  const [done, setDone] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [done]);

  const percent = new Intl.NumberFormat(mentorLanguage(), { style: 'percent', maximumFractionDigits: 1 });
  const commentId = form.fieldId('comment');

  // Nothing to check: the comment may be empty.
  const flag = (event: Event) =>
    form.submit(event, {
      errors: {},
      order: [],
      save: async () =>
        form.settle(await model.flagNoShow({ sessionId, comment: comment.trim() }), (session) => {
          setDone(true);
          onDone(session);
        }),
    });

  return (
    <section class="no-show-flow" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('lateFlagNoShow')}
      </h3>
      {!done && (
        <form noValidate onSubmit={flag}>
          <p>{t('lateNoShowMeaning', percent.format(noShowVerdict(policy).payRate))}</p>
          <TextField
            multiline
            id={commentId}
            label={t('lateNoShowComment')}
            value={comment}
            onValue={form.edit('comment')}
            error={null}
            hint={t('lateNoShowCommentHint')}
            rows={3}
            maxLength={MESSAGE_MAX}
          />
          <div class="actions">
            <button type="submit" class="danger" disabled={form.busy}>
              {t('lateNoShowConfirm')}
            </button>
            <button type="button" class="secondary" onClick={onCancel}>
              {t('lateNoShowBack')}
            </button>
          </div>
        </form>
      )}
      <p role="status">{done ? t('lateNoShowDone') : ''}</p>
      <PageError code={form.error} />
    </section>
  );
}
