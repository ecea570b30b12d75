// Finding what a mentor sees in a form: a control by its label, a button by its text, the error beside a field.

export type FormControl = HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;

/** The control whose label reads exactly `label`, within `root`. */
export function fieldIn(root: ParentNode, label: string): FormControl {
  const labelled = [...root.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!labelled) throw new Error(`no field "${label}"`);
  return root.querySelector<FormControl>(`[id="${labelled.htmlFor}"]`)!;
}

/** The button whose text reads exactly `name`, within `root`, or null. */
export function buttonIn(root: ParentNode, name: string): HTMLButtonElement | null {
  return [...root.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;
}

/** The message shown beside a field marked invalid, tied to it by aria-describedby; null when it is valid. */
export function errorBesideIn(root: ParentNode, label: string): string | null {
  const input = fieldIn(root, label);
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => root.querySelector(`[id="${id}"].field-error`)?.textContent).find(Boolean) ?? null;
}
