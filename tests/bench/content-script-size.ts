// Figure 1: what every Meet tab downloads and parses. gzip at Node's default level stands in
// for what the store and the disk cache see; the budget is on gzip.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface ContentScriptSize {
  file: string;
  minifiedBytes: number;
  gzipBytes: number;
}

export function measureContentScriptSize(file: string): ContentScriptSize {
  const bytes = readFileSync(file);
  return { file, minifiedBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}
