import { render } from 'preact';
import { mentorLanguage } from '@/utils/shared/i18n';
import en from '@/docs/privacy.md?raw';
import fr from '@/docs/privacy.fr.md?raw';
import { PrivacyPage, privacyTitle } from './privacy-page';

/** docs/privacy.md and its French, as the README links them, in the mentor's language. */
export function mountPrivacyPage(root: HTMLElement): void {
  const texts = { en, fr };
  document.title = privacyTitle(texts[mentorLanguage()]);
  document.documentElement.lang = mentorLanguage();
  render(<PrivacyPage language={mentorLanguage()} texts={texts} />, root);
}
