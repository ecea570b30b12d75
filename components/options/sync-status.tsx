import { useMemo, useState } from 'preact/hooks';
import { formatDateTime, mentorPlace } from '@/utils/shared/format-date-time';
import { type MessageKey, t } from '@/utils/shared/i18n';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { WRITE_NAMES } from '@/components/common/write-names';
import { PageError } from '@/components/common/page-error';
import type { PlatformFailureInfo } from '@/components/common/failure-text';
import { PlatformFailure } from '@/components/common/platform-failure';
import type { SyncOverview } from '@/utils/protocol/reply-views';
import type { OptionsModel } from './model';

/** How a record left out of a read is named, by the list it came in. */
const LEFT_OUT_NAMES: Record<SyncOverview['refused'][number]['list'], MessageKey> = {
  students: 'optionsLeftOutStudent',
  sessions: 'optionsLeftOutSession',
  exercises: 'optionsLeftOutExercise',
};

type Result =
  | { kind: 'synced' | 'retry-sent' | 'retry-queued' | 'retry-refused' }
  | { kind: 'sync-failed'; failure: PlatformFailureInfo }
  | { kind: 'error'; code: ErrorCode };

/** How sync with the platform stands: what is waiting, what failed, and what needs the mentor. */
export function SyncStatus({ model, onChange }: { model: OptionsModel; onChange: () => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const place = useMemo(mentorPlace, []);
  const when = (at: number) => formatDateTime(at, 'date-time', place);
  const status = model.overview.value;
  if (!status) return null;

  const syncNow = async () => {
    setBusy('sync');
    setResult(null);
    const reply = await model.syncNow();
    setBusy(null);
    if (!reply.ok) setResult({ kind: 'error', code: reply.error.code });
    else {
      const failure = reply.value.lastError ?? (reply.value.waiting > 0 ? reply.value.lastAttemptError : null);
      setResult(failure ? { kind: 'sync-failed', failure } : { kind: 'synced' });
    }
    onChange();
  };
  const retry = async (itemId: string) => {
    setBusy(itemId);
    setResult(null);
    const reply = await model.retry(itemId);
    setBusy(null);
    if (!reply.ok) setResult({ kind: 'error', code: reply.error.code });
    else if (reply.value.attention.some((item) => item.id === itemId)) setResult({ kind: 'retry-refused' });
    // The reply does not say what became of this item; with nothing left waiting, it went out.
    else setResult({ kind: reply.value.waiting === 0 ? 'retry-sent' : 'retry-queued' });
    onChange();
  };

  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('optionsSyncHeading')}</h2>
      {!status.connection ? (
        <>
          <p>{t('optionsLocalMode')}</p>
          {status.waiting > 0 && <p>{t('optionsWaitingForConnection', status.waiting)}</p>}
        </>
      ) : (
        <>
          <p>{status.lastSyncAt ? t('optionsLastSync', when(status.lastSyncAt)) : t('optionsNeverSynced')}</p>
          <p>
            {status.waiting === 0
              ? t('optionsWaitingNone')
              : status.waiting === 1
                ? t('optionsWaitingOne')
                : t('optionsWaitingMany', status.waiting)}
          </p>
          {status.nextAttemptAt !== null && <p>{t('optionsNextAttempt', when(status.nextAttemptAt))}</p>}
          {status.lastAttemptError && (
            <p>
              {t('optionsLastAttemptFailed')} <PlatformFailure failure={status.lastAttemptError} />
            </p>
          )}
          {status.lastError && (
            <p class="form-error">
              {t('optionsReadFailed', when(status.lastError.at))} <PlatformFailure failure={status.lastError} />
            </p>
          )}
          {status.refused.length > 0 && (
            <>
              <p class="form-error">{t('optionsRecordsLeftOut')}</p>
              <ul>
                {status.refused.map((record) => (
                  <li key={`${record.list}-${record.id}-${record.field}`}>
                    {t(LEFT_OUT_NAMES[record.list], record.id ?? '?', record.field)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" disabled={busy !== null} onClick={() => void syncNow()}>
            {t('optionsSyncNow')}
          </button>
        </>
      )}
      {status.attention.length > 0 && (
        <>
          <h3>{t('optionsAttentionHeading')}</h3>
          <p>{t('optionsAttentionIntro')}</p>
          <ul class="record-list">
            {status.attention.map((item) => (
              <li key={item.id} class="record">
                <p id={`attention-${item.id}`}>
                  <strong>{t(WRITE_NAMES[item.endpoint])}</strong> {t('optionsMadeAt', when(item.createdAt))}
                </p>
                {item.lastError && (
                  <p>
                    <PlatformFailure failure={item.lastError} />
                  </p>
                )}
                <button
                  type="button"
                  class="secondary"
                  disabled={busy !== null}
                  aria-describedby={`attention-${item.id}`}
                  onClick={() => void retry(item.id)}
                >
                  {t('optionsRetry')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {busy === 'sync' ? (
        <p role="status">{t('optionsSyncing')}</p>
      ) : result?.kind === 'synced' ? (
        <p role="status">{t('optionsSyncDone')}</p>
      ) : result?.kind === 'sync-failed' ? (
        <p role="alert" class="form-error">
          {t('optionsSyncFailed')} <PlatformFailure failure={result.failure} />
        </p>
      ) : result?.kind === 'retry-sent' ? (
        <p role="status">{t('optionsRetrySent')}</p>
      ) : result?.kind === 'retry-queued' ? (
        <p role="status">{t('optionsRetryQueued')}</p>
      ) : result?.kind === 'retry-refused' ? (
        <p role="alert" class="form-error">
          {t('optionsRetryRefused')}
        </p>
      ) : (
        <PageError code={result?.kind === 'error' ? result.code : null} />
      )}
    </section>
  );
}
