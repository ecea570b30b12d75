// Meet's own right-hand panel on the stand-in pages, in a real browser: the adapter's selectors read it as
// open exactly while one is shown, whatever the page's language, and the box takes the room Cadence leaves it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEET_SIDE_PANEL_INSET_PX, OPEN_SIDE_PANEL_BUTTON_SELECTOR, SIDE_PANEL_BUTTON_SELECTOR } from '../../utils/meet/meet-selectors';
import { launchWithExtension, type LaunchedBrowser } from './support/launch-extension';
import { routeMeetFixtures, type MeetFixture, type MeetRoutes } from './support/meet-routes';

describe('Meet’s own side panel on the stand-in pages', () => {
  let browser: LaunchedBrowser<null>;
  let routes: MeetRoutes;
  beforeAll(async () => {
    // The pages alone: what is checked is what the adapter reads, not the extension.
    browser = await launchWithExtension({ extensionDir: null });
    routes = await routeMeetFixtures(browser.context);
  });
  afterAll(() => browser?.close());

  const openPage = async (fixture: MeetFixture) => {
    routes.setFixture(fixture);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('https://meet.google.com/abc-defg-hij?view=in-call');
    await page.locator('[data-fixture="control-bar"]').first().waitFor();
    const reads = () =>
      page.evaluate(
        ([open, any]) => (document.querySelector(open!) ? true : document.querySelector(any!) ? false : null),
        [OPEN_SIDE_PANEL_BUTTON_SELECTOR, SIDE_PANEL_BUTTON_SELECTOR],
      );
    return { page, reads };
  };

  it.each([
    ['meet-en', 'In-call messages'],
    ['meet-fr', 'Messages dans l’appel'],
    ['meet-de', 'Nachrichten im Anruf'],
  ] as const)('%s: the chat button opens and closes it; its close button too', async (fixture, heading) => {
    const { page, reads } = await openPage(fixture);
    expect(await reads()).toBe(false);
    await page.locator('button[data-fixture-panel="chat"]').click();
    const panel = page.locator('[data-fixture="side-panel"]');
    await expect.poll(() => panel.locator('h2').innerText()).toBe(heading);
    expect(await reads()).toBe(true);
    const box = (await panel.boundingBox())!;
    expect(box).toMatchObject({ x: 1280 - 16 - 360, y: 16, width: 360 });
    expect(box.y + box.height).toBeLessThanOrEqual(800 - 80);
    expect(1280 - box.x + 16).toBe(MEET_SIDE_PANEL_INSET_PX);
    await page.locator('button[data-fixture-panel="chat"]').click();
    expect(await panel.count()).toBe(0);
    expect(await reads()).toBe(false);
    await page.locator('[data-fixture-panel="people"]').first().click();
    expect(await reads()).toBe(true);
    await panel.getByRole('button').click();
    expect(await reads()).toBe(false);
    await page.close();
  });

  it('keeps the button pressed through the control bar’s re-render, and answers the test API', async () => {
    const { page, reads } = await openPage('meet-en');
    await page.evaluate(() =>
      (window as unknown as { __meetFixture: { openSidePanel(name: string): void } }).__meetFixture.openSidePanel('people'),
    );
    expect(await reads()).toBe(true);
    // The bar is gone for 400 ms every 4 s: wait for one rebuild.
    await page.waitForFunction(() => !document.querySelector('[data-fixture="control-bar"]'), undefined, { timeout: 5_000 });
    await page.locator('[data-fixture="control-bar"]').waitFor();
    expect(await reads()).toBe(true);
    await page.evaluate(() => (window as unknown as { __meetFixture: { closeSidePanel(): void } }).__meetFixture.closeSidePanel());
    expect(await reads()).toBe(false);
    await page.close();
  });

  it('reads as closed on a Meet whose markup changed, even with its panel open', async () => {
    const { page, reads } = await openPage('meet-renamed');
    await page.locator('button[data-fixture-panel="chat"]').click();
    await page.locator('[data-fixture="side-panel"]').waitFor();
    expect(await reads()).toBeNull();
    await page.close();
  });

  it('the churning call opens it too', async () => {
    routes.setFixture('meet-churn');
    const page = await browser.context.newPage();
    await page.goto('https://meet.google.com/abc-defg-hij');
    await page.locator('[data-panel-id="2"]').waitFor();
    await page.locator('[data-panel-id="2"]').click();
    await page.locator('[data-fixture="side-panel"]').waitFor();
    expect(await page.locator('[data-panel-id="2"]').getAttribute('aria-pressed')).toBe('true');
    await page.evaluate(() => (window as unknown as { __meetFixture: { closeSidePanel(): void } }).__meetFixture.closeSidePanel());
    expect(await page.locator('[data-panel-id][aria-pressed="true"]').count()).toBe(0);
    await page.close();
  });
});
