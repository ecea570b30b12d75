import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerFlushRequests, FLUSH_WORK, requestFlush, WORK_FLUSHED } from '@/components/common/flush-work';
import { importGraph } from './support/import-graph';

const MEET = 'https://meet.google.com';
const PAGE_ORIGIN = 'chrome-extension://cadenceid';
const PAGE_URL = `${PAGE_ORIGIN}/session-workspace.html#live-1`;

/** A window as postMessage sees it: messages it receives are events on it, from a source and an origin. */
function aWindow(origin: string) {
  const target = new EventTarget() as EventTarget & { parent: unknown; posted: { data: unknown; targetOrigin: string }[] };
  target.posted = [];
  const self = Object.assign(target, {
    origin,
    postMessage(data: unknown, targetOrigin: string) {
      self.posted.push({ data, targetOrigin });
    },
  });
  self.parent = self;
  return self;
}

const deliver = (to: EventTarget, data: unknown, from: unknown, origin: string) =>
  to.dispatchEvent(new MessageEvent('message', { data, origin, source: from as Window }));

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the work page's end: answering the panel's request to save everything", () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  const framed = () => {
    const meet = aWindow(MEET);
    const page = aWindow(PAGE_ORIGIN);
    page.parent = meet;
    return { meet, page };
  };

  it('saves everything, then answers the window framing it, at its origin', async () => {
    const { meet, page } = framed();
    const flush = vi.fn(async () => true);
    stop = answerFlushRequests(page as unknown as Window, flush);
    deliver(page, { type: FLUSH_WORK }, meet, MEET);
    await settle();
    expect(flush).toHaveBeenCalledTimes(1);
    expect(meet.posted).toEqual([{ data: { type: WORK_FLUSHED, ok: true }, targetOrigin: MEET }]);
  });

  it.each([
    ['a save failed (a full disk)', async () => false],
    ['the saving threw', async () => Promise.reject(new Error('worker gone'))],
  ])('answers ok: false when %s', async (_, flush) => {
    const { meet, page } = framed();
    stop = answerFlushRequests(page as unknown as Window, flush);
    deliver(page, { type: FLUSH_WORK }, meet, MEET);
    await settle();
    expect(meet.posted).toEqual([{ data: { type: WORK_FLUSHED, ok: false }, targetOrigin: MEET }]);
  });

  it('ignores anyone but the window framing it, and any other message', async () => {
    const { meet, page } = framed();
    const stranger = aWindow('https://evil.example');
    const flush = vi.fn(async () => true);
    stop = answerFlushRequests(page as unknown as Window, flush);
    deliver(page, { type: FLUSH_WORK }, stranger, 'https://evil.example');
    deliver(page, { type: FLUSH_WORK }, null, MEET);
    deliver(page, { type: 'cadence/something-else' }, meet, MEET);
    deliver(page, 'cadence/flush-work', meet, MEET);
    deliver(page, null, meet, MEET);
    await settle();
    expect(flush).not.toHaveBeenCalled();
    expect([meet.posted, stranger.posted]).toEqual([[], []]);
  });

  it('stops answering once removed (the page is going)', async () => {
    const { meet, page } = framed();
    const flush = vi.fn(async () => true);
    answerFlushRequests(page as unknown as Window, flush)();
    deliver(page, { type: FLUSH_WORK }, meet, MEET);
    await settle();
    expect(flush).not.toHaveBeenCalled();
  });
});

describe("the panel's end: asking the frame's page to save everything before it goes", () => {
  /** A frame as the panel sees it: its page's window, the panel's own window, its address. */
  const aFrame = (page: unknown, contentDocument: { URL: string } | null = null) =>
    ({ contentWindow: page, contentDocument, ownerDocument: { defaultView: window }, src: PAGE_URL }) as unknown as HTMLIFrameElement;

  it('asks the page at its own origin, and resolves with its answer', async () => {
    const page = aWindow(PAGE_ORIGIN);
    const asked = requestFlush(aFrame(page), 1000);
    expect(page.posted).toEqual([{ data: { type: FLUSH_WORK }, targetOrigin: PAGE_ORIGIN }]);
    deliver(window, { type: WORK_FLUSHED, ok: true }, page, PAGE_ORIGIN);
    expect(await asked).toBe('saved');
  });

  it('says so when the page says a save failed: the frame must stay', async () => {
    const page = aWindow(PAGE_ORIGIN);
    const asked = requestFlush(aFrame(page), 1000);
    deliver(window, { type: WORK_FLUSHED, ok: false }, page, PAGE_ORIGIN);
    expect(await asked).toBe('failed');
  });

  it('takes no answer but the page’s own, well formed, from its origin', async () => {
    const page = aWindow(PAGE_ORIGIN);
    const other = aWindow(MEET);
    let answer: string | null = null;
    void requestFlush(aFrame(page), 200).then((ok) => (answer = ok));
    deliver(window, { type: WORK_FLUSHED, ok: true }, other, MEET);
    deliver(window, { type: WORK_FLUSHED, ok: true }, page, 'https://evil.example');
    deliver(window, { type: WORK_FLUSHED, ok: 'yes' }, page, PAGE_ORIGIN);
    deliver(window, { type: WORK_FLUSHED }, page, PAGE_ORIGIN);
    await settle();
    expect(answer).toBeNull();
    deliver(window, { type: WORK_FLUSHED, ok: true }, page, PAGE_ORIGIN);
    await settle();
    expect(answer).toBe('saved');
  });

  it('says when no answer came in time (the page still loading, or gone with the extension)', async () => {
    const page = aWindow(PAGE_ORIGIN);
    const started = Date.now();
    expect(await requestFlush(aFrame(page), 50)).toBe('no-answer');
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    // A late answer changes nothing.
    deliver(window, { type: WORK_FLUSHED, ok: true }, page, PAGE_ORIGIN);
  });

  it('says saved at once when the frame holds no page yet: nothing to save', async () => {
    const page = aWindow('null');
    expect(await requestFlush(aFrame(page, { URL: 'about:blank' }), 1000)).toBe('saved');
    expect(page.posted).toEqual([]);
    expect(await requestFlush(aFrame(null), 1000)).toBe('saved');
  });

  it('works end to end with the page’s end: the words saved, then the frame may go', async () => {
    const page = aWindow(PAGE_ORIGIN);
    page.parent = window;
    // The two windows' messages, delivered as the browser would: from the poster, at its origin.
    page.postMessage = (data: unknown) => void deliver(page, data, window, MEET);
    const savedWords: string[] = [];
    const stop = answerFlushRequests(page as unknown as Window, async () => {
      savedWords.push('the note being typed');
      return true;
    });
    const answers = vi.spyOn(window, 'postMessage').mockImplementation((data: unknown) => void deliver(window, data, page, PAGE_ORIGIN));
    try {
      expect(await requestFlush(aFrame(page), 1000)).toBe('saved');
      expect(savedWords).toEqual(['the note being typed']);
      expect(answers).toHaveBeenCalledWith({ type: WORK_FLUSHED, ok: true }, MEET);
    } finally {
      answers.mockRestore();
      stop();
    }
  });

  it('pulls in nothing but the DOM: the content script can carry it', () => {
    const graph = importGraph('components/common/flush-work.ts');
    expect(graph.packages).toEqual([]);
    expect(graph.files).toEqual(['components/common/flush-work.ts']);
  });
});
