import { describe, expect, it } from 'vitest';
import {
  COMMA_DIALECT,
  csvDialectFor,
  csvField,
  monthCsv,
  type CsvDialect,
  type MonthCsvWords,
  SEMICOLON_DIALECT,
} from '@/utils/core/month/month-csv';
import { monthStatement } from '@/utils/core/month/month-statement';
import type { Session } from '@/utils/core/platform/platform-schemas';
import { aSession, aStudent } from './support/platform-records';
import { csvRows } from '../e2e/support/csv-rows';

// Names a mentor's students really have, and what a CSV writer gets wrong with them.
const NAMES = {
  comma: 'Dupont, Marie',
  quotes: 'Jean "JJ" Martin',
  lineBreak: 'Anne-Sophie\nLe Gall',
  rtl: 'ليلى حداد',
  emoji: 'Zoé 🎓 Nguyễn',
  formula: '=HYPERLINK("https://evil.example","Paid")',
};
const students = Object.entries(NAMES).map(([id, name]) => aStudent({ id, name }));
const sessions: Session[] = Object.keys(NAMES).flatMap((studentId, i) => [
  aSession({ id: `${studentId}-1`, studentId, start: `2026-12-${String(i + 1).padStart(2, '0')}T17:00:00Z`, status: 'completed' }),
  aSession({ id: `${studentId}-2`, studentId, start: `2026-12-${String(i + 10)}T17:00:00Z`, status: 'student_absent' }),
]);
const statement = monthStatement({
  month: '2026-12',
  timezone: 'Europe/Paris',
  now: Date.parse('2027-01-10T12:00:00Z'),
  sessions,
  students,
  noShowWeight: 0.5,
  rates: {
    currency: 'EUR',
    categories: [{ id: 'funded', name: 'Funded; "full" rate', rate: 32.55 }],
    studentCategories: Object.fromEntries(Object.keys(NAMES).map((id) => [id, 'funded'])),
  },
  endedCallSessionIds: new Set(),
  moves: new Map(),
  platform: new Map([['rtl-2', 'pending']]),
});
const words: MonthCsvWords = {
  headers: {
    start: 'Start',
    student: 'Student',
    category: 'Category',
    status: 'Status',
    minutes: 'Planned minutes',
    units: 'Session units',
    amount: 'Amount',
    currency: 'Currency',
    platform: 'Platform status',
    note: 'Details',
    session: 'Session id',
  },
  status: (line) => line.status,
  platform: (line) => `platform: ${line.platform}`,
  note: () => '',
  unknownStudent: 'Unknown',
};

/** The file read back, as a spreadsheet would: a row of named fields per session. */
function readBack(dialect: CsvDialect) {
  const text = monthCsv(statement, words, dialect);
  const [header, ...rows] = csvRows(text, dialect.separator);
  const number = (field: string) => (field === '' ? 0 : Number(dialect.decimalMark === ',' ? field.replace(',', '.') : field));
  return {
    text,
    header: header!,
    rows: rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!]))),
    number,
  };
}

describe("the month's CSV", () => {
  it.each([
    ['comma', COMMA_DIALECT],
    ['semicolon', SEMICOLON_DIALECT],
  ])('reads back (%s) with every name whole, one row per session, and the same totals', (_, dialect) => {
    const { header, rows, number } = readBack(dialect);
    expect(header).toEqual(Object.values(words.headers));
    expect(rows).toHaveLength(statement.lines.length);
    // Each name as typed: commas, quotes, a line break, right-to-left script, an emoji.
    for (const name of [NAMES.comma, NAMES.quotes, NAMES.lineBreak, NAMES.rtl, NAMES.emoji]) {
      expect(rows.filter((row) => row.Student === name)).toHaveLength(2);
    }
    expect(rows.every((row) => row.Category === 'Funded; "full" rate')).toBe(true);
    // A spreadsheet's sums of the columns give the month's totals: 6 × 1 + 6 × 0.5 units; 6 × 32.55 + 6 × 16.28 euros.
    expect(rows.reduce((sum, row) => sum + number(row['Session units']!), 0)).toBe(statement.totals.units);
    expect(statement.totals.units).toBe(9);
    const cents = rows.reduce((sum, row) => sum + Math.round(number(row.Amount!) * 100), 0);
    expect(cents).toBe(statement.totals.amountMinor);
    expect(cents).toBe(6 * 3255 + 6 * 1628);
    expect(rows.every((row) => row.Currency === 'EUR')).toBe(true);
    expect(rows.find((row) => row['Session id'] === 'rtl-2')!['Platform status']).toBe('platform: pending');
    expect(rows.find((row) => row['Session id'] === 'rtl-1')!['Platform status']).toBe('');
  });

  it('writes dates as ISO 8601 with the offset of their instant, and numbers in the dialect’s way', () => {
    const comma = readBack(COMMA_DIALECT).rows;
    const semicolon = readBack(SEMICOLON_DIALECT).rows;
    expect(comma[0]).toMatchObject({ Start: '2026-12-01T18:00:00+01:00', 'Session units': '1', Amount: '32.55', 'Planned minutes': '50' });
    expect(comma.find((row) => row.Status === 'student-absent')).toMatchObject({ 'Session units': '0.5', Amount: '16.28' });
    expect(semicolon.find((row) => row.Status === 'student-absent')).toMatchObject({ 'Session units': '0,5', Amount: '16,28' });
  });

  it('keeps a name that looks like a formula as text', () => {
    const rows = readBack(COMMA_DIALECT).rows;
    expect(rows.filter((row) => row.Student === `'${NAMES.formula}`)).toHaveLength(2);
    expect(csvField('-12', COMMA_DIALECT)).toBe("'-12");
    expect(csvField('@SUM(A1)', COMMA_DIALECT)).toBe("'@SUM(A1)");
  });

  it('starts with the UTF-8 byte order mark, ends every row with CRLF, and quotes only what needs it', () => {
    const { text } = readBack(COMMA_DIALECT);
    expect([...Buffer.from(text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    // The line break inside a name stays inside its quotes.
    expect(text).toContain('"Anne-Sophie\nLe Gall"');
    expect(text).toContain('"Jean ""JJ"" Martin"');
    expect(text).toContain(',"Dupont, Marie",');
    expect(text).toContain(`,${NAMES.rtl},`);
    expect(csvField('Dupont, Marie', SEMICOLON_DIALECT)).toBe('Dupont, Marie');
    expect(csvField('a;b', SEMICOLON_DIALECT)).toBe('"a;b"');
  });

  it('takes the separator a spreadsheet expects from the region’s decimal mark', () => {
    expect(csvDialectFor('en-US')).toEqual(COMMA_DIALECT);
    expect(csvDialectFor('en-GB')).toEqual(COMMA_DIALECT);
    expect(csvDialectFor('fr-FR')).toEqual(SEMICOLON_DIALECT);
    expect(csvDialectFor('fr')).toEqual(SEMICOLON_DIALECT);
    expect(csvDialectFor('de-DE')).toEqual(SEMICOLON_DIALECT);
    expect(csvDialectFor('de-CH')).toEqual(COMMA_DIALECT);
    expect(csvDialectFor('not a tag')).toEqual(COMMA_DIALECT);
  });
});
