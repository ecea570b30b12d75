import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { t } from '@/utils/shared/i18n';
import type { WorkspaceModel } from './model';
import { isLocalId } from '@/utils/core/platform/local-ids';
import { NOTE_MAX } from '@/utils/core/rules/limits';
import { TextField } from '@/components/common/text-field';

/** Work left undone again and again, and the way to warn the platform's staff about it. */
export function NotDoneNotice({ model }: { model: WorkspaceModel }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [asked, setAsked] = useState(false);
  const told = useRef<HTMLParagraphElement>(null);
  const view = model.view.value;
  const flaggedAt = view?.plan?.notDoneFlaggedAt ?? null;
  // The form the mentor used is gone once the platform is told: focus goes to the news that replaces it.
  useEffect(() => {
    if (asked && flaggedAt) told.current?.focus();
  }, [asked, flaggedAt]);
  if (!view?.student) return null;
  const { recurring, sessionsWithNotDone, sessionsLookedAt } = view.notDone;
  let platform;
  if (flaggedAt)
    platform = (
      <p ref={told} tabIndex={-1}>
        {t('reviewFlagged', formatDateTime(flaggedAt, 'date', model))}
      </p>
    );
  else if (!view.connected) platform = <p class="hint">{t('reviewFlagLocal')}</p>;
  else if (isLocalId(view.student.id)) platform = <p class="hint">{t('reviewFlagLocalStudent')}</p>;
  else
    platform = (
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setAsked(await model.flagNotDone(note.trim()));
        }}
      >
        <TextField
          multiline
          id={`${id}-note`}
          label={t('reviewFlagNote')}
          value={note}
          onValue={setNote}
          error={null}
          rows={2}
          maxLength={NOTE_MAX}
        />
        <button type="submit" disabled={model.busy.value === 'flag'}>
          {t('reviewFlag')}
        </button>
      </form>
    );

  // The status line is always there, so that it is heard when the pattern first shows.
  return (
    <div class={recurring ? 'notice notice-warning review-not-done' : 'review-not-done-quiet'}>
      <p role="status">{recurring ? t('reviewNotDoneRecurring', sessionsWithNotDone, sessionsLookedAt) : ''}</p>
      {recurring && platform}
    </div>
  );
}
