import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { sendToBackground } from '@/utils/protocol/send-to-background';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { mountSidePanel } from '@/components/side-panel/mount';
import { NO_SHADE } from '@/utils/core/session/screen-shade';
import { screenShadeItem } from '@/utils/shared/storage-items';
import { fakeActiveTabs, fakeNewsSource } from './support/active-tabs';
import { EXTENSION_ID, FROM_MEET, FROM_SIDE_PANEL, type TestBackground, testBackground } from './support/test-router';
import { manualTimers } from './support/manual-timers';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 30, 14, 0);
const MEET = 'https://meet.google.com/abc-defg-hij';
const ZOOM = 'https://zoom.us/j/123456789';

describe('the side panel', () => {
  let now: number;
  let clockTimers: ReturnType<typeof manualTimers>;
  let background: TestBackground;
  let sent: { type: string; meetingCode?: string | null }[];
  let pending: number;
  let host: HTMLElement;
  let stop: (() => void) | undefined;

  /** Waits until the panel's requests are answered and it has redrawn. */
  async function settle() {
    for (let quiet = 0; quiet < 2;) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      quiet = pending === 0 ? quiet + 1 : 0;
    }
  }

  beforeEach(async () => {
    now = T0;
    clockTimers = manualTimers(() => now);
    sent = [];
    pending = 0;
    background = await testBackground({ now: () => now, settings: () => DEFAULT_AGENDA_SETTINGS });
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });

  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  async function open(url: string, currentWindow?: () => Promise<number | null>) {
    const window = fakeActiveTabs(url);
    const news = fakeNewsSource(EXTENSION_ID);
    const send = ((message: { type: string }) => {
      sent.push(message);
      pending++;
      return background.route(message, FROM_SIDE_PANEL).finally(() => pending--);
    }) as typeof sendToBackground;
    const deps = {
      send,
      tabs: window.tabs,
      runtime: news.runtime,
      readLastError: window.readLastError,
      now: () => now,
      currentWindow,
      timers: clockTimers.timers,
    };
    stop = mountSidePanel(host, deps);
    await settle();
    return { window, news };
  }

  /** What Meet's own panel does in the Meet tab, the background telling pages after each change. */
  async function inPagePanel(message: object) {
    const reply = await background.route(message, FROM_MEET);
    return reply.ok ? (reply.value as { id: string }) : null;
  }

  const panel = () => host.querySelector<HTMLElement>('[role="complementary"]');
  const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(name));
  const current = () => host.querySelector('ol li[aria-current="step"] .phase-name')?.textContent;
  const elapsed = () => host.querySelector('[data-testid="session-elapsed"]')?.textContent;
  const tick = async (ms: number) => {
    now += ms;
    clockTimers.runDue();
    await settle();
  };

  it("on a Meet tab, shows the session Meet's own panel runs, and says so", async () => {
    await inPagePanel({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' });
    await open(MEET);
    // The session, then whose it is (the strip's name): nothing else is asked.
    expect(sent.map((message) => message.type)).toEqual(['live-session/for-call', 'live-session/glance']);
    expect(panel()?.getAttribute('aria-label')).toBe('Cadence session panel');
    expect(panel()?.textContent).toContain('Following the Meet call abc-defg-hij, like the panel in its tab.');
    expect(current()).toBe('Check-in');
    await tick(3 * MIN + 5_000);
    expect(elapsed()).toBe('3 min of 50 min');
    // The browser opens and closes its side panel: nothing here folds.
    expect(host.querySelector('[aria-label="Fold the Cadence panel"]')).toBeNull();
  });

  it("follows the moves made in Meet's own panel when the background tells of them", async () => {
    const live = await inPagePanel({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' });
    const { news } = await open(MEET);
    await inPagePanel({ type: 'live-session/go-to-phase', sessionId: live!.id, index: 1 });
    news.deliver({ type: 'live-session/changed', liveSessionId: live!.id });
    await settle();
    expect(current()).toBe('Progress');
    expect(sent.filter((m) => m.type === 'live-session/for-call')).toHaveLength(2);
  });

  it('shows the session Meet starts once the mentor joins after the side panel opened', async () => {
    const { news } = await open(MEET);
    expect(button('Start the session')).toBeTruthy();
    const live = await inPagePanel({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' });
    news.deliver({ type: 'live-session/changed', liveSessionId: live!.id });
    await settle();
    expect(current()).toBe('Check-in');
  });

  it('beside another video tool, offers to start the session by hand, then to end it', async () => {
    await open(ZOOM);
    expect(sent).toEqual([]);
    expect(panel()?.textContent).toContain('Not a Meet tab: start and end the session here yourself.');
    expect(panel()?.textContent).toContain('Cadence cannot tell whether the call has started.');
    button('Start the session')!.click();
    await settle();
    expect(sent[0]).toEqual({ type: 'live-session/start', meetingCode: null });
    expect(sent.map((message) => message.type)).toEqual(['live-session/start', 'live-session/glance']);
    expect(current()).toBe('Check-in');
    await tick(12 * MIN);
    button('End the session')!.click();
    await settle();
    expect(host.querySelector('[data-testid="strip-status"]')?.textContent).toBe('Session ended');
    expect(host.querySelector('.strip-times')?.textContent).toBe('12:00in all');
    // Beside another tool, Cadence cannot see the call end: it says only that the session did.
    expect(host.querySelector('h3')?.textContent).toBe('The report is next: write it while it is fresh');
  });

  it('changes call with the tab the mentor looks at', async () => {
    await inPagePanel({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' });
    const { window } = await open(ZOOM);
    expect(button('Start the session')).toBeTruthy();
    window.activate(MEET);
    await settle();
    expect(current()).toBe('Check-in');
    expect(panel()?.textContent).toContain('Following the Meet call abc-defg-hij');
  });

  it('shows the shade drawn while a Meet tab of its own window presents, not one of another window', async () => {
    const SIDE_PANEL_WINDOW = 3;
    await inPagePanel({ type: 'live-session/join-call', meetingCode: 'abc-defg-hij' });
    await open(MEET, async () => SIDE_PANEL_WINDOW);
    const shadeButton = () => host.querySelector('button[aria-label="Hide private details"]');
    expect(shadeButton()?.getAttribute('aria-pressed')).toBe('false');
    await screenShadeItem.setValue({ ...NO_SHADE, presenting: { 7: SIDE_PANEL_WINDOW } });
    await settle();
    expect(shadeButton()?.getAttribute('aria-pressed')).toBe('true');
    await screenShadeItem.setValue({ ...NO_SHADE, presenting: { 7: SIDE_PANEL_WINDOW + 1 } });
    await settle();
    expect(shadeButton()?.getAttribute('aria-pressed')).toBe('false');
  });

  it('names its page', async () => {
    await open(ZOOM);
    expect(document.title).toBe('Cadence: session panel');
    expect(document.documentElement.lang).toBe('en');
  });
});
