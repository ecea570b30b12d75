import { render } from 'preact';
import { StudentPage } from '../../components/student-page';
import { mentorPlace } from '../../utils/format-date-time';
import { mentorLanguage, t } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messaging/send-to-background';
import '../../components/extension-page.css';
import '../../components/student-page.css';

// The student named in the address (`student.html#<student id>`): their whole record, for their mentor.
document.title = t('studentPageTitle');
document.documentElement.lang = mentorLanguage();
render(
  <StudentPage
    studentId={location.hash.slice(1)}
    {...mentorPlace()}
    send={sendToBackground}
    now={Date.now}
  />,
  document.getElementById('app')!,
);
