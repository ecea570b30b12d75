// Debian's Firefox ESR, headless, with the built Firefox extension installed through Firefox's own
// remote protocol (WebDriver BiDi): Playwright drives only Chromium here. Findings in README.md beside this file.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { answerMeetRequest, type MeetFixture } from './meet-routes';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/firefox-mv2', import.meta.url));
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Firefox gives each add-on a random moz-extension:// host; this pref fixes it, so errors can be told apart.
const EXTENSION_UUID = '5b6f2a4e-1c7d-4e8a-9f0b-3d2c1a0e9b77';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const PREFS: Record<string, string | boolean | number> = {
  'extensions.webextensions.uuids': JSON.stringify({ 'cadence@mentoring.example': EXTENSION_UUID }),
  // Errors and console.error of every context (the background page included) on stderr.
  'browser.dom.window.dump.enabled': true,
  'devtools.console.stdout.chrome': true,
  'devtools.console.stdout.content': true,
  'intl.locale.requested': 'en-US',
  // Offline and quiet: no first-run pages, updates or reports.
  'browser.startup.homepage': 'about:blank',
  'startup.homepage_welcome_url': 'about:blank',
  'datareporting.policy.firstRunURL': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'termsofuse.bypassNotification': true,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
};

export interface LaunchedFirefox {
  /** The tab's BiDi browsing context. */
  context: string;
  /** Lines Firefox printed about the extension's code failing (uncaught errors, console.error). */
  extensionErrors: string[];
  /** Evaluates an expression in the tab's page (not the content script), or in one of its frames, and returns its value. */
  evaluate<T>(expression: string, frame?: string): Promise<T>;
  /** The tab's frames, nested ones included, by BiDi context and URL. */
  frames(): Promise<{ context: string; url: string }[]>;
  /** Opens a URL in the tab; meet.google.com is answered from the Meet fixtures, the rest never leaves the machine. */
  open(url: string): Promise<void>;
  /** Clicks at a point of the tab's viewport as the mouse does (a trusted click: the panel refuses a script's). */
  click(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

type BidiMessage = { id?: number; type: string; method?: string; params?: any; result?: any; message?: string };

export async function launchFirefoxWithExtension(
  options: { extensionDir?: string; fixture?: MeetFixture; timeout?: number } = {},
): Promise<LaunchedFirefox> {
  const profile = mkdtempSync(path.join(tmpdir(), 'cadence-firefox-profile-'));
  writeFileSync(
    path.join(profile, 'user.js'),
    Object.entries(PREFS)
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );
  const firefox = spawn(FIREFOX_PATH, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const extensionErrors: string[] = [];
  let socket: WebSocket | undefined;
  const close = async () => {
    socket?.close();
    await stop(firefox);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const address = await bidiAddress(firefox, extensionErrors, options.timeout ?? 60_000);
    socket = new WebSocket(`${address}/session`);
    const bidi = await connect(socket);
    await bidi.send('session.new', { capabilities: {} });
    await bidi.send('webExtension.install', {
      extensionData: { type: 'path', path: options.extensionDir ?? FIREFOX_EXTENSION_DIR },
    });

    const fixture = options.fixture ?? 'meet-en';
    bidi.on('network.beforeRequestSent', (params) => {
      if (!params.isBlocked) return;
      void answer(bidi, params.request.request, params.request.url, fixture);
    });
    await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
    await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'] });

    const tree = await bidi.send('browsingContext.getTree', {});
    const context: string = tree.contexts[0].context;
    return {
      context,
      extensionErrors,
      async evaluate<T>(expression: string, frame = context) {
        // As JSON: BiDi's own serialisation of objects is a list of typed pairs.
        const asJson = `(async () => JSON.stringify((await (${expression})) ?? null))()`;
        const reply = await bidi.send('script.evaluate', { expression: asJson, target: { context: frame }, awaitPromise: true });
        if (reply.type === 'exception') throw new Error(`page threw: ${JSON.stringify(reply.exceptionDetails)}`);
        return JSON.parse(reply.result.value) as T;
      },
      async frames() {
        type Tree = { context: string; url: string; children?: Tree[] | null };
        const flat = (trees: Tree[]): { context: string; url: string }[] =>
          trees.flatMap((tree) => [{ context: tree.context, url: tree.url }, ...flat(tree.children ?? [])]);
        const { contexts } = await bidi.send('browsingContext.getTree', { root: context });
        return flat(contexts).slice(1);
      },
      async open(url: string) {
        await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
      },
      async click(x: number, y: number) {
        await bidi.send('input.performActions', {
          context,
          actions: [
            {
              type: 'pointer',
              id: 'mouse',
              actions: [
                { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ],
        });
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Firefox prints its BiDi address once listening; everything it prints about our code is kept. */
function bidiAddress(firefox: ChildProcess, extensionErrors: string[], timeout: number): Promise<string> {
  const extensionLine = new RegExp(`^(JavaScript error|console\\.error): .*(${FIREFOX_EXTENSION_ORIGIN}|"Cadence)`);
  return new Promise((resolve, reject) => {
    let printed = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not open its remote protocol in ${timeout} ms:\n${printed}`)), timeout);
    const read = (chunk: Buffer) => {
      printed += chunk.toString();
      const lines = printed.split('\n');
      printed = lines.pop()!;
      for (const line of lines) {
        if (extensionLine.test(line)) extensionErrors.push(line);
        const address = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(line)?.[1];
        if (address) {
          clearTimeout(timer);
          resolve(address);
        }
      }
    };
    firefox.stdout!.on('data', read);
    firefox.stderr!.on('data', read);
    firefox.once('exit', (code) => reject(new Error(`Firefox exited with ${code} before its remote protocol opened`)));
    firefox.once('error', reject);
  });
}

interface Bidi {
  send(method: string, params: object): Promise<any>;
  on(event: string, listener: (params: any) => void): void;
}

async function connect(socket: WebSocket): Promise<Bidi> {
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let lastId = 0;
  const pending = new Map<number, { resolve: (result: any) => void; reject: (error: Error) => void; method: string }>();
  const listeners = new Map<string, (params: any) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as BidiMessage;
    if (message.id !== undefined) {
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === 'error') call?.reject(new Error(`${call.method}: ${message.message}`));
      else call?.resolve(message.result);
    } else if (message.method) {
      listeners.get(message.method)?.(message.params);
    }
  });
  return {
    send(method, params) {
      const id = ++lastId;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, method });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    on(event, listener) {
      listeners.set(event, listener);
    },
  };
}

/** The same answers as the Chromium tests' routes (meet-routes.ts). */
async function answer(bidi: Bidi, request: string, url: string, fixture: MeetFixture): Promise<void> {
  const meet = answerMeetRequest(url, fixture);
  const respond = (statusCode: number, contentType: string, body: Buffer) =>
    bidi.send('network.provideResponse', {
      request,
      statusCode,
      reasonPhrase: statusCode === 200 ? 'OK' : 'Not Found',
      headers: [{ name: 'content-type', value: { type: 'string', value: contentType } }],
      body: { type: 'base64', value: body.toString('base64') },
    });
  // A tab closing mid-request leaves nothing to answer.
  const ignoreGone = () => undefined;
  switch (meet.kind) {
    case 'pass':
      return bidi.send('network.continueRequest', { request }).then(ignoreGone, ignoreGone);
    case 'abort':
      return bidi.send('network.failRequest', { request }).then(ignoreGone, ignoreGone);
    case 'file':
      return respond(200, meet.contentType, readFileSync(meet.file)).then(ignoreGone, ignoreGone);
    case 'page':
      return respond(meet.status, meet.contentType, Buffer.from(meet.body)).then(ignoreGone, ignoreGone);
  }
}

/** SIGTERM, then SIGKILL if Firefox has not exited within 5 s. */
async function stop(firefox: ChildProcess): Promise<void> {
  if (firefox.exitCode !== null || firefox.signalCode !== null) return;
  const exited = new Promise((resolve) => firefox.once('exit', resolve));
  firefox.kill('SIGTERM');
  const timer = setTimeout(() => firefox.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
