import { useEffect, useState } from 'preact/hooks';
import { PHASE_KEYS, PHASE_NAMES, type PhaseKey } from '@/utils/core/agenda/phases';
import { MAX_PLANNED_MINUTES, MIN_PLANNED_MINUTES } from '@/utils/core/rules/limits';
import { planAgenda } from '@/utils/core/agenda/plan-agenda';
import { t } from '@/utils/shared/i18n';
import { type AgendaSettings, agendaSettingsSchema, readAgendaSettings } from '@/utils/core/agenda/agenda-settings';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { saveSetting } from './save-setting';
import { agendaSettingsItem } from '@/utils/shared/storage-items';
import { PageError } from '@/components/common/page-error';

type Draft = { plannedMinutes: string } & Record<PhaseKey, string>;
type Status = 'idle' | 'saved' | 'invalid';

const PREVIEW_LENGTHS = [30, 45, 60];

function toDraft(settings: AgendaSettings): Draft {
  return {
    plannedMinutes: String(settings.plannedMinutes),
    'check-in': String(settings.weights['check-in']),
    progress: String(settings.weights.progress),
    goals: String(settings.weights.goals),
  };
}

function fromDraft(draft: Draft) {
  return agendaSettingsSchema.safeParse({
    plannedMinutes: Number(draft.plannedMinutes),
    weights: { 'check-in': Number(draft['check-in']), progress: Number(draft.progress), goals: Number(draft.goals) },
  });
}

/** The usual call length and its split into phases, with what other lengths become. */
export function AgendaSettingsForm() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => {
    void agendaSettingsItem.getValue().then((stored) => setDraft(toDraft(readAgendaSettings(stored))));
  }, []);
  if (!draft) return null;

  const parsed = fromDraft(draft);
  const lengthError = !agendaSettingsSchema.shape.plannedMinutes.safeParse(Number(draft.plannedMinutes)).success;
  const phaseError = (key: PhaseKey) => !agendaSettingsSchema.shape.weights.shape[key].safeParse(Number(draft[key])).success;
  const edit = (field: keyof Draft, value: string) => {
    setDraft({ ...draft, [field]: value });
    setStatus('idle');
  };

  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('optionsAgendaHeading')}</h2>
      <p>{t('optionsAgendaIntro')}</p>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (!parsed.success) return setStatus('invalid');
          const failure = await saveSetting(agendaSettingsItem, parsed.data);
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
            value={draft.plannedMinutes}
            aria-invalid={lengthError}
            aria-describedby={lengthError ? 'planned-length-error' : undefined}
            onInput={(event) => edit('plannedMinutes', event.currentTarget.value)}
          />
          {lengthError && (
            <p id="planned-length-error" class="field-error">
              {t('optionsInvalidLength', MIN_PLANNED_MINUTES, MAX_PLANNED_MINUTES)}
            </p>
          )}
        </div>
        {PHASE_KEYS.map((key) => (
          <div class="field" key={key}>
            <label for={`phase-${key}`}>{t('optionsPhaseMinutes', t(PHASE_NAMES[key]))}</label>
            <input
              id={`phase-${key}`}
              type="number"
              inputMode="numeric"
              min={1}
              value={draft[key]}
              aria-invalid={phaseError(key)}
              aria-describedby={phaseError(key) ? `phase-${key}-error` : undefined}
              onInput={(event) => edit(key, event.currentTarget.value)}
            />
            {phaseError(key) && (
              <p id={`phase-${key}-error`} class="field-error">
                {t('optionsInvalidPhase')}
              </p>
            )}
          </div>
        ))}
        {parsed.success && (
          <ul class="preview">
            {[parsed.data.plannedMinutes, ...PREVIEW_LENGTHS.filter((m) => m !== parsed.data.plannedMinutes)].map((minutes) => (
              <li key={minutes}>
                {t(
                  'optionsPreview',
                  minutes,
                  planAgenda(minutes, parsed.data.weights)
                    .map((phase) => `${t(PHASE_NAMES[phase.key])} ${t('phaseMinutes', phase.minutes)}`)
                    .join(' · '),
                )}
              </li>
            ))}
          </ul>
        )}
        <button type="submit">{t('optionsSave')}</button>
        <p role="status" class="status">
          {status === 'saved' ? t('optionsSaved') : ''}
        </p>
        <PageError code={error} />
      </form>
    </section>
  );
}
