import { describe, expect, it } from 'vitest';
import { categoryOf, readPayRates, withStudentCategory } from '@/utils/core/month/pay-rates';
import { currencyDigits, currencyForLocale } from '@/utils/core/month/region-currency';
import { platformDifference } from '@/utils/core/month/platform-difference';
import { aSession, anOutboxItem } from './support/platform-records';

describe('the pay rates as stored', () => {
  it('keeps what is sound, one category at a time, and drops a student’s category that is gone', () => {
    const rates = readPayRates({
      currency: 'EUR',
      categories: [
        { id: 'funded', name: ' Funded ', rate: 40 },
        { id: 'broken', name: '', rate: 30 },
        { id: 'typo', name: 'Self-funded', rate: 32.505 },
        { id: 'self', name: 'Self-funded', rate: 32.5 },
        { id: 'funded', name: 'Twice', rate: 1 },
      ],
      studentCategories: { 'stu-a': 'funded', 'stu-b': 'broken', 'stu-c': 'self', 'stu-d': 7 },
    });
    expect(rates).toEqual({
      currency: 'EUR',
      categories: [
        { id: 'funded', name: 'Funded', rate: 40 },
        { id: 'self', name: 'Self-funded', rate: 32.5 },
      ],
      studentCategories: { 'stu-a': 'funded', 'stu-c': 'self' },
    });
    expect(categoryOf(rates, 'stu-c')?.name).toBe('Self-funded');
    expect(categoryOf(rates, 'stu-b')).toBeNull();
  });

  it('falls back to no rates for anything else, and refuses a currency that is not one', () => {
    expect(readPayRates(undefined)).toEqual({ currency: null, categories: [], studentCategories: {} });
    expect(readPayRates('EUR')).toEqual({ currency: null, categories: [], studentCategories: {} });
    expect(readPayRates({ currency: 'eur' }).currency).toBeNull();
    expect(readPayRates({ currency: 'EURO' }).currency).toBeNull();
    expect(readPayRates({ currency: 'XOF' }).currency).toBe('XOF');
  });

  it('puts a student in a category, or in none', () => {
    const rates = readPayRates({ currency: 'EUR', categories: [{ id: 'funded', name: 'Funded', rate: 40 }], studentCategories: {} });
    const placed = withStudentCategory(rates, 'stu-a', 'funded');
    expect(categoryOf(placed, 'stu-a')?.rate).toBe(40);
    expect(withStudentCategory(placed, 'stu-a', null).studentCategories).toEqual({});
  });
});

describe("the currency of the mentor's region", () => {
  it.each([
    ['fr-FR', 'EUR'],
    ['fr', 'EUR'],
    ['en-GB', 'GBP'],
    ['en', 'USD'],
    ['fr-CA', 'CAD'],
    ['fr-SN', 'XOF'],
    ['fr-CH', 'CHF'],
    ['bg-BG', 'EUR'],
    ['en-AQ', null],
    ['not a tag', null],
  ])('%s pays in %s', (tag, currency) => {
    expect(currencyForLocale(tag)).toBe(currency);
  });

  it('knows how many decimals a currency has', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('XOF')).toBe(0);
  });
});

describe("where the platform's status differs", () => {
  const canceled = aSession({ status: 'canceled' });

  it('is nowhere when no change waits: the pull keeps the platform’s own version', () => {
    expect(platformDifference(canceled, [], undefined)).toBeNull();
    // A status kept from an older pull means nothing once the change went through.
    expect(platformDifference(canceled, [], 'completed')).toBeNull();
  });

  it('says "pending" while a cancellation or a first report waits, or what the last pull saw', () => {
    expect(platformDifference(canceled, [anOutboxItem()], undefined)).toBe('pending');
    expect(platformDifference(canceled, [anOutboxItem({ state: 'needs-attention' })], 'student_absent')).toBe('student_absent');
    const report = anOutboxItem({ endpoint: 'submitReport', body: { correction: false } });
    expect(platformDifference(aSession({ status: 'completed' }), [report], undefined)).toBe('pending');
  });

  it('says nothing of a corrected report, a move, or another session’s change', () => {
    const correction = anOutboxItem({ endpoint: 'submitReport', body: { correction: true } });
    expect(platformDifference(aSession({ status: 'completed' }), [correction], undefined)).toBeNull();
    const move = anOutboxItem({ endpoint: 'rescheduleSession', body: {} });
    expect(platformDifference(aSession(), [move], undefined)).toBeNull();
    expect(platformDifference(canceled, [anOutboxItem({ entity: { store: 'sessions', id: 'sess-2' } })], undefined)).toBeNull();
  });

  it('says a session made here is not on the platform yet', () => {
    const made = aSession({ id: 'local-1' });
    const write = anOutboxItem({ endpoint: 'scheduleSession', params: {}, entity: { store: 'sessions', id: 'local-1' } });
    expect(platformDifference(made, [write], undefined)).toBe('not-on-platform');
  });
});
