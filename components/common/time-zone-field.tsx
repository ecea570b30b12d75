import { useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import { searchTimeZones } from '@/utils/core/scheduling/time-zone-search';

interface Props {
  id: string;
  label: string;
  /** The zone as typed or picked. */
  value: string;
  onValue: (value: string) => void;
  /** Every zone the field offers. */
  zones: readonly string[];
  error: string | null;
}

/**
 * A time zone, found by typing part of it ("Par" → Europe/Paris) rather than
 * scrolled for among 400: a combobox whose list follows what is typed. The
 * arrow keys walk the list, Enter picks, Escape closes it; a click picks too.
 */
export function TimeZoneField({ id, label, value, onValue, zones, error }: Props) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => (open ? searchTimeZones(zones, value) : []), [open, value, zones]);
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const shown = open && matches.length > 0 && !(matches.length === 1 && matches[0] === value);
  const pick = (zone: string) => {
    onValue(zone);
    setOpen(false);
  };
  const describedBy = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field time-zone-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        // A zone's name is an identifier (Europe/Paris), written left to right whatever the page.
        dir="ltr"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown ? optionId(active) : undefined}
        aria-invalid={!!error}
        aria-describedby={describedBy}
        value={value}
        onInput={(event) => {
          onValue(event.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (!shown) return setOpen(true);
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((active + step + matches.length) % matches.length);
          } else if (event.key === 'Enter' && shown) {
            event.preventDefault();
            pick(matches[active]!);
          } else if (event.key === 'Escape' && shown) {
            event.preventDefault();
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={label} class="time-zone-options" hidden={!shown}>
        {shown &&
          matches.map((zone, index) => (
            <li
              key={zone}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Before the field's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(zone);
              }}
            >
              {zone}
            </li>
          ))}
      </ul>
      <p id={`${id}-hint`} class="hint">
        {t('timeZoneHint')}
      </p>
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
