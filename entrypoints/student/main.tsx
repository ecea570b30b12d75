import { render } from 'preact';
import { StudentPage } from '@/components/student/student-page';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import '@/components/common/extension-page.css';
import '@/components/student/student-page.css';

// The student named in the address (`student.html#<student id>`): their whole record, for their mentor.
document.title = t('studentPageTitle');
document.documentElement.lang = mentorLanguage();
render(
  <StudentPage studentId={location.hash.slice(1)} {...mentorPlace()} send={sendToBackground} now={Date.now} />,
  document.getElementById('app')!,
);
