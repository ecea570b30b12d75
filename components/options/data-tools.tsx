import { useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/utils/shared/i18n';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { ConfirmStep } from './confirm-step';
import { PageError } from '@/components/common/page-error';
import { readImportProblem, type ExportSummary, type ImportProblem } from '@/utils/protocol/reply-views';
import { download } from '@/components/common/download';
import type { OptionsModel } from './model';

const KIND_NAMES: Record<keyof ExportSummary, MessageKey> = {
  students: 'optionsKindStudents',
  sessions: 'optionsKindSessions',
  exercises: 'optionsKindExercises',
  liveSessions: 'optionsKindCallHistory',
  assignments: 'optionsKindAssignments',
  sessionPlans: 'optionsKindSessionPlans',
  myExercises: 'optionsKindMyExercises',
  reportDrafts: 'optionsKindReports',
  transfers: 'optionsKindTransfers',
};

const IMPORT_PROBLEMS: Record<ImportProblem['reason'], MessageKey> = {
  date: 'optionsImportBadDate',
  'time-zone': 'optionsImportBadZone',
  value: 'optionsImportBadValue',
};

type Result =
  | { kind: 'exported'; fileName: string }
  | { kind: 'imported'; summary: ExportSummary }
  | { kind: 'wiped' }
  | { kind: 'refused'; problem: ImportProblem }
  | { kind: 'error'; code: ErrorCode };

/** Today on the mentor's calendar, as YYYY-MM-DD. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Export, import, and wiping everything Cadence keeps on this computer. */
export function DataTools({ model, onChange }: { model: OptionsModel; onChange: () => void }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [confirmingWipe, setConfirmingWipe] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const run = async (action: Promise<Result>) => {
    setBusy(true);
    setResult(null);
    try {
      setResult(await action);
    } finally {
      setBusy(false);
    }
  };

  async function exportData(): Promise<Result> {
    const reply = await model.exportData();
    if (!reply.ok) return { kind: 'error', code: reply.error.code };
    const fileName = `cadence-export-${localDay(new Date())}.json`;
    download(reply.value, fileName, 'application/json');
    return { kind: 'exported', fileName };
  }

  async function importData(file: File): Promise<Result> {
    const json = await file.text().catch(() => null);
    // The same file may be chosen again, after a fix or by mistake.
    if (fileInput.current) fileInput.current.value = '';
    if (json === null) return { kind: 'error', code: 'invalid-file' };
    const reply = await model.importData(json);
    const problem = reply.ok ? null : readImportProblem(reply.error.detail);
    if (problem) return { kind: 'refused', problem };
    if (!reply.ok) return { kind: 'error', code: reply.error.code };
    onChange();
    return { kind: 'imported', summary: reply.value };
  }

  async function wipeData(): Promise<Result> {
    const reply = await model.wipeData();
    setConfirmingWipe(false);
    // The step and its buttons are gone: focus goes back to the section.
    heading.current?.focus();
    if (!reply.ok) return { kind: 'error', code: reply.error.code };
    onChange();
    return { kind: 'wiped' };
  }

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading" tabIndex={-1} ref={heading}>
        {t('optionsDataHeading')}
      </h2>
      <p>{t('optionsDataIntro')}</p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void run(exportData())}>
          {t('optionsExport')}
        </button>
      </div>
      <div class="field">
        <label for="import-file">{t('optionsImport')}</label>
        <input
          id="import-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-describedby="import-file-hint"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void run(importData(file));
          }}
        />
        <p id="import-file-hint" class="hint">
          {t('optionsImportHint')}
        </p>
      </div>
      <div class="actions">
        <button
          type="button"
          class="danger"
          disabled={busy}
          aria-expanded={confirmingWipe}
          onClick={() => {
            setResult(null);
            setConfirmingWipe(true);
          }}
        >
          {t('optionsWipe')}
        </button>
      </div>
      {confirmingWipe && (
        <ConfirmStep
          confirmLabel={t('optionsWipeConfirm')}
          busy={busy}
          onConfirm={() => void run(wipeData())}
          onCancel={() => setConfirmingWipe(false)}
        >
          <p>{t('optionsWipeQuestion')}</p>
          <ul>
            <li>{t('optionsWipeStudents')}</li>
            <li>{t('optionsWipeSessions')}</li>
            <li>{t('optionsWipeCallHistory')}</li>
            <li>{t('optionsWipeExercises')}</li>
            <li>{t('optionsWipeConnection')}</li>
            <li>{t('optionsWipeUnsent')}</li>
          </ul>
          <p>{t('optionsWipeAdvice')}</p>
        </ConfirmStep>
      )}
      {result?.kind === 'exported' && <p role="status">{t('optionsExported', result.fileName)}</p>}
      {result?.kind === 'imported' && (
        <div role="status">
          <p>{t('optionsImported')}</p>
          <ul>
            {(Object.keys(KIND_NAMES) as (keyof ExportSummary)[]).map((kind) => (
              <li key={kind}>
                {t(
                  'optionsImportCounts',
                  t(KIND_NAMES[kind]),
                  result.summary[kind].added,
                  result.summary[kind].updated,
                  result.summary[kind].unchanged,
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result?.kind === 'wiped' && <p role="status">{t('optionsWiped')}</p>}
      {result?.kind === 'refused' && (
        <p class="form-error" role="alert">
          {t(IMPORT_PROBLEMS[result.problem.reason], t(KIND_NAMES[result.problem.kind]), result.problem.record, result.problem.field)}
        </p>
      )}
      <PageError code={result?.kind === 'error' ? result.code : null} />
    </section>
  );
}
