import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/shared/i18n';
import { updateNoteItem } from '@/utils/shared/storage-items';
import { updateNoteText } from '@/utils/shared/update-notes';

/**
 * After an update, what changed, said once: the flag the background set is cleared as soon as the
 * note is on screen, so the next visit to the options page no longer shows it.
 */
export function UpdateNote() {
  const note = useSignal<{ version: string; text: string } | null>(null);
  useEffect(() => {
    const show = async (version: string | null) => {
      if (!version) return;
      // Only the version running has its note here; an older flag has nothing left to say.
      const text = version === browser.runtime.getManifest().version ? updateNoteText(version, t) : null;
      if (text) note.value = { version, text };
      await updateNoteItem.setValue(null);
    };
    // The background sets the flag when the new version first runs (runtime.onInstalled), a moment
    // after its worker starts: a page opened in that moment is told as the flag is set.
    const stop = updateNoteItem.watch((version) => void show(version));
    void updateNoteItem.getValue().then(show);
    return stop;
  }, []);
  if (!note.value) return null;
  return (
    <section class="update-note" role="status" aria-labelledby="update-note-title">
      <h2 id="update-note-title">{t('updateNoteTitle', note.value.version)}</h2>
      <p>{note.value.text}</p>
    </section>
  );
}
