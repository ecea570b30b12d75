// Figure 1: what every Meet tab downloads and parses. gzip at Node's default level stands in
// for what the store and the disk cache see; the budget is on gzip.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_EXTENSION_DIR } from '../e2e/support/launch-extension';
import type { Row } from './bench-table';
import { BUDGET } from './budgets';

export const CONTENT_SCRIPT = path.join(DEFAULT_EXTENSION_DIR, 'content-scripts', 'meet.js');

export interface ContentScriptSize {
  file: string;
  minifiedBytes: number;
  gzipBytes: number;
}

export function measureContentScriptSize(file = CONTENT_SCRIPT): ContentScriptSize {
  const bytes = readFileSync(file);
  return { file, minifiedBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

const kb = (bytes: number) => bytes / 1024;

export const withinSizeBudget = (size: ContentScriptSize) => kb(size.gzipBytes) <= BUDGET.gzipKb;

/** The table's size rows, in `npm run bench` and `npm run bench:size`. */
export function contentScriptRows(size: ContentScriptSize): Row[] {
  return [
    { figure: 'content script, minified (KB = 1024 B)', value: `${kb(size.minifiedBytes).toFixed(2)} KB`, budget: '-', verdict: '-' },
    {
      figure: 'content script, gzip (zlib default level)',
      value: `${kb(size.gzipBytes).toFixed(2)} KB`,
      budget: `<= ${BUDGET.gzipKb} KB`,
      verdict: withinSizeBudget(size) ? 'ok' : 'BROKEN',
    },
  ];
}
