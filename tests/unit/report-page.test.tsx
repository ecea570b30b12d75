import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReportPage } from '@/components/report/report-page';
import { openNotification } from '@/utils/background/calls/notification-clicks';
import { NOTIFICATION } from '@/utils/background/calls/follow-ups';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { aSession, aStudent, iso, T0 } from './support/platform-records';
import { FROM_OPTIONS, type TestBackground, testBackground } from './support/test-router';

const HOUR = 3_600_000;
const REPORT_PAGE = 'chrome-extension://test-extension-id/report.html';

describe('the report page', () => {
  let background: TestBackground;
  let host: HTMLElement;

  beforeEach(async () => {
    background = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS });
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => background.route(message, FROM_OPTIONS));
    await background.db.put('students', aStudent());
    // Held this morning, its report not written: one to write. The one this afternoon is still to come.
    await background.db.put('sessions', aSession({ id: 'sess-1', start: iso(T0 - 4 * HOUR) }));
    await background.db.put('sessions', aSession({ id: 'sess-2', start: iso(T0 + 4 * HOUR) }));
    host = document.createElement('div');
    document.body.replaceChildren(host);
  });

  afterEach(() => {
    render(null, host);
    history.replaceState(null, '', location.pathname);
  });

  it('lists the reports to write when its address names no session, then opens the one picked', async () => {
    history.replaceState(null, '', location.pathname);
    render(<ReportPage language="en" timezone="UTC" />, host);
    await expect.poll(() => host.querySelector('h2')?.textContent).toBe('Reports to write');
    await expect.poll(() => host.querySelectorAll('li a').length).toBe(1);
    const link = host.querySelector<HTMLAnchorElement>('li a')!;
    expect(link.getAttribute('href')).toBe(`${REPORT_PAGE}#sess-1`);
    expect(link.textContent).toBe('Monday, November 30, 2026 10:00 AM · Awa Diallo');
    expect(host.textContent).not.toContain('could not');

    // The link changes only the address: the page follows it to that report.
    location.hash = 'sess-1';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await expect.poll(() => host.querySelector('textarea')).not.toBeNull();
    expect(host.querySelector('h2')?.textContent).not.toBe('Reports to write');
    // Its texts name the session's work, which this page is not, never a tab it does not have.
    expect(host.textContent).not.toContain('Next week tab');
  });

  it('says so when there is no report to write', async () => {
    await background.db.delete('sessions', 'sess-1');
    render(<ReportPage language="en" timezone="UTC" />, host);
    await expect.poll(() => host.textContent).toContain('No report to write: every session held has its report.');
  });
});

describe('a notification about a report', () => {
  let opened: string[];
  let background: TestBackground;

  beforeEach(async () => {
    background = await testBackground({ now: () => T0, settings: () => DEFAULT_AGENDA_SETTINGS });
    opened = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async ({ url }) => {
      opened.push(url!);
      return {} as never;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('opens the report page: the session’s report, or the list for a call never linked', async () => {
    await openNotification(`${NOTIFICATION.report}live-1|sess-1`, background.db, T0);
    await openNotification(`${NOTIFICATION.report}live-2|`, background.db, T0);
    await openNotification(NOTIFICATION.reports, background.db, T0);
    expect(opened).toEqual([`${REPORT_PAGE}#sess-1`, REPORT_PAGE, REPORT_PAGE]);
  });
});
