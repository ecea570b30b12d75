// The Meet call page with Cadence's panel, as a mentor sees and uses it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

type Messages = Record<string, { message: string }>;
export type PanelLanguage = 'en' | 'fr';

/** The panel's texts, read from the shipped message files so tests follow the words. */
export function panelTexts(language: PanelLanguage) {
  const file = fileURLToPath(new URL(`../../../public/_locales/${language}/messages.json`, import.meta.url));
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Messages;
  return (key: string) => {
    const text = messages[key]?.message;
    if (!text) throw new Error(`no message ${key}`);
    return text;
  };
}

export function meetingUrl(code: string, view?: 'lobby' | 'in-call' | 'ended'): string {
  return `https://meet.google.com/${code}${view ? `?view=${view}` : ''}`;
}

/** m:ss or h:mm:ss → seconds. */
export function clockSeconds(text: string): number {
  const clock = /(\d+:)?\d+:\d\d/.exec(text)?.[0];
  if (!clock) throw new Error(`no clock in "${text}"`);
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** The session's work, in the panel's frame (a new frame each time the panel draws it again). */
export function workFrame(page: Page): Frame | undefined {
  return page
    .frames()
    .filter((frame) => frame.url().includes('/session-workspace.html') && !frame.isDetached())
    .at(-1);
}

export class MeetCallPage {
  readonly panel: Locator;
  readonly text: (key: string) => string;

  constructor(
    readonly page: Page,
    language: PanelLanguage = 'en',
  ) {
    this.text = panelTexts(language);
    this.panel = page.getByRole('complementary', { name: /Cadence/ });
  }

  static async open(context: BrowserContext, code: string, language: PanelLanguage = 'en') {
    const page = await context.newPage();
    const call = new MeetCallPage(page, language);
    await page.goto(meetingUrl(code));
    await call.panel.waitFor();
    return call;
  }

  /** Meet's own buttons, by the fixture's hooks (their names differ per language). */
  async meetAction(action: 'join' | 'leave' | 'rejoin' | 'home') {
    await this.page.locator(`[data-fixture-action="${action}"]`).click();
  }

  /** Meet shows its end screen by itself (the call closed from the other side): nothing clicked, the focus stays put. */
  async meetEndsCall() {
    await this.page.evaluate(() => (window as unknown as { __meetFixture: { show(view: string): void } }).__meetFixture.show('ended'));
  }

  callState() {
    return this.panel.getAttribute('data-call-state');
  }

  async expectCallState(state: string, timeout = 5_000) {
    await expect.poll(() => this.callState(), { timeout }).toBe(state);
  }

  phaseItems() {
    return this.panel.getByRole('list', { name: this.text('agendaLabel') }).getByRole('listitem');
  }

  async phases() {
    return this.phaseItems().evaluateAll((items) =>
      items.map((li) => ({
        name: li.querySelector('.phase-name')?.textContent ?? '',
        planned: li.querySelector('.phase-planned')?.textContent ?? '',
        current: li.getAttribute('aria-current') === 'step',
      })),
    );
  }

  async currentPhaseName() {
    return (await this.phases()).find((phase) => phase.current)?.name;
  }

  /** When the phase at hand reaches its planned end, as the strip knows it (its large type says it in minutes). */
  async phaseEndsAt() {
    return Number(await this.panel.locator('.strip').getAttribute('data-phase-ends-at'));
  }

  /** The time left in the phase at hand, in seconds, from the strip's phase end. */
  async phaseRemainingSeconds() {
    return ((await this.phaseEndsAt()) - Date.now()) / 1000;
  }

  button(key: string) {
    return this.panel.getByRole('button', { name: this.text(key), exact: true });
  }

  /** Opens the session's work (the panel's frame), if it is not open yet: once the session ended, by "Write the report". */
  async openWork() {
    const toggle = this.panel.getByTestId('work-toggle');
    const writeReport = this.button('writeReport');
    await toggle.or(writeReport).first().waitFor();
    // Joined, the panel may not have heard of the session yet: its work area is then the lobby's preview
    // (open, or one click away), which closes itself as the session starts. The work to open is the session's.
    await expect.poll(() => this.showsPreviewInCall(), { timeout: 30_000 }).toBe(false);
    if ((await this.panel.getAttribute('data-work-open')) !== 'true') {
      await ((await writeReport.count()) ? writeReport : toggle).click();
    }
    await this.page
      .frameLocator('iframe')
      .locator('main')
      .waitFor()
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\nWhat the panel and its frame showed: ${await this.workDiagnosis()}`);
      });
  }

  /** In the call, the work area is still the lobby's preview: its frame, or the toggle that opens it. */
  private async showsPreviewInCall(): Promise<boolean> {
    if ((await this.callState()) === 'lobby') return false;
    const frame = this.page.locator('iframe#cadence-work');
    // Each read gives up soon: the frame or the toggle may go between the count and the read (asked again then).
    const soon = { timeout: 1_000 };
    if (await frame.count()) return (await frame.getAttribute('src', soon).catch(() => '#call/'))?.includes('#call/') ?? false;
    const toggle = this.panel.getByTestId('work-toggle');
    return (await toggle.count()) > 0 && (await toggle.innerText(soon).catch(() => '')).trim() !== this.text('workOpen');
  }

  /** What a test that waited for the work in vain saw: the panel's state, the frame's address and its page. */
  private async workDiagnosis(): Promise<string> {
    const open = await this.panel.getAttribute('data-work-open').catch(() => null);
    const frames = this.page.frames().map((frame) => frame.url());
    const frame = workFrame(this.page);
    const page = frame
      ? await frame
          .evaluate(() => ({ readyState: document.readyState, html: document.body?.outerHTML.slice(0, 1500) ?? null }))
          .catch((error: Error) => error.message)
      : 'no frame';
    return JSON.stringify({ open, frames, page });
  }

  /** The report's draft in the session's work (the panel's frame), its tab opened. */
  async reportDraft() {
    await this.openWork();
    const work = this.page.frameLocator('iframe');
    await work.getByRole('tab', { name: this.text('workspaceTabReport') }).click();
    const field = work.getByLabel(this.text('reportSummary'));
    await field.waitFor();
    return field;
  }

  /** 'saving', 'saved' or 'error', as the report's draft says it. */
  reportSaveState() {
    return this.page.frameLocator('iframe').getByTestId('report-save-state').getAttribute('data-state');
  }
}
