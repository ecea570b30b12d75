import { render } from 'preact';
import { mentorLanguage } from '@/utils/shared/i18n';
import { PrivacyPage } from './privacy-page';
import { PRIVACY_TEXTS, privacyTitle } from './model';

/** docs/privacy.md and its French, as the README links them, in the mentor's language. */
export function mountPrivacyPage(root: HTMLElement): void {
  document.title = privacyTitle(PRIVACY_TEXTS[mentorLanguage()]);
  document.documentElement.lang = mentorLanguage();
  render(<PrivacyPage language={mentorLanguage()} texts={PRIVACY_TEXTS} />, root);
}
