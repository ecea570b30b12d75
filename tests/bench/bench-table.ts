// The bench's one table: plain aligned text, one row per figure.

export type Verdict = 'ok' | 'BROKEN' | 'INVALID' | '-';

export interface Row {
  figure: string;
  value: string;
  budget: string;
  verdict: Verdict;
}

export function formatTable(rows: readonly Row[]): string {
  const header: Row = { figure: 'figure', value: 'value', budget: 'budget', verdict: 'ok/BROKEN' as Verdict };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((row) => row[key].length));
  const [figure, value, budget] = [width('figure'), width('value'), width('budget')];
  const line = (row: Row) => [row.figure.padEnd(figure), row.value.padStart(value), row.budget.padEnd(budget), row.verdict].join(' | ');
  const rule = ['-'.repeat(figure), '-'.repeat(value), '-'.repeat(budget), '-'.repeat(width('verdict'))].join('-+-');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
