import { describe, expect, it } from 'vitest';
import { createPendingWrites } from '@/components/common/pending-writes';

/** A promise settled by hand, for a write still on its way. */
function later<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('what a page has not saved yet', () => {
  it('is nothing at first: settling says all is saved', async () => {
    expect(await createPendingWrites().settle()).toBe(true);
  });

  it('asks each part holding words to save them now, and waits for every one', async () => {
    const pending = createPendingWrites();
    const note = later<boolean>();
    const asked: string[] = [];
    pending.add(() => {
      asked.push('note');
      return note.promise;
    });
    pending.add(async () => {
      asked.push('report');
      return true;
    });
    let settled: boolean | null = null;
    const settling = pending.settle().then((ok) => (settled = ok));
    expect(asked).toEqual(['note', 'report']);
    await Promise.resolve();
    expect(settled).toBeNull();
    note.resolve(true);
    await settling;
    expect(settled).toBe(true);
  });

  it('waits for the writes already on their way, and says so when one failed (a full disk)', async () => {
    const pending = createPendingWrites();
    const outcome = later<boolean>();
    pending.track(outcome.promise);
    const settling = pending.settle();
    outcome.resolve(false);
    expect(await settling).toBe(false);
    // Answered: it is no longer pending.
    expect(await pending.settle()).toBe(true);
  });

  it('counts a save that threw as not saved, and still waits for the others', async () => {
    const pending = createPendingWrites();
    const other = later<boolean>();
    pending.add(() => {
      throw new Error('gone');
    });
    pending.add(() => other.promise);
    pending.track(Promise.reject(new Error('worker stopped')));
    const settling = pending.settle();
    other.resolve(true);
    expect(await settling).toBe(false);
  });

  it('forgets a part that went away', async () => {
    const pending = createPendingWrites();
    const remove = pending.add(async () => false);
    remove();
    expect(await pending.settle()).toBe(true);
  });
});
