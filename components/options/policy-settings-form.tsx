import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import type { AttendancePolicy } from '@/utils/core/policy/attendance-policy';
import {
  DEFAULT_LATE_LIMIT_MINUTES,
  DEFAULT_NO_SHOW_PAY_RATE,
  MAX_LATE_LIMIT_MINUTES,
  MIN_LATE_LIMIT_MINUTES,
  readAttendancePolicy,
} from '@/utils/core/policy/attendance-policy';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { saveSetting } from './save-setting';
import { attendancePolicyItem } from '@/utils/shared/storage-items';
import { PageError } from '@/components/common/page-error';

interface Draft {
  kind: AttendancePolicy['lateLimit']['kind'];
  minutes: string;
  percent: string;
}

const asPercent = (rate: number) => Math.round(rate * 10_000) / 100;

function toDraft(policy: AttendancePolicy): Draft {
  return {
    kind: policy.lateLimit.kind,
    minutes: String(policy.lateLimit.kind === 'minutes' ? policy.lateLimit.minutes : DEFAULT_LATE_LIMIT_MINUTES),
    percent: String(asPercent(policy.noShowPayRate)),
  };
}

/** The typed minutes, when they are a whole number within the policy's range. */
function minutesOf(draft: Draft): number | null {
  const minutes = Number(draft.minutes);
  const ok =
    draft.minutes.trim() !== '' && Number.isInteger(minutes) && minutes >= MIN_LATE_LIMIT_MINUTES && minutes <= MAX_LATE_LIMIT_MINUTES;
  return ok ? minutes : null;
}

/** The typed percentage as a rate, when it is within 0–100. */
function rateOf(draft: Draft): number | null {
  const percent = Number(draft.percent);
  return draft.percent.trim() !== '' && Number.isFinite(percent) && percent >= 0 && percent <= 100 ? percent / 100 : null;
}

/** When lateness becomes a no-show, and what a no-show pays. */
export function PolicySettingsForm() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => {
    void attendancePolicyItem.getValue().then((stored) => setDraft(toDraft(readAttendancePolicy(stored))));
  }, []);
  if (!draft) return null;

  const minutes = minutesOf(draft);
  const rate = rateOf(draft);
  const minutesError = draft.kind === 'minutes' && minutes === null;
  const rateError = rate === null;
  // From the newest draft: two changes before a render must not undo each other.
  const edit = (change: Partial<Draft>) => {
    setDraft((current) => current && { ...current, ...change });
    setSaved(false);
  };
  const describedBy = (id: string, error: boolean) => (error ? `${id}-error ${id}-hint` : `${id}-hint`);

  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading">{t('policyHeading')}</h2>
      <p>{t('policyIntro')}</p>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (minutesError) return document.getElementById('policy-minutes')?.focus();
          if (rate === null) return document.getElementById('policy-pay-rate')?.focus();
          // The other rules are kept as stored, whatever changed them since this page opened.
          const current = readAttendancePolicy(await attendancePolicyItem.getValue());
          const lateLimit: AttendancePolicy['lateLimit'] =
            draft.kind === 'minutes' && minutes !== null ? { kind: 'minutes', minutes } : { kind: 'third-of-session' };
          const failure = await saveSetting(attendancePolicyItem, { ...current, lateLimit, noShowPayRate: rate });
          setError(failure);
          setSaved(!failure);
        }}
      >
        <fieldset>
          <legend>{t('policyLateLegend')}</legend>
          <div class="choice">
            <input
              type="radio"
              id="policy-kind-minutes"
              name="policy-kind"
              checked={draft.kind === 'minutes'}
              onChange={() => edit({ kind: 'minutes' })}
            />
            <label for="policy-kind-minutes">{t('policyLateMinutes')}</label>
          </div>
          <div class="field">
            <label for="policy-minutes">{t('policyMinutesField')}</label>
            <input
              id="policy-minutes"
              type="number"
              inputMode="numeric"
              min={MIN_LATE_LIMIT_MINUTES}
              max={MAX_LATE_LIMIT_MINUTES}
              value={draft.minutes}
              disabled={draft.kind !== 'minutes'}
              aria-invalid={minutesError}
              aria-describedby={describedBy('policy-minutes', minutesError)}
              onInput={(event) => edit({ minutes: event.currentTarget.value })}
            />
            <p id="policy-minutes-hint" class="hint">
              {t('policyMinutesHint', DEFAULT_LATE_LIMIT_MINUTES)}
            </p>
            {minutesError && (
              <p id="policy-minutes-error" class="field-error">
                {t('policyMinutesInvalid', MIN_LATE_LIMIT_MINUTES, MAX_LATE_LIMIT_MINUTES)}
              </p>
            )}
          </div>
          <div class="choice">
            <input
              type="radio"
              id="policy-kind-third"
              name="policy-kind"
              checked={draft.kind === 'third-of-session'}
              onChange={() => edit({ kind: 'third-of-session' })}
            />
            <label for="policy-kind-third">{t('policyLateThird')}</label>
          </div>
        </fieldset>
        <div class="field">
          <label for="policy-pay-rate">{t('policyPayRate')}</label>
          <input
            id="policy-pay-rate"
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            value={draft.percent}
            aria-invalid={rateError}
            aria-describedby={describedBy('policy-pay-rate', rateError)}
            onInput={(event) => edit({ percent: event.currentTarget.value })}
          />
          <p id="policy-pay-rate-hint" class="hint">
            {t('policyPayRateHint', asPercent(DEFAULT_NO_SHOW_PAY_RATE))}
          </p>
          {rateError && (
            <p id="policy-pay-rate-error" class="field-error">
              {t('policyPayRateInvalid')}
            </p>
          )}
        </div>
        <button type="submit">{t('policySave')}</button>
        <p role="status" class="status">
          {saved ? t('policySaved') : ''}
        </p>
        <PageError code={error} />
      </form>
    </section>
  );
}
