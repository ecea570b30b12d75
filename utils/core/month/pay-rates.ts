/**
 * What the mentor is paid for a completed session, by kind of student
 * (funded, self-funded…): categories the mentor names, each with its rate,
 * the currency they are in, and which student is in which category.
 */
export interface PayRates {
  /** ISO 4217, e.g. EUR; null until the mentor's region or the mentor gave one. */
  currency: string | null;
  categories: PayCategory[];
  /** Student id → category id. A student with none has no amount, only session units. */
  studentCategories: Record<string, string>;
}

export interface PayCategory {
  /** Made once, when the category is added: renaming it keeps its students. */
  id: string;
  name: string;
  /** The price of a completed session, in the currency's units (32.5 is 32.50). */
  rate: number;
}

export const PAY_CATEGORY_NAME_MAX = 60;
export const MAX_PAY_CATEGORIES = 20;
/** Far above any session's price: a typo of three zeros is refused rather than billed. */
export const MAX_PAY_RATE = 100_000;
const CATEGORY_ID_MAX = 64;

export const NO_PAY_RATES: PayRates = { currency: null, categories: [], studentCategories: {} };

/** An ISO 4217 code this JavaScript knows (three capital letters, and a currency Intl can write). */
export function isCurrencyCode(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

/** A rate as typed or stored: a number from 0 to the most, with at most two decimals. */
export function isPayRate(rate: unknown): rate is number {
  return typeof rate === 'number' && Number.isFinite(rate) && rate >= 0 && rate <= MAX_PAY_RATE && Math.round(rate * 100) / 100 === rate;
}

/**
 * The rates as stored may be anything: what is sound is kept, each category on
 * its own (one broken category does not lose the others), and a student's
 * category that no longer exists is dropped.
 */
export function readPayRates(stored: unknown): PayRates {
  const record = plain(stored);
  const categories: PayCategory[] = [];
  for (const item of Array.isArray(record.categories) ? record.categories : []) {
    const { id, name, rate } = plain(item);
    const sound =
      typeof id === 'string' &&
      id.length > 0 &&
      id.length <= CATEGORY_ID_MAX &&
      typeof name === 'string' &&
      name.trim().length > 0 &&
      name.length <= PAY_CATEGORY_NAME_MAX &&
      isPayRate(rate) &&
      !categories.some((other) => other.id === id);
    if (sound && categories.length < MAX_PAY_CATEGORIES) categories.push({ id, name: name.trim(), rate });
  }
  const known = new Set(categories.map((category) => category.id));
  const studentCategories: Record<string, string> = {};
  for (const [studentId, categoryId] of Object.entries(plain(record.studentCategories))) {
    if (typeof categoryId === 'string' && known.has(categoryId)) studentCategories[studentId] = categoryId;
  }
  return { currency: isCurrencyCode(record.currency) ? record.currency : null, categories, studentCategories };
}

/** The category a student is in, if any. */
export function categoryOf(rates: PayRates, studentId: string): PayCategory | null {
  const id = Object.hasOwn(rates.studentCategories, studentId) ? rates.studentCategories[studentId] : undefined;
  return rates.categories.find((category) => category.id === id) ?? null;
}

/** The rates with a student put in a category, or in none (null). */
export function withStudentCategory(rates: PayRates, studentId: string, categoryId: string | null): PayRates {
  const { [studentId]: _, ...others } = rates.studentCategories;
  return { ...rates, studentCategories: categoryId === null ? others : { ...others, [studentId]: categoryId } };
}

function plain(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
