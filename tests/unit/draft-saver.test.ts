import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { createDraftSaver, type SaveStatus } from '@/components/report/draft-saver';

/** The background, played by hand: each save waits until the test answers it. */
function scriptedSaves() {
  const calls: { value: string; answer(error?: ErrorCode | null): Promise<void> }[] = [];
  const save = (value: string) =>
    new Promise<ErrorCode | null>((resolve) => {
      calls.push({
        value,
        answer: async (error = null) => {
          resolve(error);
          // Let the saver see the reply.
          await vi.advanceTimersByTimeAsync(0);
        },
      });
    });
  return { save, calls, values: () => calls.map((call) => call.value) };
}

describe('the draft saver', () => {
  let background: ReturnType<typeof scriptedSaves>;
  let statuses: SaveStatus[];
  let saver: ReturnType<typeof createDraftSaver<string>>;
  const state = () => statuses.at(-1)?.state;

  beforeEach(() => {
    vi.useFakeTimers();
    background = scriptedSaves();
    statuses = [];
    saver = createDraftSaver<string>({ save: background.save, timers: globalThis, onStatus: (s) => statuses.push(s) });
  });

  afterEach(() => vi.useRealTimers());

  it('saves once, 500 ms after the last keystroke, with the newest text', async () => {
    for (const text of ['We', 'We rebuilt']) {
      saver.change(text);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(background.calls).toHaveLength(0);
    expect(state()).toBe('saving');
    await vi.advanceTimersByTimeAsync(399);
    expect(background.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(background.values()).toEqual(['We rebuilt']);
  });

  it('typing without a pause still saves 750 ms after the first unsaved keystroke, and again after', async () => {
    let text = '';
    for (let i = 0; i < 8; i++) {
      text += 'word ';
      saver.change(text);
      await vi.advanceTimersByTimeAsync(200);
      if (background.calls.length === 1 && i < 7) await background.calls[0]!.answer();
    }
    // Keystrokes every 200 ms: a pure debounce would not have saved at all.
    expect(background.values()[0]).toBe('word word word word ');
    expect(background.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('saves at once when asked (a blur), and not again when the delay runs out', async () => {
    saver.change('We rebuilt the header');
    saver.flush();
    expect(background.values()).toEqual(['We rebuilt the header']);
    await background.calls[0]!.answer();
    await vi.advanceTimersByTimeAsync(2000);
    expect(background.calls).toHaveLength(1);
    saver.flush();
    expect(background.calls).toHaveLength(1);
  });

  it('says "saved" only once the reply for the newest text came back', async () => {
    saver.change('We rebuilt');
    expect(state()).toBe('saving');
    await vi.advanceTimersByTimeAsync(500);
    expect(state()).toBe('saving');
    await background.calls[0]!.answer();
    expect(state()).toBe('saved');
    expect(statuses.filter((s) => s.state === 'saved')).toHaveLength(1);
  });

  it('never has two saves out: typing during a save leads to exactly one more, with the newest text', async () => {
    saver.change('We');
    saver.flush();
    saver.change('We rebuilt');
    await vi.advanceTimersByTimeAsync(500);
    saver.change('We rebuilt the header');
    saver.flush();
    expect(background.values()).toEqual(['We']);
    await background.calls[0]!.answer();
    // The first reply is for old text: not saved yet.
    expect(state()).toBe('saving');
    expect(background.values()).toEqual(['We', 'We rebuilt the header']);
    await background.calls[1]!.answer();
    expect(state()).toBe('saved');
    await vi.advanceTimersByTimeAsync(5000);
    expect(background.calls).toHaveLength(2);
  });

  it('waits for its delay after a save returns when the mentor is still typing', async () => {
    saver.change('We');
    saver.flush();
    saver.change('We rebuilt');
    await background.calls[0]!.answer();
    expect(background.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(background.values()).toEqual(['We', 'We rebuilt']);
  });

  it('keeps "error" and the text after a failed save, through the tries, until a save succeeds', async () => {
    saver.change('We rebuilt the header');
    saver.flush();
    await background.calls[0]!.answer('storage-full');
    expect(statuses.at(-1)).toEqual({ state: 'error', error: 'storage-full' });
    for (let i = 1; i <= 3; i++) {
      await vi.advanceTimersByTimeAsync(15_000);
      expect(background.calls).toHaveLength(i + 1);
      // The failure stands while a try is out: the message does not flicker.
      expect(statuses.at(-1)).toEqual({ state: 'error', error: 'storage-full' });
      await background.calls.at(-1)!.answer('storage-full');
    }
    expect(new Set(background.values())).toEqual(new Set(['We rebuilt the header']));

    await vi.advanceTimersByTimeAsync(15_000);
    await background.calls.at(-1)!.answer();
    expect(statuses.at(-1)).toEqual({ state: 'saved', error: null });
    const calls = background.calls.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(background.calls).toHaveLength(calls);
  });

  it('while saves fail, tries again after a pause in the typing, not every 750 ms, never two at a time', async () => {
    saver.change('We');
    saver.flush();
    await background.calls[0]!.answer('storage-full');
    let text = 'We';
    for (let i = 0; i < 10; i++) {
      text += ' rebuilt';
      saver.change(text);
      await vi.advanceTimersByTimeAsync(200);
    }
    // Two seconds of typing: only the 1 s retry went out (750 ms saves would have sent two), and it is still out.
    expect(background.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(background.calls).toHaveLength(2);
    // The pause asked for a save while one was out: it goes once that one fails, with all the text.
    await background.calls[1]!.answer('storage-full');
    expect(background.values().at(-1)).toBe(text);
    expect(background.calls).toHaveLength(3);
    expect(state()).toBe('error');
    await background.calls[2]!.answer();
    expect(statuses.at(-1)).toEqual({ state: 'saved', error: null });
  });

  it('starts its waits over once a save succeeds', async () => {
    saver.change('We');
    saver.flush();
    await background.calls[0]!.answer('storage-full');
    await vi.advanceTimersByTimeAsync(1000);
    await background.calls[1]!.answer('storage-full');
    await vi.advanceTimersByTimeAsync(2000);
    await background.calls[2]!.answer();
    expect(state()).toBe('saved');

    saver.change('We rebuilt');
    saver.flush();
    await background.calls[3]!.answer('storage-full');
    await vi.advanceTimersByTimeAsync(1000);
    expect(background.calls).toHaveLength(5);
  });

  it('tries no more once its editor closed: the next editor takes the words over', async () => {
    saver.change('We rebuilt');
    const closed = saver.close();
    await background.calls[0]!.answer('storage-full');
    await expect(closed).resolves.toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(background.calls).toHaveLength(1);
  });

  it('tries a failed save again by itself, waiting longer each time, until it is durable', async () => {
    saver.change('We rebuilt the header');
    saver.flush();
    await background.calls[0]!.answer('disconnected');
    // The mentor types nothing more: the saver does not wait for them.
    await vi.advanceTimersByTimeAsync(999);
    expect(background.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(background.values()).toEqual(['We rebuilt the header', 'We rebuilt the header']);
    await background.calls[1]!.answer('disconnected');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(background.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(background.calls).toHaveLength(3);
    await background.calls[2]!.answer();
    expect(statuses.at(-1)).toEqual({ state: 'saved', error: null });
    // Saved: nothing more goes out.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(background.calls).toHaveLength(3);
  });

  it('waits at most 15 s between tries, however long the failures last', async () => {
    saver.change('We rebuilt');
    saver.flush();
    for (let i = 0; i < 8; i++) await background.calls[i]!.answer('storage-full').then(() => vi.advanceTimersByTimeAsync(15_000));
    expect(background.calls).toHaveLength(9);
    expect(state()).toBe('error');
  });

  it('retries a failed save when asked, with the text kept', async () => {
    saver.change('We rebuilt');
    saver.flush();
    await background.calls[0]!.answer('disconnected');
    saver.flush();
    expect(background.values()).toEqual(['We rebuilt', 'We rebuilt']);
    await background.calls[1]!.answer();
    expect(state()).toBe('saved');
  });

  it('settles once the newest text is durable, or says it is not', async () => {
    saver.change('We rebuilt');
    const settled = saver.settle();
    expect(background.calls).toHaveLength(1);
    await background.calls[0]!.answer();
    await expect(settled).resolves.toBe(true);
    await expect(saver.settle()).resolves.toBe(true);

    saver.change('We rebuilt it all');
    const failed = saver.settle();
    await background.calls[1]!.answer('storage-full');
    await expect(failed).resolves.toBe(false);
  });
});
