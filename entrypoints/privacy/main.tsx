import { render } from 'preact';
import { PrivacyPage, privacyTitle } from '../../components/privacy-page';
import { mentorLanguage } from '../../utils/i18n';
import en from '../../docs/privacy.md?raw';
import fr from '../../docs/privacy.fr.md?raw';
import '../../components/extension-page.css';

// docs/privacy.md and its French, as the README links them, in the mentor's language.
const texts = { en, fr };
document.title = privacyTitle(texts[mentorLanguage()]);
document.documentElement.lang = mentorLanguage();
render(<PrivacyPage language={mentorLanguage()} texts={texts} />, document.getElementById('app')!);
