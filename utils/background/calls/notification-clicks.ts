import { browser } from 'wxt/browser';
import type { CadenceDb } from '@/utils/background/db/cadence-db';
import { readWeekOverview } from '@/utils/background/stores/read-week-overview';
import { reportPageUrl } from '@/utils/shared/workspace-url';
import { NOTIFICATION } from './follow-ups';

/** Shows one of Cadence's notifications; a button only where the browser has them (Chrome). */
export async function showNotification(id: string, n: { title: string; message: string; button?: string }): Promise<void> {
  const buttons = n.button && import.meta.env.CHROME ? { buttons: [{ title: n.button }] } : {};
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: n.title,
    message: n.message,
    ...buttons,
  });
}

/** A click on a notification (or its button) opens what it is about. */
export async function openNotification(id: string, db: CadenceDb, now: number): Promise<void> {
  await browser.notifications.clear(id);
  let url: string | null = null;
  if (id.startsWith(NOTIFICATION.join)) {
    const session = await db.get('sessions', id.slice(NOTIFICATION.join.length));
    url = session?.meetingUrl ?? null;
  } else if (id.startsWith(NOTIFICATION.report)) {
    // `<live session id>|<session id>`; no session id: a call never linked, and the page lists the reports to write.
    const sessionId = id.slice(NOTIFICATION.report.length).split('|')[1];
    url = reportPageUrl(sessionId || null);
  } else if (id === NOTIFICATION.reports) {
    const first = (await readWeekOverview(db, now)).reportsOutstanding[0];
    url = reportPageUrl(first?.session.id ?? null);
  }
  if (url) await browser.tabs.create({ url });
}
