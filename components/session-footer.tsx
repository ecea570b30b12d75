import { useState } from 'preact/hooks';
import { MAX_PLANNED_MINUTES, MIN_PLANNED_MINUTES } from '../utils/agenda/phases';
import { t } from '../utils/i18n';

interface Props {
  plannedMinutes: number;
  onPlannedMinutes: (minutes: number) => void;
  onEnd: () => void;
}

/** The session's planned length, which rescales the phases, and ending by hand. */
export function SessionFooter({ plannedMinutes, onPlannedMinutes, onEnd }: Props) {
  const [draft, setDraft] = useState(String(plannedMinutes));
  const minutes = Number(draft);
  const valid = Number.isInteger(minutes) && minutes >= MIN_PLANNED_MINUTES && minutes <= MAX_PLANNED_MINUTES;
  return (
    <footer class="session-footer">
      <form
        class="planned-length"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid && minutes !== plannedMinutes) onPlannedMinutes(minutes);
        }}
      >
        <label for="cadence-planned-length">{t('plannedLength')}</label>
        <input
          id="cadence-planned-length"
          type="number"
          inputMode="numeric"
          min={MIN_PLANNED_MINUTES}
          max={MAX_PLANNED_MINUTES}
          step={1}
          value={draft}
          aria-invalid={!valid}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" disabled={!valid || minutes === plannedMinutes}>
          {t('applyLength')}
        </button>
      </form>
      <button type="button" class="danger-button" onClick={onEnd}>
        {t('endSession')}
      </button>
    </footer>
  );
}
