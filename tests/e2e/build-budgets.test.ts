// The size budget of the built content script, judged in `npm test` as `npm run bench` judges it:
// every Meet tab downloads and parses it, so CI fails the day it outgrows the budget.
import { describe, expect, it } from 'vitest';
import { BUDGET } from '../bench/budgets';
import { measureContentScriptSize, withinSizeBudget } from '../bench/content-script-size';

describe('the build', () => {
  it(`keeps the Meet content script within ${BUDGET.gzipKb} KB gzip`, () => {
    const size = measureContentScriptSize();
    expect(withinSizeBudget(size), `${size.file}: ${size.gzipBytes} B gzip`).toBe(true);
  });
});
