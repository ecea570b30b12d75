import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';

interface Props {
  children: ComponentChildren;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A second, explicit step before something that cannot be undone. Focus
 * lands on "Cancel", the safe choice, and goes back to the button that
 * opened the step when the mentor steps back.
 */
export function ConfirmStep({ children, confirmLabel, busy = false, onConfirm, onCancel }: Props) {
  const textId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="confirm" role="group" aria-labelledby={textId}>
      <div id={textId}>{children}</div>
      <div class="actions">
        <button type="button" class="danger" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button
          type="button"
          class="secondary"
          ref={cancel}
          onClick={() => {
            onCancel();
            opener.current?.focus();
          }}
        >
          {t('optionsCancel')}
        </button>
      </div>
    </div>
  );
}
