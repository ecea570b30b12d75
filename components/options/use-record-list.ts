import { useRef, useState } from 'preact/hooks';
import type { ErrorCode, Reply } from '@/utils/protocol/ui-to-background';

/**
 * A list of records the mentor adds, edits and deletes in the options (their
 * students, their exercises): one form (a record's, or 'new' for the add form)
 * or one confirmation open at a time, a notice of what was done, and focus
 * given back to the button that opened the form.
 */
export function useRecordList(editButtonId: (recordId: string) => string) {
  /** A record's id, 'new' for the add form, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  /** Closes the form, giving focus back to the button that opened it. */
  const closeForm = () => {
    const opener = editing === 'new' ? addButton.current : editing === null ? null : document.getElementById(editButtonId(editing));
    setEditing(null);
    opener?.focus();
  };

  return {
    editing,
    deleting,
    busy,
    notice,
    error,
    setError,
    addButton,
    closeForm,
    /** Opens a record's form ('new': the add form), or closes it when it is open. */
    toggleForm: (recordId: string) => {
      setNotice(null);
      setEditing(editing === recordId ? null : recordId);
    },
    askToDelete: (recordId: string) => {
      setNotice(null);
      setDeleting(recordId);
    },
    keep: () => setDeleting(null),
    /** The form saved: says so (added or saved, as the form was), and closes it. */
    saved: (added: string, edited: string) => {
      setNotice(editing === 'new' ? added : edited);
      closeForm();
    },
    /** Deletes once confirmed: says so and gives focus to the add button, or shows the refusal. */
    remove: async (deleteRecord: () => Promise<Reply<unknown>>, deleted: string) => {
      setBusy(true);
      setError(null);
      const reply = await deleteRecord();
      setBusy(false);
      setDeleting(null);
      if (!reply.ok) setError(reply.error.code);
      else {
        setNotice(deleted);
        addButton.current?.focus();
      }
    },
  };
}
