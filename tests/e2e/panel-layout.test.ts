// The panel sits beside Meet without touching it: styles, layout, folding, the keyboard and colours.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { contrastRatio, parseColour, relativeLuminance } from './support/colour-contrast';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures } from './support/meet-routes';
import { MeetCallPage, meetingUrl, workFrame } from './support/session-panel-page';

/** The colours the mentor reads: the panel's, in Meet's page, and the session's work, in its frame. */
const panelColours = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('cadence-panel')!.shadowRoot!.querySelector('.panel')!);
    return { background: style.backgroundColor, text: style.color };
  });
const workColours = (page: Page) =>
  workFrame(page)!.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, text: style.color };
  });

describe('the panel on a Meet call', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await routeMeetFixtures(browser.context, { fixture: 'meet-en' });
  });
  afterAll(() => browser?.close());

  const inCall = async (code: string) => {
    const call = await MeetCallPage.open(browser.context, code);
    await call.meetAction('join');
    await call.expectCallState('in-call');
    await call.button('nextPhase').waitFor();
    return call;
  };

  it("takes none of Meet's styles and gives none of its own", async () => {
    const call = await inCall('sty-aaaa-one');
    const ours = await call.button('nextPhase').evaluate((button) => {
      const style = getComputedStyle(button);
      return { background: style.backgroundColor, font: style.fontFamily, spacing: style.letterSpacing };
    });
    expect(ours.background).not.toBe('rgb(255, 0, 0)');
    expect(ours.font).not.toMatch(/^serif/);
    expect(ours.spacing).toBe('normal');
    const list = await call
      .phaseItems()
      .first()
      .evaluate((li) => getComputedStyle(li).listStyleType);
    expect(list).toBe('none');
    // The fixture's hostile rules still style Meet's own buttons, untouched by ours.
    const meets = await call.page
      .locator('[data-fixture-action="leave"]')
      .evaluate((button) => [getComputedStyle(button).backgroundColor, getComputedStyle(button).borderRadius]);
    expect(meets).toEqual(['rgb(255, 0, 0)', '24px']);
    await call.page.close();
  });

  it("takes no room in Meet's page, however Meet lays its page out", async () => {
    const call = await inCall('roo-aaaa-one');
    const appBox = await call.page.evaluate(() => {
      // Meet lays out its body as it likes; as a grid of equal rows, any box of ours would take a row.
      document.body.style.cssText = 'display: grid; grid-auto-rows: 1fr; height: 100vh';
      const box = () => JSON.stringify(document.getElementById('app')!.getBoundingClientRect());
      const withPanel = box();
      document.querySelector('cadence-panel')!.remove();
      return { withPanel, without: box() };
    });
    expect(appBox.withPanel).toBe(appBox.without);
    await call.page.close();
  });

  it("never covers Meet's control bar, even in a short window", async () => {
    const call = await inCall('lay-aaaa-one');
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1024, height: 480 },
    ]) {
      await call.page.setViewportSize(size);
      const panel = (await call.panel.boundingBox())!;
      const bar = (await call.page.locator('[data-fixture="control-bar"]').boundingBox())!;
      expect(panel.y + panel.height).toBeLessThanOrEqual(bar.y);
      expect(panel.x + panel.width).toBeLessThanOrEqual(size.width);
    }
    await call.page.close();
  });

  it('folds to its strip, and stays folded after a reload', async () => {
    const call = await inCall('fol-aaaa-one');
    await call.panel.getByRole('button', { name: call.text('panelCollapse') }).click();
    const tab = call.panel.getByRole('button', { name: call.text('panelExpand') });
    await tab.waitFor();
    expect(await call.phaseItems().count()).toBe(0);
    await call.page.reload();
    await tab.waitFor();
    await tab.click();
    await call.button('nextPhase').waitFor();
    await call.page.reload();
    await call.button('nextPhase').waitFor();
    await call.page.close();
  });

  it('works from the keyboard alone, with the focus always visible', async () => {
    const call = await inCall('key-aaaa-one');
    const page = call.page;
    // From Meet's last control, Tab walks into the panel.
    await page.locator('[data-fixture-action="leave"]').focus();
    const focusedInPanel = async () =>
      page.evaluate(() => {
        const root = document.querySelector('cadence-panel')?.shadowRoot;
        const active = root?.activeElement as HTMLElement | null | undefined;
        if (!active) return null;
        const style = getComputedStyle(active);
        return { label: active.getAttribute('aria-label') ?? active.textContent, outline: style.outlineStyle };
      });
    let reached = null;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await focusedInPanel();
    }
    // First the panel's edge, which the arrow keys move.
    expect(reached).toEqual({ label: call.text('panelWidth'), outline: 'solid' });

    // Keys pressed in the panel never bubble up to Meet's own shortcuts.
    await page.evaluate(() => {
      const counted = window as unknown as { meetKeys: number };
      counted.meetKeys = 0;
      window.addEventListener('keydown', () => counted.meetKeys++);
    });
    // Tab on to "Next phase" and move with Enter; tick the first checklist item with Space.
    while ((await focusedInPanel())?.label !== call.text('nextPhase')) await page.keyboard.press('Tab');
    expect((await focusedInPanel())?.outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => call.currentPhaseName()).toBe(call.text('phaseProgress'));
    // Back past "Previous phase" to the checklist's line, open it, and tick its first item.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => call.panel.getByRole('checkbox').first().isChecked()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { meetKeys: number }).meetKeys)).toBe(0);
    // The same listener does hear keys pressed on Meet's page itself.
    await page.locator('[data-fixture-action="leave"]').focus();
    await page.keyboard.press('Shift');
    expect(await page.evaluate(() => (window as unknown as { meetKeys: number }).meetKeys)).toBe(1);
    await page.close();
  });

  it('follows the system colour scheme, and stays legible on Meet’s dark and light themes', async () => {
    for (const [theme, code] of [
      ['dark', 'drk-aaaa-one'],
      ['light', 'lgt-aaaa-one'],
    ] as const) {
      const page = await browser.context.newPage();
      await page.goto(`${meetingUrl(code)}?theme=${theme}`);
      const call = new MeetCallPage(page);
      await call.meetAction('join');
      await call.expectCallState('in-call');
      const workShown = async () => {
        await call.openWork();
        await expect.poll(() => workFrame(page)?.locator('main').isVisible() ?? false).toBe(true);
      };
      await workShown();
      const meetBackground = parseColour(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      expect(relativeLuminance(meetBackground) > 0.5).toBe(theme === 'light');
      const seen: Record<string, string> = {};
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // The panel and the session's work take the system's scheme, not Meet's, on their own opaque background.
        for (const [where, read] of [
          ['panel', panelColours],
          ['work', workColours],
        ] as const) {
          const colours = await read(page);
          const background = parseColour(colours.background);
          const context = { theme, scheme, where, ...colours };
          expect({ ...context, opaque: background.a === 1 }).toEqual({ ...context, opaque: true });
          expect({ ...context, light: relativeLuminance(background) > 0.5 }).toEqual({ ...context, light: scheme === 'light' });
          expect(contrastRatio(parseColour(colours.text), background)).toBeGreaterThanOrEqual(7);
          seen[`${where}-${scheme}`] = colours.background;
        }
        expect({ theme, scheme, violations: await seriousViolations(page, 'cadence-panel') }).toEqual({ theme, scheme, violations: [] });

        // Folded, the panel is its strip over Meet's page: its focus ring stands out from that page, or from the
        // panel's own colour running between them.
        await call.panel.getByRole('button', { name: call.text('panelCollapse') }).focus();
        await page.keyboard.press('Enter');
        const tab = call.panel.getByRole('button', { name: call.text('panelExpand') });
        await expect.poll(() => tab.evaluate((button) => button.matches(':focus-visible'))).toBe(true);
        const ring = await tab.evaluate((button) => {
          const style = getComputedStyle(button);
          return { outline: style.outlineColor, halo: style.boxShadow };
        });
        const outline = parseColour(ring.outline);
        const standsOut = Math.max(
          contrastRatio(outline, meetBackground),
          ring.halo === 'none' ? 0 : contrastRatio(outline, parseColour(ring.halo)),
        );
        expect({ theme, scheme, ring, standsOut: standsOut >= 3 }).toEqual({ theme, scheme, ring, standsOut: true });
        await page.keyboard.press('Enter');
        // Opened again: the work was saved and closed as the panel folded; it opens in a new frame.
        await workShown();
      }
      expect(seen['panel-light']).not.toBe(seen['panel-dark']);
      expect(seen['work-light']).not.toBe(seen['work-dark']);
      await page.close();
    }
  });
});
