import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/shared/i18n';

/** The shortcut that folds the panel, as the browser has it now. */
export function ShortcutInfo() {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands.getAll().then((commands) => {
      setShortcut(commands.find((command) => command.name === 'toggle-panel')?.shortcut || '');
    });
  }, []);
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('optionsShortcutHeading')}</h2>
      {shortcut !== null && <p>{shortcut ? t('optionsShortcut', shortcut) : t('optionsShortcutUnset')}</p>}
    </section>
  );
}
