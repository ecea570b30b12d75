import { useSignal } from '@preact/signals';
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { AgendaSettingsForm } from './agenda-settings-form';
import { FirstSteps } from './first-steps';
import { DataTools } from './data-tools';
import { MyExercises } from './my-exercises';
import { PlatformConnection } from './platform-connection';
import { PolicySettingsForm } from './policy-settings-form';
import { PayRatesForm } from './pay-rates-form';
import { ReminderSettingsForm } from './reminder-settings-form';
import { ShortcutInfo } from './shortcut-info';
import { StudentRecords } from './student-records';
import { SyncStatus } from './sync-status';
import type { SyncOverview } from '@/utils/protocol/reply-views';
import { UpdateNote } from './update-note';

/** How often the sync status is read again while the page is in view. */
const OVERVIEW_REFRESH_MS = 5_000;

export function OptionsPage() {
  const overview = useSignal<SyncOverview | null>(null);
  /** Bumped when the records may have changed behind the list's back. */
  const recordsVersion = useSignal(0);

  const requests = useRef({ sent: 0, shown: 0 });

  const refreshOverview = useCallback(async () => {
    const request = ++requests.current.sent;
    const reply = await sendToBackground({ type: 'platform/overview' });
    // A failed read changes nothing shown: the next refresh tries again. An
    // answer overtaken by a later one would show the past.
    if (!reply.ok || request < requests.current.shown) return;
    requests.current.shown = request;
    // A sync that ran (here or on the background's alarm) may have brought records in.
    const before = overview.peek();
    if (before && before.lastSyncAt !== reply.value.lastSyncAt) recordsVersion.value++;
    overview.value = reply.value;
  }, []);
  const dataChanged = useCallback(() => {
    recordsVersion.value++;
    void refreshOverview();
  }, []);

  useEffect(() => {
    document.title = t('optionsTitle');
    document.documentElement.lang = mentorLanguage();
  }, []);

  // Read the sync status now, then every few seconds while the page is visible.
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const follow = () => {
      clearInterval(timer);
      timer = undefined;
      if (document.visibilityState === 'hidden') return;
      void refreshOverview();
      timer = setInterval(() => void refreshOverview(), OVERVIEW_REFRESH_MS);
    };
    follow();
    document.addEventListener('visibilitychange', follow);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', follow);
    };
  }, []);

  return (
    <main class="page">
      <h1>{t('optionsTitle')}</h1>
      <UpdateNote />
      <p>
        <a href="/privacy.html" target="_blank">
          {t('optionsPrivacyLink')}
        </a>
        {' · '}
        <a href="/month.html" target="_blank">
          {t('monthTitle')}
        </a>
      </p>
      <FirstSteps version={recordsVersion} timezone={mentorPlace().timezone} />
      {/* What to set first comes first: the call's length, the students (or the platform that has them). */}
      <AgendaSettingsForm />
      <StudentRecords version={recordsVersion} onChange={() => void refreshOverview()} />
      <PlatformConnection overview={overview} onChange={dataChanged} />
      <SyncStatus overview={overview} onChange={() => void refreshOverview()} />
      <PolicySettingsForm />
      <PayRatesForm />
      <ReminderSettingsForm />
      <MyExercises version={recordsVersion} />
      <DataTools onChange={dataChanged} />
      <ShortcutInfo />
    </main>
  );
}
