// The review of the seeded assignments as the pictures show it: done, difficulties, not done.
import type { FrameLocator } from 'playwright-core';
import { expect } from 'vitest';
import { SEED_ASSIGNMENTS } from './seed-records';

const OUTCOMES = ['reviewOutcomeDone', 'reviewChoiceDifficulties', 'reviewOutcomeNotDone'];

/** Gives each of last week's seeded assignments its outcome in the open session's work, `text` in the panel's language. */
export async function reviewSeededWork(work: FrameLocator, text: (key: string) => string): Promise<void> {
  await expect.poll(() => work.getByRole('tab', { selected: true }).innerText()).toBe(text('workspaceTabReview'));
  for (const [index, assignment] of SEED_ASSIGNMENTS.entries()) {
    const radio = work
      .getByRole('group', { name: assignment.title, exact: true })
      .getByRole('radio', { name: text(OUTCOMES[index]!), exact: true });
    await radio.click();
    await expect.poll(() => radio.isChecked()).toBe(true);
  }
}
