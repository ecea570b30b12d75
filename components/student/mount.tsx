import { render } from 'preact';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { followPageShade } from '@/components/common/page-shade';
import { ShadeCover } from '@/components/common/shade-cover';
import { createStudentModel } from './model';
import { StudentPage } from './student-page';

/** The student named in the address (`student.html#<student id>`): their whole record, for their mentor. */
export function mountStudentPage(root: HTMLElement, studentId: string): void {
  document.title = t('studentPageTitle');
  document.documentElement.lang = mentorLanguage();
  // The whole record (private notes included) goes behind the shade while the page's window is on show.
  render(
    <ShadeCover shade={followPageShade(createStudentModel().showScreen)}>
      <StudentPage studentId={studentId} {...mentorPlace()} now={Date.now} />
    </ShadeCover>,
    root,
  );
}
