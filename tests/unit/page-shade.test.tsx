import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followPageShade } from '@/components/common/page-shade';
import { ShadeCover } from '@/components/common/shade-cover';
import { NO_SHADE } from '@/utils/core/session/screen-shade';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import { screenShadeItem } from '@/utils/shared/storage-items';

const PRESENTED_WINDOW = 1;
const OTHER_WINDOW = 2;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a page under the screen shade', () => {
  let host: HTMLElement;
  let sent: unknown[];
  const send = (async (message: unknown) => {
    sent.push(message);
    return { ok: true, value: null };
  }) as typeof sendToBackground;

  beforeEach(() => {
    sent = [];
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });
  afterEach(() => render(null, host));

  async function pageIn(windowId: number) {
    const shade = followPageShade((id) => send({ type: 'screen/shade', shaded: false, windowId: id }), Promise.resolve(windowId));
    render(
      <ShadeCover shade={shade}>
        <main>
          <h1>Awa Diallo</h1>
          <textarea aria-label="Private notes" />
        </main>
      </ShadeCover>,
      host,
    );
    const main = host.querySelector('main')!;
    // Nothing private shows before the page knows whether its window is on show.
    expect(main.closest('[hidden]')).not.toBeNull();
    await tick();
    return main;
  }
  const shadeShown = () => host.querySelector('[data-testid="screen-shade"]');

  it('hides the student behind "Hidden while you present" while a Meet tab of its window presents, and shows them after', async () => {
    const main = await pageIn(PRESENTED_WINDOW);
    expect(main.closest('[hidden]')).toBeNull();
    expect(shadeShown()).toBeNull();

    await screenShadeItem.setValue({ ...NO_SHADE, presenting: { 7: PRESENTED_WINDOW } });
    await tick();
    expect(main.closest('[hidden]')).not.toBeNull();
    expect(shadeShown()?.textContent).toContain('Hidden while you present');

    await screenShadeItem.setValue(NO_SHADE);
    await tick();
    expect(main.closest('[hidden]')).toBeNull();
    expect(shadeShown()).toBeNull();
  });

  it('is not shaded in another window', async () => {
    const main = await pageIn(OTHER_WINDOW);
    await screenShadeItem.setValue({ ...NO_SHADE, presenting: { 7: PRESENTED_WINDOW } });
    await tick();
    expect(main.closest('[hidden]')).toBeNull();
  });

  it('asks to show them anyway in its own window, in one click, the focus moving with the shade', async () => {
    await screenShadeItem.setValue({ ...NO_SHADE, presenting: { 7: PRESENTED_WINDOW } });
    const main = await pageIn(PRESENTED_WINDOW);
    expect(main.closest('[hidden]')).not.toBeNull();
    const show = shadeShown()!.querySelector('button')!;
    expect(show.textContent).toBe('Show anyway');
    show.focus();
    show.click();
    expect(sent).toEqual([{ type: 'screen/shade', shaded: false, windowId: PRESENTED_WINDOW }]);
    // The background keeps it; storage tells the page.
    await screenShadeItem.setValue({ ...NO_SHADE, revealed: true, presenting: { 7: PRESENTED_WINDOW } });
    await tick();
    expect(main.closest('[hidden]')).toBeNull();
    // Preact runs the effect that moves it after the next frame.
    await vi.waitFor(() => expect(document.activeElement).toBe(host.querySelector('textarea')));
  });
});
