// What Cadence is given, at its worst: a 200 KB report, HTML and script in every text field,
// right-to-left and emoji text, dates at the edges, and messages forged by a page.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatformServer, type PlatformServer } from '../platform-server/platform-server';
import { openOptionsPage, sendFromPage } from '../e2e/support/extension-page';
import { launchWithExtension, type LaunchedBrowser } from '../e2e/support/launch-extension';
import { routeMeetFixtures } from '../e2e/support/meet-routes';
import { SEED_ASSIGNMENTS, SEED_STUDENT, importSeededRecords, seededExport } from '../e2e/support/seed-records';
import { getServiceWorker } from '../e2e/support/service-worker';
import { MeetCallPage, panelTexts } from '../e2e/support/session-panel-page';
import { until } from '../e2e/support/until';
import { formatDateTime } from '../../utils/shared/format-date-time';
import { recordFault } from './support/fault-table';
import { wordsLost } from './support/words-lost';
import { openReport, saveState } from '../e2e/support/report-page';
import { type ExtensionErrors, watchExtensionErrors } from './support/extension-errors';
import { RTL_SAMPLES } from '../unit/support/text-direction';

const text = panelTexts('en');
const fill = (key: string, ...values: (string | number)[]) =>
  values.reduce<string>((result, value, i) => result.replace(`$P${i + 1}$`, String(value)), text(key));
const before = (key: string) => text(key).split('$P1$')[0]!;
const DAY = 86_400_000;

/** The message beside a field, tied to it by aria-describedby; null when there is none. */
function errorBeside(page: Page | Frame, label: string, exact = true) {
  return page.getByLabel(label, { exact }).evaluate((field) => {
    const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
    return ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'))?.textContent ?? null;
  });
}

/** A 200 KB report: paragraphs of words, with accents, right-to-left and emoji lines among them. */
function longReport(): string {
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join('\n\n').length < 200_000; i++) {
    paragraphs.push(
      `Paragraph ${i}: Awa rebuilt the header with flexbox, then explained gap, wrap and alignment back to me, ` +
        `step by step, with her own examples; we went through the media queries one by one and fixed the footer. ` +
        (i % 10 === 0 ? 'Elle a très bien travaillé. ملاحظة: عمل رائع 👍🏽 ✌️ 👩‍💻 ' : ''),
    );
  }
  return paragraphs.join('\n\n');
}

describe('a 200 KB report', () => {
  let browser: LaunchedBrowser;
  let errors: ExtensionErrors;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context);
    errors = watchExtensionErrors(browser.context, browser.extensionId);
    await importSeededRecords(browser, 'big-repo-rtx');
  });
  afterAll(async () => {
    errors?.stop();
    await browser?.close();
  });

  it('is kept whole in local mode: saved, previewed, ended, read back exactly after a reload, and the panel still answers', async (context) => {
    const report = longReport();
    let page = await openReport(browser, 'local-this-week');
    const summary = page.getByLabel(text('reportSummary'));
    // Pasted in bulk, then a few keystrokes at its end.
    await summary.fill(report);
    await summary.press('End');
    await page.keyboard.type(' The end.');
    const typed = `${report} The end.`;
    await expect.poll(() => saveState(page), { timeout: 20_000 }).toBe('saved');
    expect(await summary.inputValue()).toBe(typed);
    expect(await errorBeside(page, text('reportSummary'))).toBeNull();

    await page.getByRole('button', { name: text('reportPreview') }).click();
    const previewed = await page.locator('.report-preview-text').allTextContents();
    expect(previewed).toContain(typed.trim());

    await page.getByRole('button', { name: text('reportFinish') }).click();
    await expect.poll(() => page.getByRole('main').innerText(), { timeout: 20_000 }).toContain(text('reportDeliverySavedLocally'));
    await page.reload();
    await summary.waitFor();
    const kept = await summary.inputValue();
    expect(kept).toBe(typed);

    // Still usable: a correction typed now is saved, and the call's panel on Meet answers its buttons.
    await summary.press('End');
    await page.keyboard.type(' Corrected.');
    await expect.poll(() => saveState(page), { timeout: 20_000 }).toBe('saved');
    await page.close();
    page = await openReport(browser, 'local-this-week');
    expect(await page.getByLabel(text('reportSummary')).inputValue()).toBe(`${typed} Corrected.`);
    await page.close();
    const call = await MeetCallPage.open(browser.context, 'big-repo-rtx');
    await call.meetAction('join');
    await call.expectCallState('in-call');
    await call.button('nextPhase').click();
    await expect.poll(() => call.currentPhaseName()).toBe(text('phaseProgress'));
    await call.page.close();

    const lost = wordsLost(typed, kept);
    recordFault(context, {
      fault: 'a 200 KB report, local mode',
      tried: 1,
      wordsLost: lost,
      duplicateWrites: 0,
      unhandledErrors: errors.list.length,
      checked: `${Math.round(typed.length / 1000)} K characters saved, previewed, ended, identical after a reload`,
    });
    expect(lost).toBe(0);
    expect(errors.list).toEqual([]);
  });
});

describe('a 200 KB report, with the platform', () => {
  const TOKEN = 'cadence-hostile-token';
  let dir: string;
  let server: PlatformServer;
  let browser: LaunchedBrowser;
  let errors: ExtensionErrors;
  let options: Page;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cadence-hostile-'));
    server = await startPlatformServer({ port: 0, dataFile: path.join(dir, 'platform.json'), token: TOKEN });
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context);
    errors = watchExtensionErrors(browser.context, browser.extensionId);
    options = await openOptionsPage(browser.context, browser.extensionId);
    expect(await sendFromPage(options, { type: 'platform/connect', baseUrl: server.url, token: TOKEN })).toMatchObject({ ok: true });
    await until(
      async () => (await sendFromPage(options, { type: 'records/list' })).value.students,
      (s: unknown[]) => s.length === 5,
    );
  });
  afterAll(async () => {
    errors?.stop();
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps it whole, says beside the field what the platform takes, and sends it once when shortened', async (context) => {
    const report = longReport();
    const sessionId = 'ses-0003';
    let page = await openReport(browser, sessionId);
    const summary = page.getByLabel(text('reportSummary'));
    await summary.fill(report);
    await expect.poll(() => saveState(page), { timeout: 20_000 }).toBe('saved');
    const beside = await errorBeside(page, text('reportSummary'));
    expect(beside).toBe(fill('reportSummaryTooLong', report.trim().length.toLocaleString('en-US'), '50,000'));

    // Ending is refused with the same words, and nothing goes to the platform.
    await page.getByRole('button', { name: text('reportSend') }).click();
    await expect.poll(() => summary.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await errorBeside(page, text('reportSummary'))).toBe(beside);
    await sendFromPage(options, { type: 'platform/sync-now' });
    expect(server.state().reports.filter((r) => r.sessionId === sessionId)).toEqual([]);

    await page.reload();
    await summary.waitFor();
    const kept = await summary.inputValue();
    expect(kept).toBe(report);

    // Shortened to what the platform takes: it ends, and arrives once.
    const short = report.slice(0, 40_000).trim();
    await summary.fill(short);
    await expect.poll(() => saveState(page), { timeout: 20_000 }).toBe('saved');
    expect(await errorBeside(page, text('reportSummary'))).toBeNull();
    await page.getByRole('button', { name: text('reportSend') }).click();
    await until(
      async () => {
        await sendFromPage(options, { type: 'platform/sync-now' });
        return server.state().reports.filter((r) => r.sessionId === sessionId);
      },
      (reports) => reports.length > 0,
      20_000,
    );
    await sendFromPage(options, { type: 'platform/sync-now' });
    const arrived = server.state().reports.filter((r) => r.sessionId === sessionId);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]!.summary).toBe(short);
    await page.close();
    page = await openReport(browser, sessionId);
    await expect.poll(() => page.getByRole('main').innerText(), { timeout: 20_000 }).toContain(before('reportDeliverySent'));
    await page.close();

    const lost = wordsLost(report, kept) + wordsLost(short, arrived[0]!.summary);
    recordFault(context, {
      fault: 'a 200 KB report past the platform limit',
      tried: 1,
      wordsLost: lost,
      duplicateWrites: arrived.length - 1,
      unhandledErrors: errors.list.length,
      checked: 'limit said beside the field, nothing sent or cut; shortened report arrived once',
    });
    expect(lost).toBe(0);
    expect(errors.list).toEqual([]);
  });
});

/** Everything Cadence keeps, as its export says it, less the moment of the export. */
async function storedData(page: Page): Promise<unknown> {
  const reply = await sendFromPage(page, { type: 'data/export' });
  const { exportedAt: _, ...data } = JSON.parse(reply.value);
  return data;
}

/** Runs `expression` in the content script's own world in a Meet tab, as a compromised content script would. */
async function inContentScript(cdp: CDPSession, contextId: number, expression: string): Promise<unknown> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    contextId,
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

describe('messages forged by a page', () => {
  const CODE = 'frg-abcd-efg';
  let browser: LaunchedBrowser;
  let errors: ExtensionErrors;
  let options: Page;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context);
    errors = watchExtensionErrors(browser.context, browser.extensionId);
    options = await openOptionsPage(browser.context, browser.extensionId);
    expect(await sendFromPage(options, { type: 'data/import', json: seededExport(CODE) })).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    errors?.stop();
    await browser?.close();
  });

  it("leaves the call and the records alone whatever Meet's page sends: messages, posts and events into the panel", async (context) => {
    const call = await MeetCallPage.open(browser.context, CODE);
    await call.meetAction('join');
    await call.expectCallState('in-call');
    await call.button('nextPhase').waitFor();
    // The checklist, opened by the mentor, for the page's script to try its boxes.
    await call.panel.locator('.checklist-toggle').click();
    await call.panel.getByRole('checkbox').first().waitFor();
    const live = async () => (await sendFromPage(options, { type: 'live-session/for-call', meetingCode: CODE })).value;
    const session = await live();
    const stored = await storedData(options);
    const { page } = call;
    const id = browser.extensionId;

    // 1. The page has no way to the background: no chrome.runtime to send with.
    const direct = await page.evaluate(
      async ([extensionId, sessionId]) => {
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } } }).chrome
          ?.runtime;
        if (!runtime?.sendMessage) return 'no chrome.runtime.sendMessage in the page';
        try {
          return JSON.stringify(await runtime.sendMessage(extensionId, { type: 'live-session/end', sessionId }));
        } catch (error) {
          return `refused: ${String(error)}`;
        }
      },
      [id, session.id],
    );
    expect(direct).toMatch(/^(no chrome\.runtime|refused)/);

    // 2. Posts that look like Cadence's messages, or like WXT's "a newer script started".
    const posted = await page.evaluate(
      ([extensionId, sessionId]) => {
        const posts = [
          { type: 'live-session/end', sessionId },
          { type: 'live-session/go-to-phase', sessionId, index: 2 },
          { type: 'data/wipe' },
          { type: 'platform/connect', baseUrl: 'https://evil.example', token: 'x' },
          { type: `${extensionId}:meet:wxt:content-script-started`, contentScriptName: 'meet', messageId: 'page' },
          { type: 'wxt:content-script-started', contentScriptName: 'meet', messageId: 'page' },
        ];
        for (const post of posts) window.postMessage(post, '*');
        return posts.length;
      },
      [id, session.id],
    );

    // 3. Events into the panel's open shadow root: clicks and keys made by script, WXT's own events.
    const dispatched = await page.evaluate((extensionId) => {
      const root = document.querySelector('cadence-panel')!.shadowRoot!;
      const buttons = [...root.querySelectorAll('button')];
      const named = (name: string) => buttons.find((b) => b.textContent?.includes(name));
      let count = 0;
      for (const name of ['Next phase', 'End the session']) {
        named(name)?.click();
        named(name)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        named(name)?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        count += 3;
      }
      const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.click();
      box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      count += 2;
      document.dispatchEvent(
        new CustomEvent(`${extensionId}:meet:wxt:content-script-started`, { detail: { contentScriptName: 'meet', messageId: 'page' } }),
      );
      window.dispatchEvent(new Event(`${extensionId}:meet:wxt:locationchange`));
      return count + 2;
    }, id);

    // The mentor's own click goes after anything the page made the content script send: one phase on, no more.
    expect(await page.evaluate(() => !!document.querySelector('cadence-panel'))).toBe(true);
    await call.button('nextPhase').click();
    await expect.poll(() => call.currentPhaseName()).toBe(text('phaseProgress'));
    const after = await until(
      () => live(),
      (now) => now.phaseChanges.length > session.phaseChanges.length,
    );
    expect(after).toMatchObject({ id: session.id, endedAt: null, checked: session.checked });
    expect(after.phaseChanges.map((change: { index: number }) => change.index)).toEqual([0, 1]);
    const { liveSessions: _, ...rest } = (await storedData(options)) as Record<string, unknown>;
    const { liveSessions: __, ...restBefore } = stored as Record<string, unknown>;
    expect(rest).toEqual(restBefore);
    // A Meet tab closed mid-call ends its session: let that land before the next test reads the records.
    await page.close();
    await until(
      async () => ((await storedData(options)) as { liveSessions: { endedAt: number | null }[] }).liveSessions,
      (sessions) => sessions.every((s) => s.endedAt !== null),
    );

    recordFault(context, {
      fault: 'Meet page: runtime message, posts, events into the panel',
      tried: 1 + posted + dispatched,
      wordsLost: 0,
      duplicateWrites: 0,
      unhandledErrors: errors.list.length,
      checked: 'no way to send; call, panel and records unchanged; panel still answers',
    });
    expect(errors.list).toEqual([]);
  });

  it('refuses malformed, huge and prototype-polluting messages from an extension page, and changes nothing', async (context) => {
    const stored = await storedData(options);
    const huge = 'x'.repeat(8_000_000);
    const malformed: unknown[] = [
      null,
      'data/wipe',
      42,
      [],
      {},
      { type: 'data/wipe-all', extra: { nested: true } },
      { type: 'records/save-student' },
      { type: 'records/save-student', student: { name: 'No id, no path' } },
      { type: 'records/delete-student', id: 42 },
      { type: 'records/delete-student', id: huge },
      { type: 'report/save-draft', sessionId: 'local-this-week', editorId: crypto.randomUUID(), baseRevision: 0, fields: { summary: 12 } },
      {
        type: 'report/save-draft',
        sessionId: 'local-this-week',
        editorId: crypto.randomUUID(),
        baseRevision: 0,
        fields: { attendance: { status: 'present', lateMinutes: 0 }, summary: huge, privateNotes: '', skillEvaluations: [] },
      },
      { type: 'workspace/set-hours', liveSessionId: 'not-a-uuid', hours: 5 },
      {
        type: 'workspace/add-goal',
        liveSessionId: crypto.randomUUID(),
        work: { kind: 'exercise', title: 'x', url: 'javascript:alert(1)', estimatedMinutes: 10, skills: [], exerciseId: null, level: null },
      },
      {
        type: 'exercises/save-mine',
        exercise: {
          id: null,
          title: 't',
          instructions: '',
          skills: Array.from({ length: 10_000 }, (_, i) => `s${i}`),
          level: 1,
          minutes: 10,
          paths: [],
          projects: [],
        },
      },
      { type: 'data/import', json: huge },
      {
        type: 'data/import',
        json: '{"format":"cadence-export","version":2,"exportedAt":"2026-01-01T00:00:00Z","students":' + '['.repeat(5_000),
      },
      { type: 'sessions/cancel', sessionId: 'local-this-week', by: 'student', reason: 'illness', cancelledAt: 9e15, comment: '' },
      { type: 'live-session/go-to-phase', sessionId: crypto.randomUUID(), index: -1 },
    ];
    const replies: unknown[] = [];
    for (const message of malformed) {
      replies.push(
        await options.evaluate(
          (m) =>
            (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime
              .sendMessage(m)
              .catch((error: unknown) => ({ thrown: String(error) })),
          message,
        ),
      );
    }
    for (const [index, reply] of replies.entries()) {
      expect(reply, JSON.stringify(malformed[index]).slice(0, 200)).toMatchObject({
        ok: false,
        error: { code: expect.stringMatching(/^(invalid-message|invalid-file)$/) },
      });
    }

    // Keys named __proto__ or constructor, as JSON gives them to a page: kept out of the records and of every object.
    const polluted = await options.evaluate(async () => {
      const send = (m: unknown) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<any> } } }).chrome.runtime.sendMessage(m);
      const student = JSON.parse(
        '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"id":null,"name":"Proto Test","pathName":"Web","projectName":"","mentorGuideUrl":"","timezone":"Europe/Paris","weeklyHours":5,"level":1}',
      );
      const saved = await send({ type: 'records/save-student', student, __proto__: { polluted: 'yes' } });
      const file = JSON.parse(
        '{"__proto__":{"polluted":"yes"},"format":"cadence-export","version":2,"exportedAt":"2026-01-01T00:00:00Z","students":[],"sessions":[],"exercises":[],"liveSessions":[]}',
      );
      const imported = await send({ type: 'data/import', json: JSON.stringify(file) });
      const removed = saved.ok ? await send({ type: 'records/delete-student', id: saved.value.id }) : null;
      return { saved, imported: imported.ok, removed: removed?.ok, ownKeys: saved.ok ? Object.keys(saved.value) : [] };
    });
    expect(polluted.saved).toMatchObject({ ok: true, value: { name: 'Proto Test' } });
    expect(polluted.ownKeys).not.toContain('__proto__');
    expect(polluted.imported).toBe(true);
    expect(polluted.removed).toBe(true);
    const worker = await getServiceWorker(browser.context, browser.extensionId, { wake: true });
    expect(
      await worker.evaluate(() => [
        ({} as { polluted?: string }).polluted,
        Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
      ]),
    ).toEqual([undefined, false]);
    expect(await storedData(options)).toEqual(stored);

    recordFault(context, {
      fault: 'extension page: malformed, huge, __proto__ messages',
      tried: malformed.length + 2,
      wordsLost: 0,
      duplicateWrites: 0,
      unhandledErrors: errors.list.length,
      checked: 'each refused with invalid-message; no prototype touched; records unchanged',
    });
    expect(errors.list).toEqual([]);
  });

  it("refuses the content script's sender whatever only Cadence's pages may ask", async (context) => {
    const call = await MeetCallPage.open(browser.context, CODE);
    await call.button('nextPhase').or(call.panel.getByRole('button').first()).first().waitFor();
    const stored = await storedData(options);
    const cdp = await browser.context.newCDPSession(call.page);
    const worlds: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: world }) => worlds.push(world as (typeof worlds)[number]));
    await cdp.send('Runtime.enable');
    const world = await until(
      async () => worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(browser.extensionId)),
      (found) => !!found,
    );
    const pageOnly = [
      { type: 'records/list' },
      { type: 'data/export' },
      { type: 'data/wipe' },
      { type: 'data/import', json: seededExport('aaa-bbbb-ccc') },
      { type: 'platform/overview' },
      { type: 'platform/connect', baseUrl: 'https://evil.example', token: 'stolen' },
      { type: 'report/open', sessionId: 'local-this-week' },
      { type: 'students/record', studentId: SEED_STUDENT.id },
      { type: 'records/delete-student', id: SEED_STUDENT.id },
      { type: 'workspace/open', liveSessionId: crypto.randomUUID() },
    ];
    const replies: unknown[] = [];
    for (const message of pageOnly) {
      replies.push(await inContentScript(cdp, world!.id, `chrome.runtime.sendMessage(${JSON.stringify(message)})`));
    }
    expect(replies).toEqual(pageOnly.map(() => ({ ok: false, error: { code: 'forbidden' } })));
    // What it may ask about its own call still works, and a made-up session is not found.
    expect(
      await inContentScript(
        cdp,
        world!.id,
        `chrome.runtime.sendMessage(${JSON.stringify({ type: 'live-session/end', sessionId: crypto.randomUUID() })})`,
      ),
    ).toEqual({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await storedData(options)).toEqual(stored);
    await cdp.detach();
    await call.page.close();

    recordFault(context, {
      fault: "Meet tab's content script asking what only pages may",
      tried: pageOnly.length + 1,
      wordsLost: 0,
      duplicateWrites: 0,
      unhandledErrors: errors.list.length,
      checked: `${pageOnly.length} requests refused as forbidden; records unchanged`,
    });
    expect(errors.list).toEqual([]);
  });
});

/** Markup that would run if any of it reached the page as HTML. */
const PAYLOADS = {
  img: '<img src=x onerror="window.__cadencePwned=1">',
  script: '<script>window.__cadencePwned=1</script>',
  svg: '"><svg onload="window.__cadencePwned=1">',
} as const;
const JS_LINK = 'javascript:window.__cadencePwned=1';

/** What a page (or frame) shows, fields' values included. */
const shownIn = (target: Page | Frame) =>
  target.evaluate(() =>
    [
      document.body.innerText,
      ...[
        ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
          'textarea, input:is([type="text"], [type="url"], [type="search"], :not([type]))',
        ),
      ].map((f) => f.value),
    ].join('\n'),
  );

/** Whether anything of the payloads ran or became an element. */
const ranIn = (target: Page | Frame) =>
  target.evaluate(() => ({
    pwned: (globalThis as { __cadencePwned?: unknown }).__cadencePwned ?? null,
    elements: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], script:not([src])').length,
  }));

describe('HTML and script in every text field', () => {
  const CODE = 'htm-lscr-ipt';
  const { img, script, svg } = PAYLOADS;
  const SUMMARY = `${img} ${script} ${svg}`;
  let browser: LaunchedBrowser;
  let errors: ExtensionErrors;
  let options: Page;
  let liveId: string;

  /** Each field, what went in, and the places it must show as text. */
  const FIELDS: { field: string; payload: string; places: string[] }[] = [
    { field: 'options › student name', payload: img, places: ['options', 'popup', 'hostile student page'] },
    { field: 'options › student path', payload: script, places: ['options', 'hostile student page'] },
    { field: 'options › student project', payload: svg, places: ['options', 'hostile student page'] },
    { field: 'options › my exercise title', payload: svg, places: ['options'] },
    { field: 'options › my exercise skills', payload: script, places: ['options'] },
    { field: 'options › my exercise paths', payload: img, places: ['options'] },
    { field: 'review › note', payload: img, places: ['Meet panel', 'side panel', 'student page'] },
    { field: 'review › unasked work title', payload: svg, places: ['Meet panel', 'side panel', 'student page'] },
    { field: 'review › unasked work note', payload: script, places: ['Meet panel', 'side panel', 'student page'] },
    { field: 'next week › goal title', payload: script, places: ['Meet panel', 'side panel', 'report', 'copied text', 'student page'] },
    { field: 'report › summary', payload: SUMMARY, places: ['report', 'copied text', 'student page'] },
    { field: 'report › private notes', payload: script, places: ['report', 'student page'] },
    { field: 'report › skill', payload: img, places: ['report', 'copied text', 'student page'] },
    { field: 'report › skill comment', payload: svg, places: ['report', 'copied text', 'student page'] },
    { field: 'transfer › reason', payload: img, places: ['transfer request'] },
    { field: 'transfer › message to the student', payload: script, places: ['transfer request'] },
  ];

  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context);
    errors = watchExtensionErrors(browser.context, browser.extensionId);
    options = await openOptionsPage(browser.context, browser.extensionId);
    expect(await sendFromPage(options, { type: 'data/import', json: seededExport(CODE, 3 * 60_000) })).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    errors?.stop();
    await browser?.close();
  });

  it('takes every text field as typed, and refuses javascript: links beside the field', async (context) => {
    const main = options.getByRole('main');
    // A student, with a javascript: guide link refused first.
    await options.getByRole('button', { name: text('optionsAddStudent') }).click();
    await options.getByLabel(text('optionsStudentName'), { exact: true }).fill(img);
    await options.getByLabel(text('optionsStudentPath'), { exact: true }).fill(script);
    await options.getByLabel(text('optionsStudentProject'), { exact: true }).fill(svg);
    await options.getByLabel(text('optionsStudentGuide'), { exact: true }).fill(JS_LINK);
    await options.getByLabel(text('optionsStudentHours')).fill('6');
    await options.getByRole('button', { name: text('optionsAddStudentSubmit') }).click();
    expect(await errorBeside(options, text('optionsStudentGuide'))).toBe(text('optionsLinkInvalid'));
    await options.getByLabel(text('optionsStudentGuide'), { exact: true }).fill('');
    await options.getByRole('button', { name: text('optionsAddStudentSubmit') }).click();
    await expect.poll(() => main.innerText()).toContain(fill('optionsStudentAdded', img));

    // A session with them tomorrow, with a javascript: meeting link refused first.
    await options.getByRole('button', { name: fill('optionsScheduleSession', img) }).click();
    const tomorrow = new Date(Date.now() + DAY);
    const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000).toISOString().slice(0, 11);
    await options.getByLabel(text('optionsSessionStart')).fill(`${local}18:30`);
    await options.getByLabel(text('optionsMeetingLink')).fill(JS_LINK);
    await options.getByRole('button', { name: text('optionsScheduleSubmit'), exact: true }).click();
    expect(await errorBeside(options, text('optionsMeetingLink'))).toBe(text('optionsLinkInvalid'));
    await options.getByLabel(text('optionsMeetingLink')).fill('');
    await options.getByRole('button', { name: text('optionsScheduleSubmit'), exact: true }).click();
    await expect.poll(() => main.innerText()).toContain(text('optionsSessionPending'));

    // One of my exercises.
    await options.getByRole('button', { name: text('myExercisesNew') }).click();
    const exercise = options
      .getByRole('form')
      .or(options.locator('form'))
      .filter({ has: options.getByLabel(text('myExercisesInstructions')) });
    await exercise.getByLabel(text('myExercisesTitle'), { exact: true }).fill(svg);
    await exercise.getByLabel(text('myExercisesInstructions')).fill(img);
    await exercise.getByLabel(text('myExercisesSkills'), { exact: true }).fill(script);
    await exercise.getByLabel(text('myExercisesPathsField'), { exact: true }).fill(img);
    await exercise.getByLabel(text('myExercisesMinutes')).fill('30');
    await exercise.getByRole('button', { name: text('myExercisesAddSubmit') }).click();
    await expect.poll(() => main.innerText()).toContain(fill('myExercisesAdded', svg));

    // The platform's address: javascript: is refused beside the field.
    await options.getByLabel(text('optionsPlatformUrl')).fill(JS_LINK);
    await options.getByLabel(text('optionsPlatformToken')).fill('token');
    await options.getByRole('button', { name: text('optionsTestConnection') }).click();
    expect(await errorBeside(options, text('optionsPlatformUrl'))).toBe(text('optionsUrlInvalid'));

    // The session's work: a note, work done unasked, a goal (its javascript: link refused first).
    const live = await sendFromPage(options, { type: 'live-session/start', meetingCode: null });
    liveId = live.value.id;
    await sendFromPage(options, { type: 'workspace/link', liveSessionId: liveId, choice: { sessionId: 'local-this-week' } });
    const work = await browser.context.newPage();
    await work.goto(`chrome-extension://${browser.extensionId}/session-workspace.html#${liveId}`);
    await work.getByRole('tab', { name: text('workspaceTabReview') }).click();
    const first = work.getByRole('group', { name: SEED_ASSIGNMENTS[0]!.title, exact: true });
    await first.getByRole('radio', { name: text('reviewChoiceDifficulties') }).click();
    await expect.poll(() => first.getByRole('radio', { name: text('reviewChoiceDifficulties') }).isChecked()).toBe(true);
    await first.getByRole('button', { name: text('reviewAdviceAndNote') }).click();
    await first.getByLabel(text('reviewNote'), { exact: true }).fill(img);
    await first.getByRole('button', { name: text('reviewSaveNote') }).click();
    await expect.poll(() => first.innerText()).toContain(text('reviewNoteSaved'));
    await work.getByRole('button', { name: text('reviewUnaskedOpen') }).click();
    const unasked = work.locator('form').filter({ has: work.getByLabel(text('reviewUnaskedOutcome')) });
    await unasked.getByLabel(text('reviewUnaskedTitle'), { exact: true }).fill(svg);
    await unasked.getByLabel(text('reviewUnaskedMinutes')).fill('20');
    await unasked.getByLabel(text('reviewUnaskedSkills'), { exact: true }).fill(img);
    await unasked.getByLabel(text('reviewUnaskedOutcome')).selectOption({ label: text('reviewOutcomeDone') });
    await unasked.getByLabel(text('reviewNote'), { exact: true }).fill(script);
    await unasked.getByRole('button', { name: text('reviewUnaskedAdd'), exact: true }).click();
    await expect.poll(() => work.getByRole('main').innerText()).toContain(fill('reviewUnaskedAdded', svg));
    await work.getByRole('tab', { name: text('workspaceTabNextWeek') }).click();
    await work.getByRole('button', { name: text('goalsAdd') }).click();
    const goal = work.locator('form').filter({ has: work.getByLabel(text('goalsFormLink')) });
    await goal.getByLabel(text('goalsFormTitle'), { exact: true }).fill(script);
    await goal.getByLabel(text('goalsFormLink')).fill(JS_LINK);
    await goal.getByLabel(text('goalsFormMinutes')).fill('30');
    await goal.getByLabel(text('goalsFormSkills'), { exact: true }).fill(svg);
    await goal.getByRole('button', { name: text('goalsFormAdd') }).click();
    expect(await errorBeside(work, text('goalsFormLink'))).toBe(text('goalsFormLinkInvalid'));
    await goal.getByLabel(text('goalsFormLink')).fill('');
    await goal.getByRole('button', { name: text('goalsFormAdd') }).click();
    await expect.poll(() => work.getByRole('main').innerText()).toContain(fill('goalsAdded', script));
    await work.close();

    // The report: summary, private notes, a skill with its comment.
    const report = await openReport(browser, 'local-this-week');
    await report.getByLabel(text('reportSummary')).fill(SUMMARY);
    await report.getByLabel(text('reportPrivateNotes')).fill(script);
    await report.getByLabel(text('reportSkillToAdd')).fill(img);
    await report.getByRole('button', { name: text('reportSkillAdd') }).click();
    await report.getByRole('radio', { name: text('reportLevel3') }).check();
    await report.getByLabel(text('reportSkillComment')).fill(svg);
    await report.getByLabel(text('reportSkillComment')).blur();
    await expect.poll(() => saveState(report), { timeout: 10_000 }).toBe('saved');
    await report.close();

    // A transfer, from the student's page.
    const student = await browser.context.newPage();
    await student.goto(`chrome-extension://${browser.extensionId}/student.html#${SEED_STUDENT.id}`);
    await student.getByRole('button', { name: text('transferOpen') }).click();
    await student.getByLabel(text('transferReason')).fill(img);
    await student.getByLabel(text('transferMessage')).fill(script);
    await student.getByLabel(text('transferWhatWorks')).fill(svg);
    await student.getByRole('button', { name: text('transferSend') }).click();
    await expect.poll(() => student.getByRole('main').innerText()).toContain(before('transferRequested'));
    await student.close();

    // Stored as typed.
    const stored = JSON.stringify(await storedData(options));
    for (const { field, payload } of FIELDS) expect(stored, field).toContain(JSON.stringify(payload).slice(1, -1));
    expect(stored).not.toContain('javascript:');
    recordFault(context, {
      fault: 'HTML and script typed in every text field',
      tried: FIELDS.length + 4,
      wordsLost: 0,
      duplicateWrites: 0,
      unhandledErrors: errors.list.length,
      checked: `${FIELDS.length} fields stored as typed; 4 javascript: links refused beside the field`,
    });
    expect(errors.list).toEqual([]);
  });

  /** Opens each place where the fields show, as the mentor would, and gives what to read there. */
  const PLACES: {
    place: string;
    open: () => Promise<{ targets: (Page | Frame)[]; shown: () => Promise<string>; close: () => Promise<void> }>;
  }[] = [
    {
      place: 'options',
      open: async () => {
        const page = await openOptionsPage(browser.context, browser.extensionId);
        await page.getByRole('heading', { level: 3, name: img }).waitFor();
        return { targets: [page], shown: () => shownIn(page), close: () => page.close() };
      },
    },
    {
      place: 'popup',
      open: async () => {
        const page = await browser.context.newPage();
        await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
        await expect.poll(() => page.getByRole('main').innerText()).toContain(img);
        return { targets: [page], shown: () => shownIn(page), close: () => page.close() };
      },
    },
    {
      place: 'hostile student page',
      open: async () => {
        const { value } = await sendFromPage(options, { type: 'records/list' });
        const student = value.students.find((s: { name: string }) => s.name === img);
        const page = await browser.context.newPage();
        await page.goto(`chrome-extension://${browser.extensionId}/student.html#${student.id}`);
        await page.getByRole('heading', { level: 1, name: img }).waitFor();
        return { targets: [page], shown: () => shownIn(page), close: () => page.close() };
      },
    },
    {
      place: 'student page',
      open: async () => {
        const page = await browser.context.newPage();
        await page.goto(`chrome-extension://${browser.extensionId}/student.html#${SEED_STUDENT.id}`);
        await page.getByRole('heading', { level: 1, name: SEED_STUDENT.name }).waitFor();
        // The private notes are shown as an excerpt, the report in full on its own page.
        return { targets: [page], shown: () => shownIn(page), close: () => page.close() };
      },
    },
    {
      place: 'transfer request',
      open: async () => {
        // The request as the platform would receive it: read back from the records.
        const { value } = await sendFromPage(options, { type: 'students/record', studentId: SEED_STUDENT.id });
        const page = await browser.context.newPage();
        await page.goto(`chrome-extension://${browser.extensionId}/student.html#${SEED_STUDENT.id}`);
        await page.getByRole('heading', { level: 1, name: SEED_STUDENT.name }).waitFor();
        return {
          targets: [page],
          shown: async () => `${value.transfer.reason}\n${value.transfer.messageToStudent}\n${await shownIn(page)}`,
          close: () => page.close(),
        };
      },
    },
    {
      place: 'report',
      open: async () => {
        const page = await openReport(browser, 'local-this-week');
        await page.getByRole('button', { name: text('reportPreview') }).click();
        return { targets: [page], shown: () => shownIn(page), close: () => page.close() };
      },
    },
    {
      place: 'copied text',
      open: async () => {
        const page = await openReport(browser, 'local-this-week');
        await page.evaluate(() => {
          const copies: string[] = [];
          (globalThis as unknown as { copies: string[] }).copies = copies;
          navigator.clipboard.writeText = async (copied: string) => void copies.push(copied);
        });
        await page.getByRole('button', { name: text('reportPreview') }).click();
        await page.getByRole('button', { name: text('reportCopyText') }).click();
        await page.getByRole('button', { name: text('reportCopyMarkdown') }).click();
        await expect.poll(() => page.getByRole('main').innerText()).toContain(text('reportCopiedMarkdown'));
        const [plain, markdown] = await page.evaluate(() => (globalThis as unknown as { copies: string[] }).copies);
        // Markdown escapes every character that would make markup: no tag survives as one.
        expect(markdown).not.toMatch(/(^|[^\\])</);
        expect(markdown).toContain('\\<img src=x onerror="window.\\_\\_cadencePwned=1"\\>');
        return { targets: [page], shown: async () => plain!, close: () => page.close() };
      },
    },
    {
      place: 'Meet panel',
      open: async () => {
        const call = await MeetCallPage.open(browser.context, CODE);
        await call.meetAction('join');
        await call.expectCallState('in-call');
        await call.openWork();
        const frame = await until(async () => call.page.frames().find((f) => f.url().includes('session-workspace.html')), Boolean);
        await frame!.getByRole('tab', { name: text('workspaceTabReview') }).click();
        await expect.poll(() => shownIn(frame!)).toContain(svg);
        const shown = async () => {
          const parts = [await shownIn(frame!)];
          await frame!.getByRole('tab', { name: text('workspaceTabNextWeek') }).click();
          await expect.poll(() => shownIn(frame!)).toContain(script);
          parts.push(await shownIn(frame!));
          return parts.join('\n');
        };
        return { targets: [call.page, frame!], shown, close: () => call.page.close() };
      },
    },
    {
      place: 'side panel',
      open: async () => {
        const call = await MeetCallPage.open(browser.context, CODE);
        await call.meetAction('join');
        await call.expectCallState('in-call');
        const side = await browser.context.newPage();
        await side.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
        await call.page.bringToFront();
        // The side panel opens the session's work as the page's panel does: when the mentor asks. By its
        // name: until the side panel has the session, the same toggle opens the lobby's preview.
        await side.getByRole('button', { name: text('workOpen'), exact: true }).click({ timeout: 15_000 });
        const frame = await until(async () => side.frames().find((f) => f.url().includes('session-workspace.html')), Boolean, 15_000);
        await frame!.getByRole('tab', { name: text('workspaceTabReview') }).click();
        await expect.poll(() => shownIn(frame!)).toContain(svg);
        const shown = async () => {
          const parts = [await shownIn(frame!)];
          await frame!.getByRole('tab', { name: text('workspaceTabNextWeek') }).click();
          await expect.poll(() => shownIn(frame!)).toContain(script);
          parts.push(await shownIn(frame!));
          return parts.join('\n');
        };
        return {
          targets: [side, frame!, call.page],
          shown,
          close: async () => {
            await side.close();
            await call.page.close();
          },
        };
      },
    },
  ];

  it.for(PLACES)('shows them as text in the $place, and runs none of them', async ({ place, open }, context) => {
    const expected = FIELDS.filter((f) => f.places.includes(place));
    const opened = await open();
    const shown = await opened.shown();
    for (const { field, payload } of expected) expect(shown, field).toContain(payload);
    for (const target of opened.targets) expect(await ranIn(target), target.url()).toEqual({ pwned: null, elements: 0 });
    await opened.close();
    recordFault(context, {
      fault: `HTML and script shown in: ${place}`,
      tried: expected.length,
      wordsLost: 0,
      duplicateWrites: 0,
      unhandledErrors: errors.list.length,
      checked: 'shown as typed, as text; nothing ran, no element made',
    });
    expect(errors.list).toEqual([]);
  });
});

/** The direction the browser gives each place `text` shows, as a whole text or as a field's value. */
const directionsOf = (target: Page | Frame, text: string) =>
  target.evaluate((wanted) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() === wanted) found.push(getComputedStyle(node.parentElement!).direction);
    }
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (field.value === wanted) found.push(getComputedStyle(field).direction);
    }
    return found;
  }, text);

describe('right-to-left and emoji text', () => {
  const CODE = 'rtl-emoj-ite';
  const { name, path: pathName, project, note, comment } = RTL_SAMPLES;
  const SUMMARY = `${note}\n${comment}\nمرحبا 👋🏿 — שלום 🧑🏻‍🤝‍🧑🏾`;
  let browser: LaunchedBrowser;
  let errors: ExtensionErrors;
  let options: Page;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cadence-rtl-'));
    browser = await launchWithExtension({ locale: 'en-US' });
    await routeMeetFixtures(browser.context);
    errors = watchExtensionErrors(browser.context, browser.extensionId);
    options = await openOptionsPage(browser.context, browser.extensionId);
    expect(await sendFromPage(options, { type: 'data/import', json: seededExport(CODE) })).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    errors?.stop();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Each text where the mentor reads it, and the direction the browser gave it there. */
  async function readEverywhere(): Promise<{ place: string; text: string; directions: string[] }[]> {
    const read: { place: string; text: string; directions: string[] }[] = [];
    const page = await openOptionsPage(browser.context, browser.extensionId);
    await page.getByRole('heading', { level: 3, name }).waitFor();
    read.push({ place: 'options', text: name, directions: await directionsOf(page, name) });
    const { value } = await sendFromPage(page, { type: 'records/list' });
    const student = value.students.find((s: { name: string }) => s.name === name);
    await page.goto(`chrome-extension://${browser.extensionId}/student.html#${student.id}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    read.push({ place: 'student page', text: name, directions: await directionsOf(page, name) });
    await page.goto(`chrome-extension://${browser.extensionId}/report.html#local-this-week`);
    await page.getByLabel(text('reportSummary')).waitFor();
    read.push({ place: 'report', text: SUMMARY, directions: await directionsOf(page, SUMMARY) });
    await page.getByRole('button', { name: text('reportPreview') }).click();
    // The preview's paragraph comes before the field in the page.
    read.push({ place: 'report preview', text: SUMMARY, directions: (await directionsOf(page, SUMMARY)).slice(0, 1) });
    await page.close();
    return read;
  }

  it('keeps them exactly, shows them right to left, and carries them through an export, a wipe and an import', async (context) => {
    // Typed where a mentor types them: a student, a review note, a report.
    await options.getByRole('button', { name: text('optionsAddStudent') }).click();
    await options.getByLabel(text('optionsStudentName'), { exact: true }).fill(name);
    await options.getByLabel(text('optionsStudentPath'), { exact: true }).fill(pathName);
    await options.getByLabel(text('optionsStudentProject'), { exact: true }).fill(project);
    await options.getByLabel(text('optionsStudentHours')).fill('4');
    expect(await directionsOf(options, name)).toEqual(['rtl']);
    await options.getByRole('button', { name: text('optionsAddStudentSubmit') }).click();
    await expect.poll(() => options.getByRole('main').innerText()).toContain(fill('optionsStudentAdded', name));

    const live = await sendFromPage(options, { type: 'live-session/start', meetingCode: null });
    await sendFromPage(options, { type: 'workspace/link', liveSessionId: live.value.id, choice: { sessionId: 'local-this-week' } });
    const work = await browser.context.newPage();
    await work.goto(`chrome-extension://${browser.extensionId}/session-workspace.html#${live.value.id}`);
    await work.getByRole('tab', { name: text('workspaceTabReview') }).click();
    const first = work.getByRole('group', { name: SEED_ASSIGNMENTS[0]!.title, exact: true });
    await first.getByRole('radio', { name: text('reviewOutcomeDone'), exact: true }).click();
    await expect.poll(() => first.getByRole('radio', { name: text('reviewOutcomeDone'), exact: true }).isChecked()).toBe(true);
    await first.getByRole('button', { name: text('reviewAdviceAndNote') }).click();
    await first.getByLabel(text('reviewNote'), { exact: true }).fill(note);
    await first.getByRole('button', { name: text('reviewSaveNote') }).click();
    await expect.poll(() => first.innerText()).toContain(text('reviewNoteSaved'));
    expect(await directionsOf(work, note)).toEqual(['rtl']);
    await work.close();

    const report = await openReport(browser, 'local-this-week');
    await report.getByLabel(text('reportSummary')).fill(SUMMARY);
    await expect.poll(() => saveState(report), { timeout: 10_000 }).toBe('saved');
    await report.close();

    const shown = await readEverywhere();
    const exact = (data: unknown) => {
      const json = JSON.stringify(data);
      return [name, pathName, project, note, SUMMARY].filter((t) => !json.includes(JSON.stringify(t).slice(1, -1)));
    };
    expect(exact(await storedData(options))).toEqual([]);

    // Exported through the options page's button, everything deleted, the file imported back.
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: text('optionsExport') }).click();
    const file = path.join(dir, 'export.json');
    await (await download).saveAs(file);
    expect(exact(JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
    await options.getByRole('button', { name: text('optionsWipe') }).click();
    await options.getByRole('button', { name: text('optionsWipeConfirm') }).click();
    await expect.poll(() => options.getByRole('main').innerText()).toContain(text('optionsWiped'));
    await options.getByLabel(text('optionsImport')).setInputFiles(file);
    await expect.poll(() => options.getByRole('main').innerText()).toContain(text('optionsImported'));
    expect(exact(await storedData(options))).toEqual([]);
    const shownAgain = await readEverywhere();

    const wrong = [...shown, ...shownAgain].filter((read) => read.directions.length === 0 || read.directions.some((d) => d !== 'rtl'));
    expect(wrong).toEqual([]);
    recordFault(context, {
      fault: 'right-to-left and emoji text, through export and import',
      tried: shown.length + shownAgain.length,
      wordsLost: 0,
      duplicateWrites: 0,
      unhandledErrors: errors.list.length,
      checked: 'kept to the code point; shown right to left everywhere read; same after export, wipe, import',
    });
    expect(errors.list).toEqual([]);
  });
});

describe.each([
  {
    zone: 'Europe/Paris',
    // Typed in the session form → the instant stored, and whether the clocks skip the time typed.
    edges: [
      { typed: '2026-03-29T02:30', stored: '2026-03-29T01:00:00.000Z', skipped: true },
      { typed: '2026-10-25T02:30', stored: '2026-10-25T00:30:00.000Z', skipped: false },
      { typed: '2026-12-31T23:30', stored: '2026-12-31T22:30:00.000Z', skipped: false },
      { typed: '2027-01-01T00:00', stored: '2026-12-31T23:00:00.000Z', skipped: false },
      { typed: '2028-02-29T12:00', stored: '2028-02-29T11:00:00.000Z', skipped: false },
    ],
    // A session the Thursday before the clocks go back: next week's default keeps 18:00.
    beforeChange: { start: '2026-10-22T16:00:00.000Z', next: { date: '2026-10-29', time: '18:00' } },
  },
  {
    zone: 'America/New_York',
    edges: [
      { typed: '2026-03-08T02:30', stored: '2026-03-08T07:00:00.000Z', skipped: true },
      { typed: '2026-11-01T01:30', stored: '2026-11-01T05:30:00.000Z', skipped: false },
      { typed: '2026-12-31T23:59', stored: '2027-01-01T04:59:00.000Z', skipped: false },
      { typed: '2027-01-01T00:00', stored: '2027-01-01T05:00:00.000Z', skipped: false },
      { typed: '2028-02-29T00:00', stored: '2028-02-29T05:00:00.000Z', skipped: false },
    ],
    beforeChange: { start: '2026-10-29T22:00:00.000Z', next: { date: '2026-11-05', time: '18:00' } },
  },
])('dates at the edges, in $zone', ({ zone, edges, beforeChange }) => {
  const CODE = 'dat-edge-sxx';
  let browser: LaunchedBrowser;
  let errors: ExtensionErrors;
  let options: Page;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cadence-dates-'));
    browser = await launchWithExtension({ locale: 'en-US', timezone: zone });
    await routeMeetFixtures(browser.context);
    errors = watchExtensionErrors(browser.context, browser.extensionId);
    options = await openOptionsPage(browser.context, browser.extensionId);
    expect(await sendFromPage(options, { type: 'data/import', json: seededExport(CODE) })).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    errors?.stop();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('schedules sessions at clock changes, the turn of the year and a leap day as the mentor meant them', async (context) => {
    expect(await options.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(zone);
    // The records came in after the page drew its list.
    await options.reload();
    const start = options.getByLabel(text('optionsSessionStart'));
    const schedule = options.getByRole('button', { name: fill('optionsScheduleSession', SEED_STUDENT.name) });
    // As the options page lists a session: its date and time in the mentor's zone.
    const shownAs = (instant: string) => formatDateTime(instant, 'date-time', { language: 'en', timezone: zone });
    for (const edge of edges) {
      await schedule.click();
      await start.fill(edge.typed);
      const hint = await start.evaluate((field) => document.getElementById(`${field.id}-hint`)?.textContent ?? '');
      expect(hint.startsWith(before('optionsStartSkipped')), edge.typed).toBe(edge.skipped);
      await options.getByRole('button', { name: text('optionsScheduleSubmit'), exact: true }).click();
      await expect.poll(() => options.getByRole('main').innerText()).toContain(shownAs(edge.stored));
      // The form closes once the session is scheduled.
      await start.waitFor({ state: 'detached' });
    }
    const { value } = await sendFromPage(options, { type: 'records/list' });
    const starts = value.sessions.map((s: { start: string }) => s.start);
    for (const edge of edges) expect(starts, edge.typed).toContain(edge.stored);

    // Years a browser's date field allows but Cadence does not keep: said beside the field.
    await schedule.click();
    for (const typed of ['0001-01-01T10:00', '275760-09-13T00:00']) {
      await start.fill(typed);
      await options.getByRole('button', { name: text('optionsScheduleSubmit'), exact: true }).click();
      expect(await errorBeside(options, text('optionsSessionStart'))).toBe(text('optionsStartOutOfRange'));
    }
    expect((await sendFromPage(options, { type: 'records/list' })).value.sessions).toHaveLength(value.sessions.length);

    // Next week's default date, from a session just before the clocks change: the same wall-clock time.
    await sendFromPage(options, {
      type: 'data/import',
      json: JSON.stringify({
        ...JSON.parse(seededExport(CODE)),
        sessions: [
          { ...JSON.parse(seededExport(CODE)).sessions[1], id: 'local-before-change', start: beforeChange.start, meetingUrl: null },
        ],
      }),
    });
    const live = await sendFromPage(options, { type: 'live-session/start', meetingCode: null });
    await sendFromPage(options, { type: 'workspace/link', liveSessionId: live.value.id, choice: { sessionId: 'local-before-change' } });
    const work = await browser.context.newPage();
    await work.goto(`chrome-extension://${browser.extensionId}/session-workspace.html#${live.value.id}`);
    await work.getByRole('tab', { name: text('workspaceTabNextWeek') }).click();
    await expect.poll(() => work.getByLabel(text('nextSessionDate'), { exact: true }).inputValue()).toBe(beforeChange.next.date);
    expect(await work.getByLabel(text('nextSessionTime'), { exact: true }).inputValue()).toBe(beforeChange.next.time);
    await work.close();

    recordFault(context, {
      fault: `dates at the edges, ${zone}`,
      tried: edges.length + 3,
      wordsLost: 0,
      duplicateWrites: 0,
      unhandledErrors: errors.list.length,
      checked: 'stored and shown as meant; a skipped time said; years out of range said beside the field',
    });
    expect(errors.list).toEqual([]);
  });

  it('refuses a file or a request with a date no calendar has, says where, and changes nothing', async (context) => {
    const stored = await storedData(options);
    const bad = [
      { value: '0000-01-01T10:00:00Z', why: 'year 0' },
      { value: '+275760-09-13T00:00:00Z', why: 'year 275760' },
      { value: 'not a date', why: 'not a date' },
      { value: '2026-02-30T10:00:00+01:00', why: '2026-02-30' },
    ];
    for (const [index, { value }] of bad.entries()) {
      const file = JSON.parse(seededExport(CODE));
      file.students[0].name = 'Must not be imported';
      file.students[0].updatedAt = new Date().toISOString();
      file.sessions.push({ ...file.sessions[1], id: `local-bad-${index}`, start: value });
      const written = path.join(dir, `bad-${index}.json`);
      writeFileSync(written, JSON.stringify(file));
      await options.getByLabel(text('optionsImport')).setInputFiles(written);
      await expect
        .poll(() => options.getByRole('alert').allInnerTexts())
        .toContain(fill('optionsImportBadDate', text('optionsKindSessions'), file.sessions.length, 'start'));
    }
    const requests = bad.flatMap(({ value }) => [
      { type: 'records/schedule-session', session: { studentId: SEED_STUDENT.id, start: value, plannedMinutes: 50, meetingUrl: '' } },
      { type: 'sessions/reschedule', sessionId: 'local-this-week', start: value, plannedMinutes: 50 },
      { type: 'workspace/fix-next-session', liveSessionId: crypto.randomUUID(), start: value, plannedMinutes: 50 },
    ]);
    for (const request of requests) {
      expect(await sendFromPage(options, request as never), JSON.stringify(request)).toEqual({
        ok: false,
        error: { code: 'invalid-message' },
      });
    }
    expect(await storedData(options)).toEqual(stored);
    recordFault(context, {
      fault: `absurd dates in a file and in requests, ${zone}`,
      tried: bad.length + requests.length,
      wordsLost: 0,
      duplicateWrites: 0,
      unhandledErrors: errors.list.length,
      checked: 'file refused naming the record and the date; requests refused; nothing changed',
    });
    expect(errors.list).toEqual([]);
  });
});
