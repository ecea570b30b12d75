import { useEffect, useState } from 'preact/hooks';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { AgendaSettingsForm } from './agenda-settings-form';
import { KindAgendaForm } from './kind-agenda-form';
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
import { UpdateNote } from './update-note';
import { createOptionsModel } from './model';

/** How often the sync status is read again while the page is in view. */
const OVERVIEW_REFRESH_MS = 5_000;

export function OptionsPage() {
  const [model] = useState(createOptionsModel);
  const { refreshOverview } = model;

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
      <FirstSteps model={model} timezone={mentorPlace().timezone} />
      {/* What to set first comes first: the call's length, the students (or the platform that has them). */}
      <AgendaSettingsForm />
      <StudentRecords model={model} onChange={() => void refreshOverview()} />
      <PlatformConnection model={model} onChange={model.dataChanged} />
      <SyncStatus model={model} onChange={() => void refreshOverview()} />
      <PolicySettingsForm />
      <PayRatesForm />
      <ReminderSettingsForm />
      <KindAgendaForm />
      <MyExercises model={model} />
      <DataTools model={model} onChange={model.dataChanged} />
      <ShortcutInfo />
    </main>
  );
}
