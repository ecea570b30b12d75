import type { InputHTMLAttributes } from 'preact';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onInput' | 'label'> {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** Shown beside the field, and tied to it for screen readers. */
  error: string | null;
  hint?: string;
}

/** Inputs that hold numbers, dates or times, not words: the others follow the direction of what is typed. */
const NOT_WORDS = new Set(['number', 'date', 'time', 'datetime-local', 'month', 'week', 'range', 'color']);

/** One labelled input with its hint and its error beside it. */
export function TextField({ id, label, value, onValue, error, hint, ...input }: Props) {
  const dir = input.dir ?? (NOT_WORDS.has(String(input.type ?? 'text')) ? undefined : 'auto');
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        {...input}
        dir={dir}
        id={id}
        value={value}
        aria-invalid={!!error}
        aria-describedby={describedBy || undefined}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
