import { t } from '@/utils/shared/i18n';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { PageError } from './page-error';

/** A form's end: what the background refused, if it did, then the submit button and Cancel. */
export function FormActions({
  error,
  busy,
  submit,
  onCancel,
}: {
  error: ErrorCode | null;
  busy: boolean;
  submit: string;
  onCancel: () => void;
}) {
  return (
    <>
      <PageError code={error} />
      <div class="actions">
        <button type="submit" disabled={busy}>
          {submit}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </>
  );
}
