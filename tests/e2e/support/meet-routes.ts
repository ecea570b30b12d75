// Serves the hand-written Meet stand-ins (tests/fixtures/meet/) for https://meet.google.com/*
// and aborts every other request to the internet, so nothing waits on the closed network.
// The manifest's content script matches routed pages exactly as it would the real site.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from 'playwright-core';

export const MEET_FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/meet/', import.meta.url));

export type MeetFixture = 'meet-en' | 'meet-fr' | 'meet-de' | 'meet-renamed' | 'meet-churn';

export interface MeetRoutesOptions {
  /** Page served for meeting URLs (and /landing). Default 'meet-en'. */
  fixture?: MeetFixture;
  /** Folder of the fixtures. Default tests/fixtures/meet/. */
  dir?: string;
}

export interface MeetRoutes {
  /** Switch the page served from the next navigation on, e.g. per test. */
  setFixture(fixture: MeetFixture): void;
  /** Requests aborted because they left the machine: a test can assert this stays empty. */
  readonly aborted: string[];
  unroute(): Promise<void>;
}

// abc-defg-hij, as Meet's meeting codes are.
const MEETING_CODE = /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}\/?$/;

const LANDING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Google Meet</title></head>
<body><main data-fixture="minimal-landing"><h1>Video calls and meetings for everyone</h1></main></body></html>`;

/** What a request to the closed network gets: the same answer in Chromium (Playwright routes) and Firefox (BiDi). */
export type MeetAnswer =
  | { kind: 'pass' }
  | { kind: 'abort' }
  | { kind: 'file'; file: string; contentType: string }
  | { kind: 'page'; status: number; contentType: string; body: string };

/**
 * - https://meet.google.com/<meeting-code>?... and /landing → `<fixture>.html` (its script renders
 *   the view from ?view= or from the /landing path, per tests/fixtures/meet/README.md)
 * - https://meet.google.com/__fixtures__/<name>.js or .css → that file of the fixtures folder
 * - any other meet.google.com path → a minimal landing page (favicon.ico → 404)
 * - the extension's own pages and loopback servers → passed through untouched
 * - anything else → aborted: it would leave the machine
 */
export function answerMeetRequest(href: string, fixture: MeetFixture, dir = MEET_FIXTURES_DIR): MeetAnswer {
  const url = new URL(href);
  if (!url.protocol.startsWith('http') || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return { kind: 'pass' };
  if (url.protocol !== 'https:' || url.hostname !== 'meet.google.com') return { kind: 'abort' };
  const asset = /^\/__fixtures__\/([\w.-]+\.(js|css))$/.exec(url.pathname)?.[1];
  if (asset) return fixtureFile(path.join(dir, asset));
  if (MEETING_CODE.test(url.pathname) || url.pathname === '/landing') return fixtureFile(path.join(dir, `${fixture}.html`));
  if (url.pathname === '/favicon.ico') return { kind: 'page', status: 404, contentType: 'text/plain', body: '' };
  return { kind: 'page', status: 200, contentType: 'text/html; charset=utf-8', body: LANDING_PAGE };
}

function fixtureFile(file: string): MeetAnswer {
  // Read at request time: the fixtures may change between tests. Explicit charset for the accents.
  if (!existsSync(file)) return { kind: 'page', status: 404, contentType: 'text/plain', body: `no fixture ${file}` };
  const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
  return { kind: 'file', file, contentType: `${type}; charset=utf-8` };
}

/**
 * One handler for every URL, so the order of context.route() calls cannot matter (Playwright
 * tries the most recently added route first). A test may still add narrower routes after this
 * one; they win. chrome-extension:// is never routed.
 */
export async function routeMeetFixtures(context: BrowserContext, options: MeetRoutesOptions = {}): Promise<MeetRoutes> {
  const dir = options.dir ?? MEET_FIXTURES_DIR;
  let fixture: MeetFixture = options.fixture ?? 'meet-en';
  const aborted: string[] = [];

  const handler = async (route: Route): Promise<void> => {
    const answer = answerMeetRequest(route.request().url(), fixture, dir);
    switch (answer.kind) {
      case 'pass':
        return route.fallback();
      case 'abort':
        aborted.push(route.request().url());
        return route.abort('internetdisconnected');
      case 'file':
        return route.fulfill({ path: answer.file, contentType: answer.contentType });
      case 'page':
        return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
    }
  };

  await context.route('**', handler);
  return {
    setFixture(next) {
      fixture = next;
    },
    aborted,
    unroute: () => context.unroute('**', handler),
  };
}
