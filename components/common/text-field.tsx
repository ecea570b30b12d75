import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'preact';

type Taken = 'id' | 'value' | 'onInput' | 'label';
type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, Taken>;
type TextAreaAttributes = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Taken>;

/** What the field itself takes; the rest goes to its input, or to its text area where it is `multiline`. */
type Props = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** Shown beside the field, and tied to it for screen readers. */
  error: string | null;
  hint?: string;
} & ((InputAttributes & { multiline?: false }) | (TextAreaAttributes & { multiline: true }));

/** Inputs that hold numbers, dates or times, not words: the others (and every text area) follow the direction of what is typed. */
const NOT_WORDS = new Set(['number', 'date', 'time', 'datetime-local', 'month', 'week', 'range', 'color']);

/** One labelled input, or text area, with its hint and its error beside it. */
export function TextField({ id, label, value, onValue, error, hint, multiline, ...control }: Props) {
  const type = 'type' in control ? control.type : undefined;
  const dir = control.dir ?? (NOT_WORDS.has(String(type ?? 'text')) ? undefined : 'auto');
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  const wiring = { id, value, 'aria-invalid': !!error, 'aria-describedby': describedBy || undefined };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea {...(control as TextAreaAttributes)} dir={dir} {...wiring} onInput={(event) => onValue(event.currentTarget.value)} />
      ) : (
        <input {...(control as InputAttributes)} dir={dir} {...wiring} onInput={(event) => onValue(event.currentTarget.value)} />
      )}
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
