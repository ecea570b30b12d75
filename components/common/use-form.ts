import { useEffect, useId, useState } from 'preact/hooks';
import type { ErrorCode, Reply } from '@/utils/protocol/ui-to-background';

/** A form's fields as typed: every value a string, until the form reads it. */
export type FormDraft<D> = { [K in keyof D]: string };

/**
 * The state every form of Cadence's pages keeps, and its submit: the draft as
 * typed, whether the mentor tried to submit (errors show only from then on),
 * whether a save is under way, and the error the background answered. On a
 * refusal the draft stays as typed, for another try.
 */
export function useForm<D extends FormDraft<D>>(initial: D | (() => D), options: { focus?: keyof D & string } = {}) {
  const id = useId();
  const [draft, setDraft] = useState<D>(initial);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const fieldId = (field: string) => `${id}-${field}`;
  // The form opens on its first field.
  useEffect(() => {
    if (options.focus) document.getElementById(fieldId(options.focus))?.focus();
  }, []);

  return {
    id,
    draft,
    setDraft,
    attempted,
    setAttempted,
    busy,
    error,
    /** The id of a field's control, for its label and for focus. */
    fieldId,
    /** A field's change, from the latest draft: autofill may change several fields before a render. */
    edit: (field: keyof D & string) => (value: string) => setDraft((current) => ({ ...current, [field]: value })),
    /** A field's error, shown once the mentor tried to submit. */
    shown: <F extends string>(errors: Partial<Record<F, string | null>>, field: F) => (attempted ? (errors[field] ?? null) : null),
    /**
     * Submits: with a field at fault, shows the errors and moves focus to the
     * first one (in `order`, the order of the form); otherwise saves, the
     * form busy meanwhile (see `settle` for a background's reply).
     */
    async submit<F extends string>(
      event: Event,
      check: { errors: Partial<Record<F, unknown>>; order: readonly F[]; save: () => Promise<unknown> },
    ): Promise<void> {
      event.preventDefault();
      setAttempted(true);
      setError(null);
      const first = check.order.find((field) => check.errors[field]);
      if (first) {
        document.getElementById(fieldId(first))?.focus();
        return;
      }
      setBusy(true);
      await check.save();
      setBusy(false);
    },
    /** A background's reply to a save: its value to `onSaved`, or its error shown. */
    settle<T>(reply: Reply<T>, onSaved: (value: T) => void): void {
      if (reply.ok) onSaved(reply.value);
      else setError(reply.error.code);
    },
  };
}
