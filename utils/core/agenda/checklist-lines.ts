import type { MessageKey } from '@/utils/core/languages';
import type { ChecklistItem, PhaseKey } from './phases';
import { DEFAULT_KIND_AGENDAS } from './session-kinds';

/** Cadence's own items by message, with the word their ids end in (the one the auto-ticks read). */
const OWN_ITEMS = new Map<MessageKey, string>(
  Object.values(DEFAULT_KIND_AGENDAS).flatMap((phases) =>
    phases.flatMap((phase) => phase.checklist.flatMap((item) => (item.label ? [[item.label, item.id.split('.')[1]!] as const] : []))),
  ),
);

/** A checklist as the options page edits it: one item a line, each in the mentor's language. */
export function checklistLines(items: readonly ChecklistItem[], text: (label: MessageKey) => string): string {
  return items.map((item) => (item.label ? text(item.label) : item.text)).join('\n');
}

/**
 * The checklist of a phase from the lines the mentor typed. A line that reads as one of Cadence's
 * items stays that item (in every language, and ticked by the work where it can be); any other is
 * the mentor's own. Empty lines and repeats go.
 */
export function checklistFromLines(phase: PhaseKey, lines: string, text: (label: MessageKey) => string): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const ids = new Set<string>();
  const seen = new Set<string>();
  let own = 0;
  for (const line of lines.split('\n').map((l) => l.trim())) {
    if (!line || seen.has(line)) continue;
    seen.add(line);
    const label = [...OWN_ITEMS.keys()].find((key) => text(key) === line);
    // The mentor's items are lettered (a, b…): an item id is words, no digits.
    const item: ChecklistItem = label
      ? { id: `${phase}.${OWN_ITEMS.get(label)}`, label }
      : { id: `${phase}.own-${String.fromCharCode(97 + own++)}`, text: line };
    if (ids.has(item.id)) continue;
    ids.add(item.id);
    items.push(item);
  }
  return items;
}
