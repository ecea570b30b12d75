interface Props {
  /** The edit button's id: closing the form gives focus back to it. */
  editId: string;
  editLabel: string;
  deleteLabel: string;
  /** Whether the record's form, or its confirmation, is open. */
  editing: boolean;
  deleting: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

/** A record's two buttons in the options' lists: edit (opens or closes its form) and delete (asks first). */
export function RecordActions({ editId, editLabel, deleteLabel, editing, deleting, onEdit, onDelete }: Props) {
  return (
    <div class="actions">
      <button type="button" class="secondary" id={editId} aria-expanded={editing} onClick={onEdit} dir="auto">
        {editLabel}
      </button>
      <button type="button" class="secondary" aria-expanded={deleting} onClick={onDelete} dir="auto">
        {deleteLabel}
      </button>
    </div>
  );
}
