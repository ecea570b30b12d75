// The size budget of the built content script, judged in `npm test` as `npm run bench` judges it:
// every Meet tab downloads and parses it, so CI fails the day it outgrows the budget.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGET } from '../bench/budgets';
import { measureContentScriptSize, withinSizeBudget } from '../bench/content-script-size';

describe('the build', () => {
  it(`keeps the Meet content script within ${BUDGET.gzipKb} KB gzip`, () => {
    const size = measureContentScriptSize();
    expect(withinSizeBudget(size), `${size.file}: ${size.gzipBytes} B gzip`).toBe(true);
  });

  // Every reading of Meet's page (the call's state, Meet's panels, who is in the call) rides the
  // panel's one timer: an observer of Meet's page would run at each of its many changes a second.
  it('observes nothing on Meet’s page: no observer in the content script', () => {
    const source = readFileSync(measureContentScriptSize().file, 'utf8');
    expect(source.match(/\b(?:Mutation|Resize|Intersection)Observer\b/g) ?? []).toEqual([]);
  });
});
