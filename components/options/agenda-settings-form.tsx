import { useEffect, useState } from 'preact/hooks';
import { MAX_PLANNED_MINUTES, MIN_PLANNED_MINUTES } from '@/utils/core/rules/limits';
import { t } from '@/utils/shared/i18n';
import { agendaSettingsSchema, readAgendaSettings } from '@/utils/core/agenda/agenda-settings';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { saveSetting } from './save-setting';
import { agendaSettingsItem } from '@/utils/shared/storage-items';
import { PageError } from '@/components/common/page-error';

type Status = 'idle' | 'saved' | 'invalid';

/** The usual call length: a call with no scheduled session runs it (a scheduled one runs its own). */
export function AgendaSettingsForm() {
  const [plannedMinutes, setPlannedMinutes] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => {
    void agendaSettingsItem.getValue().then((stored) => setPlannedMinutes(String(readAgendaSettings(stored).plannedMinutes)));
  }, []);
  if (plannedMinutes === null) return null;

  const parsed = agendaSettingsSchema.shape.plannedMinutes.safeParse(Number(plannedMinutes));
  const lengthError = !parsed.success;

  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('optionsAgendaHeading')}</h2>
      <p>{t('optionsAgendaIntro')}</p>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (!parsed.success) return setStatus('invalid');
          // The kinds' agendas are kept as stored, whatever changed them since this page opened.
          const current = readAgendaSettings(await agendaSettingsItem.getValue());
          const failure = await saveSetting(agendaSettingsItem, { ...current, plannedMinutes: parsed.data });
          setError(failure);
          setStatus(failure ? 'idle' : 'saved');
        }}
      >
        <div class="field">
          <label for="planned-length">{t('optionsPlannedLength')}</label>
          <input
            id="planned-length"
            type="number"
            inputMode="numeric"
            min={MIN_PLANNED_MINUTES}
            max={MAX_PLANNED_MINUTES}
            value={plannedMinutes}
            aria-invalid={lengthError}
            aria-describedby={lengthError ? 'planned-length-error' : undefined}
            onInput={(event) => {
              setPlannedMinutes(event.currentTarget.value);
              setStatus('idle');
            }}
          />
          {lengthError && (
            <p id="planned-length-error" class="field-error">
              {t('optionsInvalidLength', MIN_PLANNED_MINUTES, MAX_PLANNED_MINUTES)}
            </p>
          )}
        </div>
        <button type="submit">{t('optionsSave')}</button>
        <p role="status" class="status">
          {status === 'saved' ? t('optionsSaved') : ''}
        </p>
        <PageError code={error} />
      </form>
    </section>
  );
}
