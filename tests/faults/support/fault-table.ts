// One row of the fault table `npm run test:faults` prints: what a test tried, and what it cost.
// A test records its rows on its own task (vitest carries task.meta to the reporter), and
// asserts the same figures, so a row that shows a loss is also a failing test.
import type { TestContext } from 'vitest';

export interface FaultRow {
  /** What went wrong on purpose, in a few words. */
  fault: string;
  /** How many times it was made to happen. */
  tried: number;
  /** Words the mentor had been told were saved and that were gone afterwards. */
  wordsLost: number;
  /** Writes the platform received more than once. */
  duplicateWrites: number;
  /** Unhandled errors in any extension context (worker, pages, content script). */
  unhandledErrors: number;
  /** What the mentor saw or what was checked, in a few words. */
  checked: string;
}

declare module 'vitest' {
  interface TaskMeta {
    faultRows?: FaultRow[];
  }
}

export function recordFault(context: Pick<TestContext, 'task'>, row: FaultRow): void {
  (context.task.meta.faultRows ??= []).push(row);
}
