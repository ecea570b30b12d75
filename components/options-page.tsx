import { useEffect } from 'preact/hooks';
import { t } from '../utils/i18n';
import { AgendaSettingsForm } from './agenda-settings-form';
import { ShortcutInfo } from './shortcut-info';

export function OptionsPage() {
  useEffect(() => {
    document.title = t('optionsTitle');
    document.documentElement.lang = t('@@ui_locale' as never).replace('_', '-');
  }, []);
  return (
    <main class="page">
      <h1>{t('optionsTitle')}</h1>
      <AgendaSettingsForm />
      <ShortcutInfo />
    </main>
  );
}
