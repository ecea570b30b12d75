import { isCurrencyCode } from './pay-rates';

/**
 * The currency in use in a region (ISO 3166 → ISO 4217), for the regions
 * where the school's mentors live: the euro area, Europe around it, the
 * French-speaking world (the CFA francs, the Maghreb, Canada, Switzerland,
 * Belgium…) and the largest English-speaking countries. Intl has no such
 * table; a region missing here leaves the choice to the mentor.
 */
const CURRENCY_OF_REGION: Readonly<Record<string, string>> = {
  // The euro, its members (Bulgaria since 2026), the states that use it, and France's overseas regions.
  ...Object.fromEntries(
    [
      'AT',
      'BE',
      'BG',
      'CY',
      'DE',
      'EE',
      'ES',
      'FI',
      'FR',
      'GR',
      'HR',
      'IE',
      'IT',
      'LT',
      'LU',
      'LV',
      'MT',
      'NL',
      'PT',
      'SI',
      'SK',
      'AD',
      'MC',
      'SM',
      'VA',
      'ME',
      'XK',
      'GF',
      'GP',
      'MQ',
      'RE',
      'YT',
      'PM',
      'BL',
      'MF',
    ].map((region) => [region, 'EUR']),
  ),
  // West and Central Africa's two CFA francs.
  ...Object.fromEntries(['BJ', 'BF', 'CI', 'GW', 'ML', 'NE', 'SN', 'TG'].map((region) => [region, 'XOF'])),
  ...Object.fromEntries(['CM', 'CF', 'TD', 'CG', 'GQ', 'GA'].map((region) => [region, 'XAF'])),
  NC: 'XPF',
  PF: 'XPF',
  WF: 'XPF',
  GB: 'GBP',
  US: 'USD',
  CA: 'CAD',
  CH: 'CHF',
  LI: 'CHF',
  MA: 'MAD',
  DZ: 'DZD',
  TN: 'TND',
  HT: 'HTG',
  LB: 'LBP',
  MG: 'MGA',
  MU: 'MUR',
  CD: 'CDF',
  RW: 'RWF',
  BI: 'BIF',
  DJ: 'DJF',
  KM: 'KMF',
  GN: 'GNF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  IS: 'ISK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  UA: 'UAH',
  TR: 'TRY',
  IL: 'ILS',
  EG: 'EGP',
  ZA: 'ZAR',
  NG: 'NGN',
  KE: 'KES',
  IN: 'INR',
  AU: 'AUD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
  JP: 'JPY',
  CN: 'CNY',
  KR: 'KRW',
  BR: 'BRL',
  MX: 'MXN',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  PE: 'PEN',
  AE: 'AED',
  SA: 'SAR',
};

/**
 * The currency of the region a browser language tag names (fr-FR → EUR,
 * en-GB → GBP, fr-CA → CAD). A bare language is read as its likeliest region
 * (fr → France, en → the United States), as Intl's likely subtags say. Null
 * when the region is not in the table or the tag is not one.
 */
export function currencyForLocale(tag: string): string | null {
  let region: string | undefined;
  try {
    region = new Intl.Locale(tag.replace('_', '-')).maximize().region;
  } catch {
    return null;
  }
  const currency = region && Object.hasOwn(CURRENCY_OF_REGION, region) ? CURRENCY_OF_REGION[region]! : null;
  return currency && isCurrencyCode(currency) ? currency : null;
}

/** How many decimals a currency's amounts have: 2 for the euro, 0 for the yen and the CFA francs. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}
