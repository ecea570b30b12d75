/**
 * The month's figures in the mentor's way of writing numbers (the browser's
 * language and region): amounts in their currency, session units, shares.
 */

// Making a number format costs far more than using one, and the month writes hundreds of figures.
const formats = new Map<string, Intl.NumberFormat>();
function format(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let made = formats.get(key);
  if (!made) formats.set(key, (made = new Intl.NumberFormat(language, options)));
  return made;
}

/** An amount kept in the currency's smallest unit, e.g. 1250 with 2 decimals in EUR: €12.50 · 12,50 €. */
export function formatAmount(minor: number, currency: string, digits: number, language: string): string {
  return format(language, { style: 'currency', currency }).format(minor / 10 ** digits);
}

/** Session units, with at most two decimals: 7.5 · 7,5. */
export function formatUnits(units: number, language: string): string {
  return format(language, { maximumFractionDigits: 2 }).format(units);
}

/** A share of the price paid: 100%, 50 %, 33.3%. */
export function formatShare(weight: number, language: string): string {
  return format(language, { style: 'percent', maximumFractionDigits: 1 }).format(weight);
}
