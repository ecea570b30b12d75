import type { MonthLine, MonthStatement } from './month-statement';

/**
 * How a spreadsheet reads a CSV file it opens by a double click, with no
 * import wizard: Excel splits fields on the list separator of the computer's
 * region, a comma where numbers are written 1.5, a semicolon where they are
 * written 1,5 (France, most of Europe), and reads numbers in that region's way.
 */
export interface CsvDialect {
  separator: ',' | ';';
  decimalMark: '.' | ',';
}

/** RFC 4180 exactly: what the comma regions read. */
export const COMMA_DIALECT: CsvDialect = { separator: ',', decimalMark: '.' };
/** RFC 4180's quoting and line ends with the semicolon, as the decimal-comma regions read it. */
export const SEMICOLON_DIALECT: CsvDialect = { separator: ';', decimalMark: ',' };

/** The dialect of a browser language tag's region, by its decimal mark (fr-FR and de-DE: semicolon; en-US and fr-CH: comma). */
export function csvDialectFor(locale: string): CsvDialect {
  let mark = '.';
  try {
    mark = new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  } catch {
    // Not a tag Intl knows: RFC 4180's own comma.
  }
  return mark === ',' ? SEMICOLON_DIALECT : COMMA_DIALECT;
}

/**
 * UTF-8's byte order mark: Excel reads a CSV file without it in the
 * computer's old code page (Ivana Ćirić becomes IvanÄ‚...); LibreOffice,
 * Numbers and Google Sheets skip it.
 */
export const UTF8_BOM = '\uFEFF';
/** RFC 4180's line end, inside quoted fields too as typed. */
const CRLF = '\r\n';

/**
 * One field: quoted when it holds the separator, a quote or a line break
 * (quotes doubled inside), as RFC 4180 says. A text starting with = + - @ or a
 * tab would be run as a formula by a spreadsheet (a name from the platform
 * could carry one): an apostrophe before it keeps it text, as OWASP advises.
 */
export function csvField(value: string, dialect: CsvDialect): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(dialect.separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The rows as one CSV text: the byte order mark, the fields of each row, CRLF after every row. */
export function csvText(rows: readonly (readonly string[])[], dialect: CsvDialect): string {
  return UTF8_BOM + rows.map((row) => row.map((field) => csvField(field, dialect)).join(dialect.separator) + CRLF).join('');
}

/** The words of the file, in the mentor's language: its headers, and how a status or a note reads. */
export interface MonthCsvWords {
  headers: {
    start: string;
    student: string;
    category: string;
    status: string;
    minutes: string;
    units: string;
    amount: string;
    currency: string;
    platform: string;
    note: string;
    session: string;
  };
  status(line: MonthLine): string;
  /** The platform's status, where it differs. */
  platform(line: MonthLine): string;
  /** Moved to…, to settle since…: empty when there is nothing to say. */
  note(line: MonthLine): string;
  /** A student no longer on this computer. */
  unknownStudent: string;
}

/** A number in the dialect's way, with at most `digits` decimals and no thousands mark: what a spreadsheet reads as a number. */
export function csvNumber(value: number, digits: number, dialect: CsvDialect): string {
  let text = value.toFixed(digits);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return dialect.decimalMark === ',' ? text.replace('.', ',') : text;
}

/** An amount in the currency's smallest unit, written with all its decimals (12.50, 1250 for the yen). */
export function csvAmount(minor: number, digits: number, dialect: CsvDialect): string {
  if (digits === 0) return String(minor);
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${minor < 0 ? '-' : ''}${text.slice(0, -digits)}${dialect.decimalMark}${text.slice(-digits)}`;
}

/**
 * The month as a CSV file, one row per session: its start in ISO 8601 with
 * the mentor's offset, its student, category and status, its planned
 * minutes, its session units (the weight paid) and amount, and what the
 * platform says where it differs. A spreadsheet's sum of the units and the
 * amounts gives the month's totals.
 */
export function monthCsv(statement: MonthStatement, words: MonthCsvWords, dialect: CsvDialect): string {
  const h = words.headers;
  const header = [h.start, h.student, h.category, h.status, h.minutes, h.units, h.amount, h.currency, h.platform, h.note, h.session];
  const rows = statement.lines.map((line) => [
    line.start,
    line.studentName ?? words.unknownStudent,
    line.category ?? '',
    words.status(line),
    String(line.plannedMinutes),
    line.weight === null ? '' : csvNumber(line.weight, 4, dialect),
    line.amountMinor === null ? '' : csvAmount(line.amountMinor, statement.currencyDigits, dialect),
    line.amountMinor === null ? '' : (statement.currency ?? ''),
    line.platform ? words.platform(line) : '',
    words.note(line),
    line.sessionId,
  ]);
  return csvText([header, ...rows], dialect);
}
