import { useId } from 'preact/hooks';
import { SESSION_KIND_NAMES, SESSION_KINDS, type SessionKind } from '@/utils/core/agenda/session-kinds';
import { t } from '@/utils/shared/i18n';

interface Props {
  value: SessionKind;
  /** What the choice means beyond its words (Cadence's proposal, what a change does). */
  hint: string;
  disabled?: boolean;
  onChange: (kind: SessionKind) => void;
}

/** What kind of session this is: its agenda is that kind's. */
export function SessionKindChoice({ value, hint, disabled, onChange }: Props) {
  const id = useId();
  return (
    <div class="field kind-choice">
      <label for={id}>{t('kindLabel')}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.currentTarget.value as SessionKind)}
      >
        {SESSION_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(SESSION_KIND_NAMES[kind])}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
    </div>
  );
}
