import { render } from 'preact';
import { browser } from 'wxt/browser';
import { StudentPage } from '../../components/student-page';
import { t } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messaging/send-to-background';
import '../../components/extension-page.css';
import '../../components/student-page.css';

// The student named in the address (`student.html#<student id>`): their whole record, for their mentor.
document.title = t('studentPageTitle');
document.documentElement.lang = browser.i18n.getUILanguage();
render(
  <StudentPage
    studentId={location.hash.slice(1)}
    language={browser.i18n.getUILanguage()}
    timezone={Intl.DateTimeFormat().resolvedOptions().timeZone}
    send={sendToBackground}
    now={Date.now}
  />,
  document.getElementById('app')!,
);
