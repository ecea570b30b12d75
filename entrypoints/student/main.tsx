import { render } from 'preact';
import { StudentPage } from '@/components/student/student-page';
import { followPageShade } from '@/components/common/page-shade';
import { ShadeCover } from '@/components/common/shade-cover';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import '@/components/common/extension-page.css';
import '@/components/student/student-page.css';

// The student named in the address (`student.html#<student id>`): their whole record, for their mentor.
document.title = t('studentPageTitle');
document.documentElement.lang = mentorLanguage();
// The whole record (private notes included) goes behind the shade while the page's window is on show.
render(
  <ShadeCover shade={followPageShade(sendToBackground)}>
    <StudentPage studentId={location.hash.slice(1)} {...mentorPlace()} send={sendToBackground} now={Date.now} />
  </ShadeCover>,
  document.getElementById('app')!,
);
