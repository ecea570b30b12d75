// Prints the fault table after the run, from the rows fault tests left on their tasks.
import type { Reporter, TestModule } from 'vitest/node';
import type { FaultRow } from './fault-table';

const COLUMNS: [keyof FaultRow, string][] = [
  ['fault', 'fault'],
  ['tried', 'tried'],
  ['wordsLost', 'words lost'],
  ['duplicateWrites', 'duplicate writes'],
  ['unhandledErrors', 'unhandled errors'],
  ['checked', 'checked'],
];

export function formatFaultTable(rows: readonly FaultRow[]): string {
  const cells = [COLUMNS.map(([, title]) => title), ...rows.map((row) => COLUMNS.map(([key]) => String(row[key])))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((line) => line[i]!.length)));
  const line = (values: string[]) => `| ${values.map((value, i) => value.padEnd(widths[i]!)).join(' | ')} |`;
  const total = (key: 'tried' | 'wordsLost' | 'duplicateWrites' | 'unhandledErrors') =>
    String(rows.reduce((sum, row) => sum + row[key], 0));
  return [
    line(cells[0]!),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...cells.slice(1).map(line),
    line(['all faults', total('tried'), total('wordsLost'), total('duplicateWrites'), total('unhandledErrors'), '']),
  ].join('\n');
}

export default class FaultTableReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const rows = testModules.flatMap((module) => [...module.children.allTests()].flatMap((test) => test.meta().faultRows ?? []));
    if (rows.length === 0) return;
    process.stdout.write(`\nFault table (npm run test:faults)\n${formatFaultTable(rows)}\n\n`);
  }
}
