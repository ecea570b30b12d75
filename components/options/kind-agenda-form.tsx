import { useEffect, useState } from 'preact/hooks';
import { kindAgendaProblem, kindAgendaSchema, kindPhaseSchema, readAgendaSettings } from '@/utils/core/agenda/agenda-settings';
import { checklistFromLines, checklistLines } from '@/utils/core/agenda/checklist-lines';
import {
  CHECKLIST_TEXT_MAX,
  MAX_CHECKLIST_ITEMS,
  MAX_PHASE_SHARE,
  MAX_PHASES,
  MIN_PHASE_SHARE,
  PHASE_KEYS,
  PHASE_NAMES,
  type PhaseKey,
} from '@/utils/core/agenda/phases';
import { planAgenda } from '@/utils/core/agenda/plan-agenda';
import {
  DEFAULT_KIND_AGENDAS,
  type KindPhase,
  SESSION_KIND_NAMES,
  SESSION_KINDS,
  type SessionKind,
} from '@/utils/core/agenda/session-kinds';
import { t } from '@/utils/shared/i18n';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { agendaSettingsItem } from '@/utils/shared/storage-items';
import { PageError } from '@/components/common/page-error';
import { useForm } from '@/components/common/use-form';
import { KindPhaseFields } from './kind-phase-fields';
import { saveSetting } from './save-setting';

/** The lengths the preview shows a kind's agenda on: the usual ones of the weekly call and a short one. */
const PREVIEW_LENGTHS = [30, 45, 60];

type Draft = Record<string, string>;
type Status = 'idle' | 'saved' | 'restored';

/** A kind's phases as the form's rows (each with a stable id, so a removed row takes its fields with it) and fields. */
function toForm(phases: readonly KindPhase[], firstRow: number) {
  const rows = phases.map((_, index) => `p${firstRow + index}`);
  const draft: Draft = {};
  phases.forEach((phase, index) => {
    draft[`${rows[index]}-name`] = phase.key;
    draft[`${rows[index]}-share`] = String(phase.share);
    draft[`${rows[index]}-checklist`] = checklistLines(phase.checklist, (label) => t(label));
  });
  return { rows, draft };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Each kind of session's agenda, as the mentor wants it: its phases (named from Cadence's set), their
 * shares of the session and their checklists, previewed on a 30, 45 and 60-minute session. A
 * session's agenda is made from its kind's when its call starts; Cadence's own can be restored.
 */
export function KindAgendaForm() {
  const [kind, setKind] = useState<SessionKind>('weekly');
  const [rows, setRows] = useState<string[] | null>(null);
  const [nextRow, setNextRow] = useState(0);
  const [status, setStatus] = useState<Status>('idle');
  const [saveError, setSaveError] = useState<ErrorCode | null>(null);
  const form = useForm<Draft>({});
  const load = (phases: readonly KindPhase[]) => {
    const loaded = toForm(phases, nextRow);
    setRows(loaded.rows);
    setNextRow(nextRow + loaded.rows.length);
    form.setDraft(loaded.draft);
    form.setAttempted(false);
  };
  const open = async (which: SessionKind) => {
    setKind(which);
    setStatus('idle');
    load(readAgendaSettings(await agendaSettingsItem.getValue()).kinds[which]);
  };
  useEffect(() => void open('weekly'), []);
  if (!rows) return null;

  const { draft } = form;
  const field = (row: string, name: 'name' | 'share' | 'checklist') => draft[`${row}-${name}`] ?? '';
  const phases: KindPhase[] = rows.map((row) => {
    const key = field(row, 'name') as PhaseKey;
    return { key, share: Number(field(row, 'share')), checklist: checklistFromLines(key, field(row, 'checklist'), (label) => t(label)) };
  });
  const errors: Record<string, string | null> = {};
  rows.forEach((row) => {
    const share = field(row, 'share').trim();
    errors[`${row}-share`] =
      share && kindPhaseSchema.shape.share.safeParse(Number(share)).success
        ? null
        : t('optionsInvalidShare', MIN_PHASE_SHARE, MAX_PHASE_SHARE);
    const typed = lines(field(row, 'checklist'));
    errors[`${row}-checklist`] =
      typed.length > MAX_CHECKLIST_ITEMS || typed.some((line) => line.length > CHECKLIST_TEXT_MAX)
        ? t('optionsInvalidChecklist', MAX_CHECKLIST_ITEMS, CHECKLIST_TEXT_MAX)
        : null;
  });
  const total = phases.reduce((sum, phase) => sum + (Number.isFinite(phase.share) ? phase.share : 0), 0);
  const problem = kindAgendaProblem(phases);
  errors.total = problem === 'same-phase-twice' ? t('optionsSamePhaseTwice') : problem ? t('optionsSharesNot100', total) : null;
  const valid = kindAgendaSchema.safeParse(phases);
  const order = [...rows.flatMap((row) => [`${row}-share`, `${row}-checklist`]), 'total'];

  const edit = (row: string, name: 'name' | 'share' | 'checklist', value: string) => {
    form.edit(`${row}-${name}`)(value);
    setStatus('idle');
  };
  const store = async (next: KindPhase[], done: Status) => {
    // The other kinds and the usual length are kept as stored, whatever changed them since this page opened.
    const current = readAgendaSettings(await agendaSettingsItem.getValue());
    const failure = await saveSetting(agendaSettingsItem, { ...current, kinds: { ...current.kinds, [kind]: next } });
    setSaveError(failure);
    setStatus(failure ? 'idle' : done);
  };
  const kindName = t(SESSION_KIND_NAMES[kind]);
  const unused = PHASE_KEYS.find((key) => !phases.some((phase) => phase.key === key))!;

  return (
    <section aria-labelledby="kinds-heading">
      <h2 id="kinds-heading">{t('optionsKindsHeading')}</h2>
      <p>{t('optionsKindsIntro')}</p>
      <div class="field">
        <label for={form.fieldId('kind')}>{t('optionsKindToEdit')}</label>
        <select id={form.fieldId('kind')} value={kind} onChange={(event) => void open(event.currentTarget.value as SessionKind)}>
          {SESSION_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(SESSION_KIND_NAMES[value])}
            </option>
          ))}
        </select>
      </div>
      <form
        noValidate
        aria-label={kindName}
        onSubmit={(event) =>
          form.submit(event, {
            errors,
            order,
            save: async () => {
              if (valid.success) await store(valid.data, 'saved');
            },
          })
        }
      >
        {rows.map((row, index) => (
          <KindPhaseFields
            key={row}
            number={index + 1}
            count={rows.length}
            name={field(row, 'name')}
            share={field(row, 'share')}
            checklist={field(row, 'checklist')}
            ids={{ name: form.fieldId(`${row}-name`), share: form.fieldId(`${row}-share`), checklist: form.fieldId(`${row}-checklist`) }}
            errors={{ share: form.shown(errors, `${row}-share`), checklist: form.shown(errors, `${row}-checklist`) }}
            onEdit={(name, value) => edit(row, name, value)}
            onRemove={
              rows.length > 1
                ? () => {
                    setRows(rows.filter((r) => r !== row));
                    setStatus('idle');
                  }
                : undefined
            }
          />
        ))}
        {rows.length < MAX_PHASES && (
          <button
            type="button"
            onClick={() => {
              const row = `p${nextRow}`;
              setNextRow(nextRow + 1);
              setRows([...rows, row]);
              form.setDraft((current) => ({ ...current, [`${row}-name`]: unused, [`${row}-share`]: '10', [`${row}-checklist`]: '' }));
              setStatus('idle');
            }}
          >
            {t('optionsAddPhase')}
          </button>
        )}
        <p id={form.fieldId('total')} tabIndex={-1} class={errors.total && form.attempted ? 'field-error' : 'hint'}>
          {errors.total ?? t('optionsSharesTotal', total)}
        </p>
        {valid.success && (
          <>
            <h3>{t('optionsKindPreviewHeading')}</h3>
            <ul class="preview">
              {PREVIEW_LENGTHS.map((minutes) => (
                <li key={minutes}>
                  {t(
                    'optionsPreview',
                    minutes,
                    planAgenda(minutes, valid.data)
                      .map((phase) => `${t(PHASE_NAMES[phase.key])} ${t('phaseMinutes', phase.minutes)}`)
                      .join(' · '),
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        <button type="submit" disabled={form.busy}>
          {t('optionsSaveKind')}
        </button>{' '}
        <button
          type="button"
          onClick={async () => {
            load(DEFAULT_KIND_AGENDAS[kind]);
            await store(DEFAULT_KIND_AGENDAS[kind], 'restored');
          }}
        >
          {t('optionsRestoreKind')}
        </button>
        <p role="status" class="status">
          {status === 'saved' ? t('optionsKindSaved', kindName) : status === 'restored' ? t('optionsKindRestored', kindName) : ''}
        </p>
        <PageError code={saveError} />
      </form>
    </section>
  );
}
