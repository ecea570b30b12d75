import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import {
  DEFAULT_REMINDER_SETTINGS,
  LAST_REMINDER_HOUR,
  MAX_REMINDER_MINUTES,
  MIN_REMINDER_MINUTES,
  readReminderSettings,
  type ReminderSettings,
} from '@/utils/core/reminders/reminder-plan';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { saveSetting } from './save-setting';
import { reminderSettingsItem } from '@/utils/shared/storage-items';
import { PageError } from '@/components/common/page-error';

interface Draft {
  beforeOn: boolean;
  minutes: string;
  dailyOn: boolean;
  hour: string;
}

const toDraft = (settings: ReminderSettings): Draft => ({
  beforeOn: settings.beforeSessionMinutes !== null,
  minutes: String(settings.beforeSessionMinutes ?? DEFAULT_REMINDER_SETTINGS.beforeSessionMinutes),
  dailyOn: settings.dailyReportsHour !== null,
  hour: String(settings.dailyReportsHour ?? DEFAULT_REMINDER_SETTINGS.dailyReportsHour),
});

const wholeIn = (text: string, min: number, max: number) => {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
};

/** When Cadence reminds the mentor: before each session, and of reports not written yet. */
export function ReminderSettingsForm() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => {
    void reminderSettingsItem.getValue().then((stored) => setDraft(toDraft(readReminderSettings(stored))));
  }, []);
  if (!draft) return null;
  const minutes = wholeIn(draft.minutes, MIN_REMINDER_MINUTES, MAX_REMINDER_MINUTES);
  const hour = wholeIn(draft.hour, 0, LAST_REMINDER_HOUR);
  const minutesError = draft.beforeOn && minutes === null;
  const hourError = draft.dailyOn && hour === null;
  // From the newest draft: two changes before a render must not undo each other.
  const edit = (change: Partial<Draft>) => {
    setDraft((current) => current && { ...current, ...change });
    setSaved(false);
  };
  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('remindersHeading')}</h2>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (minutesError) return document.getElementById('reminders-minutes')?.focus();
          if (hourError) return document.getElementById('reminders-hour')?.focus();
          const failure = await saveSetting(reminderSettingsItem, {
            beforeSessionMinutes: draft.beforeOn ? minutes : null,
            dailyReportsHour: draft.dailyOn ? hour : null,
          } satisfies ReminderSettings);
          setError(failure);
          setSaved(!failure);
        }}
      >
        <div class="choice">
          <input
            type="checkbox"
            id="reminders-before"
            checked={draft.beforeOn}
            onChange={(e) => edit({ beforeOn: e.currentTarget.checked })}
          />
          <label for="reminders-before">{t('remindersBefore')}</label>
        </div>
        <div class="field">
          <label for="reminders-minutes">{t('remindersMinutes')}</label>
          <input
            id="reminders-minutes"
            type="number"
            inputMode="numeric"
            min={MIN_REMINDER_MINUTES}
            value={draft.minutes}
            disabled={!draft.beforeOn}
            aria-invalid={minutesError}
            aria-describedby={minutesError ? 'reminders-minutes-error' : undefined}
            onInput={(e) => edit({ minutes: e.currentTarget.value })}
          />
          {minutesError && (
            <p id="reminders-minutes-error" class="field-error">
              {t('remindersMinutesInvalid', MIN_REMINDER_MINUTES, MAX_REMINDER_MINUTES)}
            </p>
          )}
        </div>
        <div class="choice">
          <input
            type="checkbox"
            id="reminders-daily"
            checked={draft.dailyOn}
            onChange={(e) => edit({ dailyOn: e.currentTarget.checked })}
          />
          <label for="reminders-daily">{t('remindersDaily')}</label>
        </div>
        <div class="field">
          <label for="reminders-hour">{t('remindersHour', LAST_REMINDER_HOUR)}</label>
          <input
            id="reminders-hour"
            type="number"
            inputMode="numeric"
            min={0}
            max={LAST_REMINDER_HOUR}
            value={draft.hour}
            disabled={!draft.dailyOn}
            aria-invalid={hourError}
            aria-describedby={hourError ? 'reminders-hour-error' : undefined}
            onInput={(e) => edit({ hour: e.currentTarget.value })}
          />
          {hourError && (
            <p id="reminders-hour-error" class="field-error">
              {t('remindersHourInvalid', LAST_REMINDER_HOUR)}
            </p>
          )}
        </div>
        <div class="actions">
          <button type="submit">{t('remindersSave')}</button>
        </div>
        {saved && <p role="status">{t('remindersSaved')}</p>}
        <PageError code={error} />
      </form>
    </section>
  );
}
