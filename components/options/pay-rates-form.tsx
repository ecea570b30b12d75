import { useEffect, useMemo, useState } from 'preact/hooks';
import { mentorLanguage, mentorLocale, t } from '@/utils/shared/i18n';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { payRatesItem } from '@/utils/shared/storage-items';
import { PageError } from '@/components/common/page-error';
import {
  isCurrencyCode,
  isPayRate,
  MAX_PAY_CATEGORIES,
  MAX_PAY_RATE,
  PAY_CATEGORY_NAME_MAX,
  type PayRates,
  readPayRates,
} from '@/utils/core/month/pay-rates';
import { currencyForLocale } from '@/utils/core/month/region-currency';
import { saveSetting } from './save-setting';

interface Draft {
  currency: string;
  categories: { id: string; name: string; rate: string }[];
}

function toDraft(rates: PayRates): Draft {
  return {
    // Until the mentor chose one: the currency of the browser's region.
    currency: rates.currency ?? currencyForLocale(mentorLocale()) ?? '',
    categories: rates.categories.map(({ id, name, rate }) => ({ id, name, rate: String(rate) })),
  };
}

const rateOf = (typed: string) => (typed.trim() === '' ? null : Number(typed));

/**
 * Optional: the kinds of students the mentor is paid differently for
 * (funded, self-funded…), the price of a completed session for each, and the
 * currency. The month then shows amounts besides session units.
 */
export function PayRatesForm() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => {
    void payRatesItem.getValue().then((stored) => setDraft(toDraft(readPayRates(stored))));
  }, []);
  const currencies = useMemo(() => {
    const names = new Intl.DisplayNames(mentorLanguage(), { type: 'currency' });
    return Intl.supportedValuesOf('currency').map((code) => ({ code, name: `${code} · ${names.of(code) ?? code}` }));
  }, []);
  if (!draft) return null;

  const edit = (change: (current: Draft) => Draft) => {
    setDraft((current) => current && change(current));
    setSaved(false);
  };
  const editCategory = (index: number, field: 'name' | 'rate', value: string) =>
    edit((current) => ({
      ...current,
      categories: current.categories.map((category, i) => (i === index ? { ...category, [field]: value } : category)),
    }));
  const nameError = (name: string) => !name.trim() || name.trim().length > PAY_CATEGORY_NAME_MAX;
  const rateError = (rate: string) => !isPayRate(rateOf(rate));
  const currencyError = draft.categories.length > 0 && !isCurrencyCode(draft.currency);
  const shown = (wrong: boolean) => attempted && wrong;

  return (
    <section aria-labelledby="rates-heading">
      <h2 id="rates-heading">{t('ratesHeading')}</h2>
      <p>{t('ratesIntro')}</p>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setAttempted(true);
          const firstWrong = currencyError
            ? 'rates-currency'
            : draft.categories.flatMap((category, i) => [
                ...(nameError(category.name) ? [`rates-name-${i}`] : []),
                ...(rateError(category.rate) ? [`rates-rate-${i}`] : []),
              ])[0];
          if (firstWrong) return document.getElementById(firstWrong)?.focus();
          // Which student is in which category is kept as stored, whatever changed it since this page opened.
          const current = readPayRates(await payRatesItem.getValue());
          const categories = draft.categories.map(({ id, name, rate }) => ({ id, name: name.trim(), rate: rateOf(rate)! }));
          const failure = await saveSetting(
            payRatesItem,
            readPayRates({ ...current, currency: isCurrencyCode(draft.currency) ? draft.currency : null, categories }),
          );
          setError(failure);
          setSaved(!failure);
        }}
      >
        <div class="field">
          <label for="rates-currency">{t('ratesCurrency')}</label>
          <select
            id="rates-currency"
            value={draft.currency}
            aria-invalid={shown(currencyError)}
            aria-describedby={shown(currencyError) ? 'rates-currency-error rates-currency-hint' : 'rates-currency-hint'}
            onChange={(event) => {
              const currency = event.currentTarget.value;
              edit((current) => ({ ...current, currency }));
            }}
          >
            <option value="">{t('ratesCurrencyNone')}</option>
            {currencies.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <p id="rates-currency-hint" class="hint">
            {t('ratesCurrencyHint')}
          </p>
          {shown(currencyError) && (
            <p id="rates-currency-error" class="field-error">
              {t('ratesCurrencyMissing')}
            </p>
          )}
        </div>
        {draft.categories.length === 0 && <p>{t('ratesNone')}</p>}
        {draft.categories.map((category, index) => (
          <fieldset key={category.id}>
            <legend>{t('ratesCategoryLegend', index + 1)}</legend>
            <div class="field">
              <label for={`rates-name-${index}`}>{t('ratesCategoryName')}</label>
              <input
                id={`rates-name-${index}`}
                class="wide"
                dir="auto"
                maxLength={PAY_CATEGORY_NAME_MAX}
                value={category.name}
                aria-invalid={shown(nameError(category.name))}
                aria-describedby={shown(nameError(category.name)) ? `rates-name-${index}-error` : undefined}
                onInput={(event) => editCategory(index, 'name', event.currentTarget.value)}
              />
              {shown(nameError(category.name)) && (
                <p id={`rates-name-${index}-error`} class="field-error">
                  {t('ratesNameMissing')}
                </p>
              )}
            </div>
            <div class="field">
              <label for={`rates-rate-${index}`}>{t('ratesCategoryRate')}</label>
              <input
                id={`rates-rate-${index}`}
                type="number"
                inputMode="decimal"
                min={0}
                max={MAX_PAY_RATE}
                step={0.01}
                value={category.rate}
                aria-invalid={shown(rateError(category.rate))}
                aria-describedby={shown(rateError(category.rate)) ? `rates-rate-${index}-error` : undefined}
                onInput={(event) => editCategory(index, 'rate', event.currentTarget.value)}
              />
              {shown(rateError(category.rate)) && (
                <p id={`rates-rate-${index}-error`} class="field-error">
                  {t('ratesRateInvalid', MAX_PAY_RATE)}
                </p>
              )}
            </div>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                edit((current) => ({ ...current, categories: current.categories.filter((_, i) => i !== index) }));
                // The removed category's button is gone: the focus goes to the one that adds.
                document.getElementById('rates-add')?.focus();
              }}
              dir="auto"
            >
              {t('ratesRemoveCategory', category.name.trim() || String(index + 1))}
            </button>
          </fieldset>
        ))}
        <div class="actions">
          <button
            type="button"
            class="secondary"
            id="rates-add"
            disabled={draft.categories.length >= MAX_PAY_CATEGORIES}
            onClick={() => {
              const index = draft.categories.length;
              edit((current) => ({ ...current, categories: [...current.categories, { id: crypto.randomUUID(), name: '', rate: '' }] }));
              requestAnimationFrame(() => document.getElementById(`rates-name-${index}`)?.focus());
            }}
          >
            {t('ratesAddCategory')}
          </button>
          <button type="submit">{t('ratesSave')}</button>
        </div>
        <p role="status" class="status">
          {saved ? t('ratesSaved') : ''}
        </p>
        <PageError code={error} />
      </form>
    </section>
  );
}
