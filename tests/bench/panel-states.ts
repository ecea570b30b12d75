// The states of Cadence's panel that figure 3 measures, one small function each to put a fresh
// churn page's panel in it, and what the panel's own attributes say it is in.
//
// Only trusted input: the panel refuses events a page script dispatches (components/call-panel/
// forged-page-events.ts), so these are Playwright's clicks, as a mentor's. The folded state is
// kept in the extension's storage, so a browser's next page opens folded after a folded window:
// each function starts from whatever the page opened in.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { until } from '../e2e/support/until';

/**
 * - open: the default once the call is joined, the panel open with its work area closed
 * - folded: the panel folded to its strip
 * - work: the panel open with its work area open (the work's frame in it)
 * - aside: the browser's side panel shows the call, so the page's panel steps aside
 */
export const PANEL_STATES = ['open', 'folded', 'work', 'aside'] as const;
export type PanelState = (typeof PANEL_STATES)[number];

/** What the panel's attributes say; null where the attribute is missing. */
export interface PanelSeen {
  collapsed: string | null;
  workOpen: string | null;
  besideSidePanel: boolean;
  callState: string | null;
}

// The English words the buttons are named by, as shipped (the bench's browsers run in English).
const MESSAGES = fileURLToPath(new URL('../../public/_locales/en/messages.json', import.meta.url));
const messages = JSON.parse(readFileSync(MESSAGES, 'utf8')) as Record<string, { message: string }>;
const word = (key: string) => messages[key]!.message;

// Hidden ones too: aside, the panel is hidden (its host is), and its attributes are still read.
const panel = (page: Page): Locator => page.getByRole('complementary', { name: /Cadence/, includeHidden: true });
const HOST = 'cadence-panel';
const STATE_TIMEOUT_MS = 10_000;

/** How many panels the page has (on the page without Cadence: none). */
export const countPanels = (page: Page) => page.locator(HOST).count();

export async function readPanel(page: Page): Promise<PanelSeen> {
  const aside = panel(page);
  const [collapsed, workOpen, callState, besideSidePanel] = await Promise.all([
    aside.getAttribute('data-collapsed', { timeout: STATE_TIMEOUT_MS }),
    aside.getAttribute('data-work-open', { timeout: STATE_TIMEOUT_MS }),
    aside.getAttribute('data-call-state', { timeout: STATE_TIMEOUT_MS }),
    page.locator(`${HOST}[data-beside-side-panel]`).count(),
  ]);
  return { collapsed, workOpen, callState, besideSidePanel: besideSidePanel > 0 };
}

/** Whether the attributes say the panel is in `state` (a missing attribute never does). */
export function isIn(state: PanelState, seen: PanelSeen): boolean {
  switch (state) {
    case 'open':
      return seen.collapsed === 'false' && seen.workOpen === 'false' && !seen.besideSidePanel;
    case 'folded':
      return seen.collapsed === 'true' && seen.workOpen === 'false' && !seen.besideSidePanel;
    case 'work':
      return seen.collapsed === 'false' && seen.workOpen === 'true' && !seen.besideSidePanel;
    case 'aside':
      return seen.besideSidePanel;
  }
}

const waitFor = (page: Page, state: PanelState) =>
  until(
    () => readPanel(page),
    (seen) => isIn(state, seen),
    STATE_TIMEOUT_MS,
  );

async function unfold(page: Page): Promise<void> {
  if ((await readPanel(page)).collapsed !== 'true') return;
  // Not exact: a folded tab may carry the panel's title beside these words.
  await panel(page)
    .getByRole('button', { name: word('panelExpand') })
    .click({ timeout: STATE_TIMEOUT_MS });
  await until(
    () => readPanel(page),
    (seen) => seen.collapsed === 'false',
    STATE_TIMEOUT_MS,
  );
}

async function setWorkOpen(page: Page, open: boolean): Promise<void> {
  if ((await readPanel(page)).workOpen === String(open)) return;
  await panel(page).locator('[data-testid="work-toggle"]').click({ timeout: STATE_TIMEOUT_MS });
  await until(
    () => readPanel(page),
    (seen) => seen.workOpen === String(open),
    STATE_TIMEOUT_MS,
  );
}

async function open(page: Page): Promise<void> {
  await unfold(page);
  await setWorkOpen(page, false);
  await waitFor(page, 'open');
}

async function folded(page: Page): Promise<void> {
  await open(page);
  await panel(page)
    .getByRole('button', { name: word('panelCollapse'), exact: true })
    .click({ timeout: STATE_TIMEOUT_MS });
  await waitFor(page, 'folded');
}

async function work(page: Page): Promise<void> {
  await unfold(page);
  await setWorkOpen(page, true);
  // The work's page loads in its own frame: the window starts once it is there.
  await page.locator('iframe#cadence-work').waitFor({ state: 'attached', timeout: STATE_TIMEOUT_MS });
  await waitFor(page, 'work');
}

/**
 * Needs Cadence's side panel page open in the same browser (`openSidePanel`): it follows the front
 * tab's call, and the page's panel steps aside as it loads, before any click could reach it.
 */
async function aside(page: Page): Promise<void> {
  await page.bringToFront();
  await waitFor(page, 'aside');
}

/** Puts a churn page's panel in a state; throws when it is not in it after `STATE_TIMEOUT_MS`. */
export const SET_PANEL_STATE: Record<PanelState, (page: Page) => Promise<void>> = { open, folded, work, aside };
